using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;

namespace ScreenBoard.App.Features.Briefing.Pptx;

/// <summary>
/// The parts every deck needs besides its slides, written minimally but validly (docs/decisions/017):
/// a 16:9 presentation, one theme (its font scheme: Microsoft YaHei, east-Asian fallback Noto Sans CJK SC,
/// YaHei for the Hans script), one slide master with one blank layout, and a notes master for the speaker notes.
/// </summary>
internal static class PptxPackage
{
    /// <summary>The font named on every run (latin and east-Asian).</summary>
    public const string Font = "Microsoft YaHei";

    /// <summary>The theme's east-Asian font: what Linux machines and LibreOffice carry (fonts-noto-cjk).</summary>
    public const string FallbackEastAsianFont = "Noto Sans CJK SC";

    /// <summary>16:9, 13.333 × 7.5 in.</summary>
    public const long SlideWidth = 12192000;

    public const long SlideHeight = 6858000;

    private const string Namespaces =
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

    private const string EmptyTree =
        "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>" +
        "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

    private const string ColorMap =
        "bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" " +
        "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"";

    /// <summary>The presentation part with its theme, master, layout and notes master; returns the layout slides use and the notes master.</summary>
    public static (SlideLayoutPart Layout, NotesMasterPart NotesMaster) Create(PresentationDocument document)
    {
        var presentationPart = document.AddPresentationPart();
        var masterPart = presentationPart.AddNewPart<SlideMasterPart>("rIdMaster");
        var themePart = masterPart.AddNewPart<ThemePart>("rIdTheme");
        themePart.Theme = new DocumentFormat.OpenXml.Drawing.Theme(Theme());
        presentationPart.AddPart(themePart, "rIdTheme");

        var layoutPart = masterPart.AddNewPart<SlideLayoutPart>("rIdLayout");
        layoutPart.SlideLayout = new P.SlideLayout(
            $"<p:sldLayout {Namespaces} type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\">{EmptyTree}</p:spTree></p:cSld>" +
            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>");
        layoutPart.AddPart(masterPart, "rIdMaster");
        masterPart.SlideMaster = new P.SlideMaster(
            $"<p:sldMaster {Namespaces}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>{EmptyTree}</p:spTree></p:cSld>" +
            $"<p:clrMap {ColorMap}/><p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rIdLayout\"/></p:sldLayoutIdLst>" +
            "<p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>");

        var notesMasterPart = presentationPart.AddNewPart<NotesMasterPart>("rIdNotesMaster");
        notesMasterPart.AddPart(themePart, "rIdTheme");
        notesMasterPart.NotesMaster = new P.NotesMaster(
            $"<p:notesMaster {Namespaces}><p:cSld>{EmptyTree}" +
            NotesPlaceholders(string.Empty) +
            $"</p:spTree></p:cSld><p:clrMap {ColorMap}/></p:notesMaster>");

        presentationPart.Presentation = new P.Presentation(
            new P.SlideMasterIdList(new P.SlideMasterId { Id = 2147483648U, RelationshipId = "rIdMaster" }),
            new P.NotesMasterIdList(new P.NotesMasterId { Id = "rIdNotesMaster" }),
            new P.SlideIdList(),
            new P.SlideSize { Cx = (int)SlideWidth, Cy = (int)SlideHeight },
            new P.NotesSize { Cx = 6858000, Cy = 9144000 },
            new P.DefaultTextStyle());
        return (layoutPart, notesMasterPart);
    }

    /// <summary>The slide image and the notes body of a notes page (master or slide), placed explicitly.</summary>
    public static string NotesPlaceholders(string bodyParagraphs) =>
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr>" +
        "<p:spPr><a:xfrm><a:off x=\"685800\" y=\"1143000\"/><a:ext cx=\"5486400\" cy=\"3086100\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:sp>" +
        "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr>" +
        "<p:spPr><a:xfrm><a:off x=\"685800\" y=\"4400550\"/><a:ext cx=\"5486400\" cy=\"3600450\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>" +
        $"<p:txBody><a:bodyPr/><a:lstStyle/>{(bodyParagraphs.Length == 0 ? "<a:p/>" : bodyParagraphs)}</p:txBody></p:sp>";

    /// <summary>A notes page for a slide: its placeholders with the given paragraphs, tied to the slide and the notes master.</summary>
    public static void AddNotes(SlidePart slide, NotesMasterPart notesMaster, IEnumerable<string> lines)
    {
        var paragraphs = string.Concat(lines.Select(line =>
            $"<a:p><a:r><a:rPr lang=\"zh-CN\" altLang=\"en-US\" sz=\"1200\" dirty=\"0\"><a:latin typeface=\"{Font}\"/><a:ea typeface=\"{Font}\" pitchFamily=\"34\" charset=\"-122\"/></a:rPr><a:t>{System.Security.SecurityElement.Escape(line)}</a:t></a:r></a:p>"));
        var notesPart = slide.AddNewPart<NotesSlidePart>("rIdNotes");
        notesPart.NotesSlide = new P.NotesSlide(
            $"<p:notes {Namespaces}><p:cSld>{EmptyTree}{NotesPlaceholders(paragraphs)}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>");
        notesPart.AddPart(notesMaster, "rIdNotesMaster");
        notesPart.AddPart(slide, "rIdSlide");
    }

    private static string Theme()
    {
        static string Fonts(string kind) =>
            $"<a:{kind}><a:latin typeface=\"{Font}\"/><a:ea typeface=\"{FallbackEastAsianFont}\"/><a:cs typeface=\"\"/><a:font script=\"Hans\" typeface=\"{Font}\"/></a:{kind}>";
        static string Three(string element) => element + element + element;
        const string Fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
        return "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"ScreenBoard\"><a:themeElements>" +
            "<a:clrScheme name=\"ScreenBoard\">" +
            "<a:dk1><a:srgbClr val=\"212121\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>" +
            "<a:dk2><a:srgbClr val=\"0D47A1\"/></a:dk2><a:lt2><a:srgbClr val=\"F5F5F5\"/></a:lt2>" +
            "<a:accent1><a:srgbClr val=\"1565C0\"/></a:accent1><a:accent2><a:srgbClr val=\"9E9E9E\"/></a:accent2>" +
            "<a:accent3><a:srgbClr val=\"2E7D32\"/></a:accent3><a:accent4><a:srgbClr val=\"F9A825\"/></a:accent4>" +
            "<a:accent5><a:srgbClr val=\"D32F2F\"/></a:accent5><a:accent6><a:srgbClr val=\"757575\"/></a:accent6>" +
            "<a:hlink><a:srgbClr val=\"1565C0\"/></a:hlink><a:folHlink><a:srgbClr val=\"6A1B9A\"/></a:folHlink></a:clrScheme>" +
            $"<a:fontScheme name=\"ScreenBoard\">{Fonts("majorFont")}{Fonts("minorFont")}</a:fontScheme>" +
            "<a:fmtScheme name=\"ScreenBoard\">" +
            $"<a:fillStyleLst>{Three(Fill)}</a:fillStyleLst>" +
            $"<a:lnStyleLst>{Three($"<a:ln w=\"6350\">{Fill}</a:ln>")}</a:lnStyleLst>" +
            $"<a:effectStyleLst>{Three("<a:effectStyle><a:effectLst/></a:effectStyle>")}</a:effectStyleLst>" +
            $"<a:bgFillStyleLst>{Three(Fill)}</a:bgFillStyleLst></a:fmtScheme>" +
            "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
    }
}

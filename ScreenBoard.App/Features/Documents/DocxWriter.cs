using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ScreenBoard.App.Features.Documents;

/// <summary>
/// Writes a Word document in the shape of an official document (党政机关公文格式, GB/T 9704): A4, the
/// standard margins, a red header and rule, the title in 小标宋, body in 仿宋 三号 on a 28-point line.
/// Fonts are named for Windows and WPS (方正小标宋简体, FangSong, SimHei) with an alternative in the font
/// table; where none is installed (a Linux server) the viewer substitutes, e.g. Noto Serif/Sans CJK SC.
/// </summary>
public sealed class DocxWriter
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "FangSong";
    public const string HeadingFont = "SimHei";
    public const string LatinFont = "Times New Roman";

    /// <summary>三号 (16 pt) in half-points: the body size.</summary>
    public const int BodySize = 32;

    private const string Red = "FF0000";

    /// <summary>A4 less the left (28 mm) and right (26 mm) margins, in twips.</summary>
    private const int TextWidth = 11906 - 1588 - 1474;

    private readonly List<OpenXmlElement> _blocks = [];

    /// <summary>红头: the issuer's name, red, large, centred.</summary>
    public DocxWriter RedHeader(string text) =>
        Add(Para(JustificationValues.Center, Line(720), null, Run(text, TitleFont, 64, Red)));

    /// <summary>A centred line in the body font (the 文号 under the header, a subtitle under the title).</summary>
    public DocxWriter Centered(string text, bool spaceBefore = true) =>
        Add(Para(JustificationValues.Center, Line(560, before: spaceBefore ? 240 : 0, after: spaceBefore ? 0 : 280), null, Run(text, BodyFont, BodySize)));

    /// <summary>The red rule under the header.</summary>
    public DocxWriter RedRule()
    {
        var properties = new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 18, Color = Red, Space = 1 }),
            new SpacingBetweenLines { Before = "0", After = "480", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        return Add(new Paragraph(properties));
    }

    /// <summary>The title: 二号 小标宋, centred, a blank line after.</summary>
    public DocxWriter Title(string text) =>
        Add(Para(JustificationValues.Center, Line(700, after: 280), null, Run(text, TitleFont, 44)));

    /// <summary>A heading inside the body (黑体).</summary>
    public DocxWriter Heading(string text) =>
        Add(Para(JustificationValues.Both, Line(560), FirstLine(), Run(text, HeadingFont, BodySize)));

    /// <summary>A line flush left (the addressee: 华西镇：).</summary>
    public DocxWriter Flush(string text) =>
        Add(Para(JustificationValues.Both, Line(560), null, Run(text, BodyFont, BodySize)));

    /// <summary>A body paragraph, first line indented two characters.</summary>
    public DocxWriter Paragraph(string text) =>
        Add(Para(JustificationValues.Both, Line(560), FirstLine(), Run(text, BodyFont, BodySize)));

    /// <summary>A body paragraph that starts with a label in 黑体 (督查任务：…).</summary>
    public DocxWriter Labelled(string label, string text) =>
        Add(Para(JustificationValues.Both, Line(560), FirstLine(), Run(label, HeadingFont, BodySize), Run(text, BodyFont, BodySize)));

    /// <summary>
    /// A line set right, four characters in: the issuer (<paramref name="signature"/>: a blank line before, kept on
    /// the page with the date that follows) and the date at the foot.
    /// </summary>
    public DocxWriter Right(string text, bool signature = false)
    {
        var paragraph = Para(JustificationValues.Right, Line(560, before: signature ? 560 : 0), new Indentation { Right = "640" }, Run(text, BodyFont, BodySize));
        if (signature)
        {
            paragraph.ParagraphProperties!.PrependChild(new KeepNext());
        }

        return Add(paragraph);
    }

    /// <summary>A table with a header row, in 四号 仿宋; <paramref name="widths"/> are relative column widths.</summary>
    public DocxWriter Table(IReadOnlyList<string> headers, IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(rows);
        var total = widths.Sum();
        var twips = widths.Select(w => TextWidth * w / total).ToList();
        var border = () => new OpenXmlElement[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        };
        var table = new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new TableBorders(border()), new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(twips.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, twips, HeadingFont));
        foreach (var row in rows)
        {
            table.Append(Row(row, twips, BodyFont));
        }

        _blocks.Add(table);

        // Word wants a paragraph between a table and what follows.
        return Add(Para(JustificationValues.Both, Line(280), null));
    }

    /// <summary>The document as .docx bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault()));
            var fonts = main.AddNewPart<FontTablePart>();
            fonts.Fonts = new Fonts(Font(TitleFont, "SimSun", FontFamilyValues.Roman), Font(BodyFont, "仿宋", FontFamilyValues.Modern), Font(HeadingFont, "黑体", FontFamilyValues.Modern), Font(LatinFont, null, FontFamilyValues.Roman));
            var body = new Body(_blocks.Select(b => b.CloneNode(true)));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1588U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private DocxWriter Add(OpenXmlElement block)
    {
        _blocks.Add(block);
        return this;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> twips, string font) =>
        new(cells.Select((text, i) => new TableCell(
            new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = twips[i].ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            Para(JustificationValues.Left, new SpacingBetweenLines { Before = "40", After = "40", Line = "320", LineRule = LineSpacingRuleValues.Exact }, null, Run(text, font, 24)))));

    private static Paragraph Para(JustificationValues justification, SpacingBetweenLines spacing, Indentation? indentation, params Run[] runs)
    {
        var properties = new ParagraphProperties(spacing);
        if (indentation is not null)
        {
            properties.Append(indentation);
        }

        properties.Append(new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>Exactly <paramref name="twips"/> per line (公文: 28 pt = 560).</summary>
    private static SpacingBetweenLines Line(int twips, int before = 0, int after = 0) => new()
    {
        Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
        After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Line = twips.ToString(System.Globalization.CultureInfo.InvariantCulture),
        LineRule = LineSpacingRuleValues.Exact,
    };

    /// <summary>Two characters of first-line indent.</summary>
    private static Indentation FirstLine() => new() { FirstLineChars = 200, FirstLine = "640" };

    /// <summary>A run; line breaks in the text become breaks in the run.</summary>
    private static Run Run(string text, string font, int halfPoints, string? color = null)
    {
        var properties = new RunProperties(Fonts(font));
        if (color is not null)
        {
            properties.Append(new Color { Val = color });
        }

        var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        var run = new Run(properties);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static RunFonts Fonts(string eastAsia) => new() { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = eastAsia, ComplexScript = LatinFont };

    private static Font Font(string name, string? alternative, FontFamilyValues family)
    {
        var font = new Font { Name = name };
        if (alternative is not null)
        {
            font.Append(new AltName { Val = alternative });
        }

        font.Append(new FontCharSet { Val = alternative is null ? "00" : "86" }, new FontFamily { Val = family }, new Pitch { Val = FontPitchValues.Variable });
        return font;
    }
}

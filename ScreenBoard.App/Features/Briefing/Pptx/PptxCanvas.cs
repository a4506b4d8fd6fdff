using System.Globalization;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;

namespace ScreenBoard.App.Features.Briefing.Pptx;

/// <summary>A paragraph's alignment on a slide.</summary>
internal enum Align
{
    Left,
    Center,
    Right,
}

/// <summary>One run of text: size in pixels of the 1920 × 1080 canvas, colour as RRGGBB.</summary>
internal sealed record TextRun(string Text, int Px, string Color = PptxCanvas.Ink, bool Bold = false);

/// <summary>A table cell: its runs, its fill (RRGGBB or null) and its alignment.</summary>
internal sealed record TableCell(IReadOnlyList<TextRun> Runs, string? Fill = null, Align Align = Align.Left);

/// <summary>
/// A slide's shape tree, laid out in the pixels of a 1920 × 1080 canvas (the presentation page's own
/// grid): 1 px = 6350 EMU, so a 28 px text on the web is 14 pt here and both look the same.
/// Every run names <see cref="PptxPackage.Font"/> as its latin and east-Asian typeface.
/// </summary>
internal sealed class PptxCanvas
{
    public const string Ink = "212121";
    public const string Muted = "616161";
    private const long Emu = 6350;
    private uint _nextId = 2;

    public PptxCanvas()
    {
        Tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(
                new P.NonVisualDrawingProperties { Id = 1U, Name = string.Empty },
                new P.NonVisualGroupShapeDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup(
                new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 },
                new A.ChildOffset { X = 0, Y = 0 }, new A.ChildExtents { Cx = 0, Cy = 0 })));
    }

    public P.ShapeTree Tree { get; }

    /// <summary>The run properties every text carries: size, colour, bold, and the CJK font on latin and east-Asian.</summary>
    public static A.RunProperties RunProperties(int px, string color, bool bold) =>
        new(
            new A.SolidFill(new A.RgbColorModelHex { Val = color }),
            new A.LatinFont { Typeface = PptxPackage.Font },
            new A.EastAsianFont { Typeface = PptxPackage.Font, PitchFamily = 34, CharacterSet = -122 })
        {
            Language = "zh-CN",
            AlternativeLanguage = "en-US",
            FontSize = px * 50,
            Bold = bold,
            Dirty = false,
        };

    /// <summary>Black on light fills, white on dark ones (the flag's colour comes from the configurable legend).</summary>
    public static string TextOn(string fill)
    {
        var rgb = int.Parse(fill, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var luminance = ((0.299 * ((rgb >> 16) & 0xFF)) + (0.587 * ((rgb >> 8) & 0xFF)) + (0.114 * (rgb & 0xFF))) / 255;
        return luminance > 0.6 ? Ink : "FFFFFF";
    }

    /// <summary>A CSS colour "#rrggbb" as RRGGBB (grey for anything else).</summary>
    public static string Hex(string cssColor) =>
        cssColor is ['#', .. var hex] && hex.Length == 6 && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _)
            ? hex.ToUpperInvariant()
            : "9E9E9E";

    /// <summary>A rectangle, filled or not, with optional text inside.</summary>
    public void Box(int x, int y, int w, int h, string? fill, IReadOnlyList<TextRun>? runs = null, Align align = Align.Left, string? name = null, bool rounded = false, string? line = null)
    {
        var id = _nextId++;
        var properties = new P.ShapeProperties(
            Transform(x, y, w, h),
            new A.PresetGeometry(new A.AdjustValueList()) { Preset = rounded ? A.ShapeTypeValues.RoundRectangle : A.ShapeTypeValues.Rectangle });
        properties.Append(fill is null ? new A.NoFill() : new A.SolidFill(new A.RgbColorModelHex { Val = fill }));
        properties.Append(line is null
            ? new A.Outline(new A.NoFill())
            : new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = line })) { Width = 12700 });
        var shape = new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name ?? $"Shape {id}" },
                new P.NonVisualShapeDrawingProperties { TextBox = runs is not null && fill is null },
                new P.ApplicationNonVisualDrawingProperties()),
            properties);
        if (runs is not null)
        {
            shape.Append(new P.TextBody(
                new A.BodyProperties { Wrap = A.TextWrappingValues.Square, LeftInset = 91440, RightInset = 91440, TopInset = 0, BottomInset = 0, Anchor = A.TextAnchoringTypeValues.Center },
                new A.ListStyle(),
                Paragraph(runs, align)));
        }

        Tree.Append(shape);
    }

    /// <summary>Text without a fill.</summary>
    public void Text(int x, int y, int w, int h, Align align, params TextRun[] runs) => Box(x, y, w, h, null, runs, align);

    /// <summary>A real PowerPoint table (a:tbl in a graphic frame): a header row, then the rows.</summary>
    public void Table(int x, int y, int[] columns, int rowHeight, IReadOnlyList<TableCell> header, IEnumerable<IReadOnlyList<TableCell>> rows)
    {
        var id = _nextId++;
        var table = new A.Table(
            new A.TableProperties { FirstRow = true, BandRow = true },
            new A.TableGrid(columns.Select(c => new A.GridColumn { Width = c * Emu })));
        table.Append(Row(header, rowHeight, "0D47A1"));
        var band = 0;
        foreach (var row in rows)
        {
            table.Append(Row(row, rowHeight, band++ % 2 == 0 ? "FFFFFF" : "F5F5F5"));
        }

        var rowCount = table.Elements<A.TableRow>().Count();
        Tree.Append(new P.GraphicFrame(
            new P.NonVisualGraphicFrameProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = $"Table {id}" },
                new P.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.Transform(new A.Offset { X = x * Emu, Y = y * Emu }, new A.Extents { Cx = columns.Sum() * Emu, Cy = rowCount * rowHeight * Emu }),
            new A.Graphic(new A.GraphicData(table) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" })));
    }

    /// <summary>A native chart: the frame pointing at the slide's chart part.</summary>
    public void Chart(int x, int y, int w, int h, string relationshipId)
    {
        var id = _nextId++;
        Tree.Append(new P.GraphicFrame(
            new P.NonVisualGraphicFrameProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = $"Chart {id}" },
                new P.NonVisualGraphicFrameDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.Transform(new A.Offset { X = x * Emu, Y = y * Emu }, new A.Extents { Cx = w * Emu, Cy = h * Emu }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" })));
    }

    private static A.TableRow Row(IReadOnlyList<TableCell> cells, int height, string fill)
    {
        var row = new A.TableRow { Height = height * Emu };
        foreach (var cell in cells)
        {
            var cellFill = cell.Fill ?? fill;
            var runs = cell.Fill is null && fill == "0D47A1" ? cell.Runs.Select(r => r with { Color = "FFFFFF", Bold = true }).ToList() : cell.Runs;
            row.Append(new A.TableCell(
                new A.TextBody(new A.BodyProperties(), new A.ListStyle(), Paragraph(runs, cell.Align)),
                new A.TableCellProperties(new A.SolidFill(new A.RgbColorModelHex { Val = cellFill })) { Anchor = A.TextAnchoringTypeValues.Center, LeftMargin = 91440, RightMargin = 91440 }));
        }

        return row;
    }

    private static A.Paragraph Paragraph(IReadOnlyList<TextRun> runs, Align align)
    {
        var paragraph = new A.Paragraph(new A.ParagraphProperties
        {
            Alignment = align switch
            {
                Align.Center => A.TextAlignmentTypeValues.Center,
                Align.Right => A.TextAlignmentTypeValues.Right,
                _ => A.TextAlignmentTypeValues.Left,
            },
        });
        foreach (var run in runs)
        {
            paragraph.Append(new A.Run(RunProperties(run.Px, run.Color, run.Bold), new A.Text(run.Text)));
        }

        var last = runs.Count > 0 ? runs[^1] : new TextRun(string.Empty, 24);
        paragraph.Append(new A.EndParagraphRunProperties(
            new A.LatinFont { Typeface = PptxPackage.Font },
            new A.EastAsianFont { Typeface = PptxPackage.Font, PitchFamily = 34, CharacterSet = -122 })
        { Language = "zh-CN", FontSize = last.Px * 50, Dirty = false });
        return paragraph;
    }

    private static A.Transform2D Transform(int x, int y, int w, int h) =>
        new(new A.Offset { X = x * Emu, Y = y * Emu }, new A.Extents { Cx = Math.Max(0, w) * Emu, Cy = Math.Max(0, h) * Emu });
}

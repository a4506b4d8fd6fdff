using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ScreenBoard.App.Features.Import;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ScreenBoard.App.Features.Briefing.Pptx;

/// <summary>One series of a bar chart: its name, fill (RRGGBB) and one value per category.</summary>
internal sealed record ChartSeries(string Name, string Color, IReadOnlyList<decimal> Values);

/// <summary>
/// Native PowerPoint bar charts: a chart part whose series carry cached values (c:strCache, c:numCache)
/// and an embedded .xlsx with the same numbers (c:externalData), so 编辑数据 opens them in PowerPoint and WPS.
/// </summary>
internal static class PptxCharts
{
    /// <summary>The embedded workbook's sheet, as the chart's formulas name it.</summary>
    public const string Sheet = "Sheet1";

    /// <summary>Adds a horizontal bar chart (clustered when several series) to the slide; returns the relationship id of its chart part.</summary>
    public static string Add(SlidePart slide, string relationshipId, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, decimal max)
    {
        var chartPart = slide.AddNewPart<ChartPart>(relationshipId);
        var workbook = chartPart.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var stream = new MemoryStream(Workbook(categories, series)))
        {
            workbook.FeedData(stream);
        }

        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var s = 0; s < series.Count; s++)
        {
            barChart.Append(Series(s, categories, series[s]));
        }

        barChart.Append(new C.GapWidth { Val = 40 }, new C.Overlap { Val = series.Count > 1 ? (sbyte)-10 : (sbyte)0 }, new C.AxisId { Val = 1U }, new C.AxisId { Val = 2U });

        var chart = new C.Chart(
            new C.AutoTitleDeleted { Val = true },
            new C.PlotArea(
                new C.Layout(),
                barChart,
                new C.CategoryAxis(
                    new C.AxisId { Val = 1U },
                    new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
                    new C.Delete { Val = false },
                    new C.AxisPosition { Val = C.AxisPositionValues.Left },
                    new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
                    new C.MajorTickMark { Val = C.TickMarkValues.None },
                    new C.MinorTickMark { Val = C.TickMarkValues.None },
                    new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                    TextProperties(24),
                    new C.CrossingAxis { Val = 2U },
                    new C.Crosses { Val = C.CrossesValues.AutoZero },
                    new C.AutoLabeled { Val = true },
                    new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                    new C.LabelOffset { Val = 100 },
                    new C.NoMultiLevelLabels { Val = false }),
                new C.ValueAxis(
                    new C.AxisId { Val = 2U },
                    new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MaxAxisValue { Val = (double)max }, new C.MinAxisValue { Val = 0 }),
                    new C.Delete { Val = false },
                    new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                    new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "E0E0E0" })) { Width = 6350 })),
                    new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                    new C.MajorTickMark { Val = C.TickMarkValues.None },
                    new C.MinorTickMark { Val = C.TickMarkValues.None },
                    new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                    TextProperties(22),
                    new C.CrossingAxis { Val = 1U },
                    new C.Crosses { Val = C.CrossesValues.Maximum },
                    new C.CrossBetween { Val = C.CrossBetweenValues.Between })),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        if (series.Count > 1)
        {
            chart.InsertAfter(
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Top }, new C.Overlay { Val = false }, TextProperties(24)),
                chart.GetFirstChild<C.PlotArea>());
        }

        chartPart.ChartSpace = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "zh-CN" },
            new C.RoundedCorners { Val = false },
            chart,
            TextProperties(24),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = chartPart.GetIdOfPart(workbook) });
        chartPart.ChartSpace.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        chartPart.ChartSpace.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return relationshipId;
    }

    /// <summary>The column letter of a series (A holds the categories).</summary>
    public static string Column(int series) => ((char)('B' + series)).ToString();

    private static C.BarChartSeries Series(int index, IReadOnlyList<string> categories, ChartSeries series)
    {
        var column = Column(index);
        var last = categories.Count + 1;
        var names = new C.StringCache(new C.PointCount { Val = (uint)categories.Count });
        var values = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)categories.Count });
        for (var i = 0; i < categories.Count; i++)
        {
            names.Append(new C.StringPoint(new C.NumericValue(categories[i])) { Index = (uint)i });
            values.Append(new C.NumericPoint(new C.NumericValue(Number(series.Values[i]))) { Index = (uint)i });
        }

        return new C.BarChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            new C.SeriesText(new C.StringReference(
                new C.Formula($"{Sheet}!${column}$1"),
                new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(series.Name)) { Index = 0U }))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = series.Color })),
            new C.InvertIfNegative { Val = false },
            new C.DataLabels(
                TextProperties(20),
                new C.DataLabelPosition { Val = C.DataLabelPositionValues.OutsideEnd },
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.CategoryAxisData(new C.StringReference(new C.Formula($"{Sheet}!$A$2:$A${last}"), names)),
            new C.Values(new C.NumberReference(new C.Formula($"{Sheet}!${column}$2:${column}${last}"), values)));
    }

    /// <summary>The chart's text: size in canvas pixels, the CJK font on latin and east-Asian.</summary>
    private static C.TextProperties TextProperties(int px) =>
        new(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties(
                    new A.SolidFill(new A.RgbColorModelHex { Val = PptxCanvas.Ink }),
                    new A.LatinFont { Typeface = PptxPackage.Font },
                    new A.EastAsianFont { Typeface = PptxPackage.Font, PitchFamily = 34, CharacterSet = -122 })
                { FontSize = px * 50 }),
                new A.EndParagraphRunProperties { Language = "zh-CN" }));

    /// <summary>The small workbook behind a chart: categories in A, one column per series, names in row 1.</summary>
    private static byte[] Workbook(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            var data = new SheetData();
            var header = new Row { RowIndex = 1U };
            header.Append(TextCell("A1", string.Empty));
            for (var s = 0; s < series.Count; s++)
            {
                header.Append(TextCell($"{Column(s)}1", series[s].Name));
            }

            data.Append(header);
            for (var i = 0; i < categories.Count; i++)
            {
                var rowIndex = (uint)(i + 2);
                var row = new Row { RowIndex = rowIndex };
                row.Append(TextCell($"A{rowIndex}", categories[i]));
                for (var s = 0; s < series.Count; s++)
                {
                    row.Append(new Cell(new CellValue(Number(series[s].Values[i]))) { CellReference = $"{Column(s)}{rowIndex}", DataType = CellValues.Number });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = Sheet, SheetId = 1U, Id = "rIdSheet1" }));
        }

        return stream.ToArray();
    }

    /// <summary>A text cell, neutralised like every exported cell (a leading = + - @ cannot become a formula).</summary>
    private static Cell TextCell(string reference, string text) =>
        new(new InlineString(new Text(SpreadsheetText.Neutralise(text) ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

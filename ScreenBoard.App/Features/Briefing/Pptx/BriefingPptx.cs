using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Localization;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Domain.Scoring;
using P = DocumentFormat.OpenXml.Presentation;

namespace ScreenBoard.App.Features.Briefing.Pptx;

/// <summary>
/// The briefing as an editable 16:9 .pptx, slide for slide what the presentation page shows (the same
/// <see cref="BriefingDeck"/>): text as text, tables as PowerPoint tables, the ranking and each category's
/// progress as native charts with their workbooks, progress bars and flags as shapes with their labels,
/// speaker notes with the evaluation date and the scoring parameters. A draft says 草稿 on every slide.
/// </summary>
public sealed class BriefingPptx(IStringLocalizer<SharedResource> text)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <summary>The name of each slide's title shape.</summary>
    public const string TitleShape = "Title";

    /// <summary>The name of the 草稿 mark on a draft's slides.</summary>
    public const string DraftShape = "Draft";

    /// <summary>Table text: 24 px, so a two-line task title still fits its 74 px row.</summary>
    private const int TableText = 24;

    private const string Band = "0D47A1";
    private const string DraftRed = "C62828";

    public byte[] Write(BriefingDeck deck)
    {
        ArgumentNullException.ThrowIfNull(deck);
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, DocumentFormat.OpenXml.PresentationDocumentType.Presentation))
        {
            var (layout, notesMaster) = PptxPackage.Create(document);
            var presentation = document.PresentationPart!;
            var slideIds = presentation.Presentation.SlideIdList!;
            for (var i = 0; i < deck.Slides.Count; i++)
            {
                var slidePart = presentation.AddNewPart<SlidePart>($"rIdSlide{i + 1}");
                slidePart.AddPart(layout, "rIdLayout");
                var canvas = new PptxCanvas();
                Draw(deck, deck.Slides[i], i, canvas, slidePart);
                slidePart.Slide = new P.Slide(new P.CommonSlideData(canvas.Tree), new P.ColorMapOverride(new DocumentFormat.OpenXml.Drawing.MasterColorMapping()));
                PptxPackage.AddNotes(slidePart, notesMaster, Notes(deck, deck.Slides[i], i));
                slideIds.Append(new P.SlideId { Id = (uint)(256 + i), RelationshipId = $"rIdSlide{i + 1}" });
            }

            document.PackageProperties.Title = $"{deck.ListTitle} {deck.QuarterName}";
            document.PackageProperties.Creator = "ScreenBoard";
        }

        return stream.ToArray();
    }

    private List<string> Notes(BriefingDeck deck, BriefingSlide slide, int index) =>
    [
        slide.Title,
        text["Briefing.EvaluationDate", Display.Date(deck.EvaluationDate)],
        deck.DraftMark ?? text["Briefing.Notes.Version", deck.Version].Value,
        text["Briefing.Notes.Slide", index + 1, deck.Slides.Count],
        text["Briefing.Notes.Rules"],
        .. deck.Rules,
    ];

    private void Draw(BriefingDeck deck, BriefingSlide slide, int index, PptxCanvas canvas, SlidePart part)
    {
        if (slide is TitleSlide title)
        {
            canvas.Box(0, 0, 1920, 1080, Band);
            canvas.Box(120, 300, 1680, 200, null, [new TextRun(title.Title, 60, "FFFFFF", Bold: true)], Align.Center, TitleShape);
            canvas.Text(120, 540, 1680, 90, Align.Center, new TextRun(title.Subtitle, 48, "FFFFFF"));
            canvas.Text(120, 660, 1680, 70, Align.Center, new TextRun(title.DateLine, 32, "E3F2FD"));
        }
        else
        {
            canvas.Box(0, 0, 1920, 130, Band);
            canvas.Box(60, 20, 1540, 90, null, [new TextRun(slide.Title, 48, "FFFFFF", Bold: true)], Align.Left, TitleShape);
            switch (slide)
            {
                case OverviewSlide overview:
                    Overview(overview, canvas);
                    break;
                case CategorySlide category:
                    Category(category, canvas);
                    break;
                case ProgressChartSlide chart:
                    PptxCharts.Add(part, "rIdChart", chart.Tasks.Select(t => $"{t.Code} {Short(t.Title)}").ToList(),
                        [new(text["Briefing.Series.Actual"], "1565C0", chart.Tasks.Select(t => Percent(t.Actual)).ToList()),
                         new(text["Briefing.Series.Expected"], "BDBDBD", chart.Tasks.Select(t => Percent(t.Expected)).ToList())], 100m);
                    canvas.Chart(60, 150, 1800, 840, "rIdChart");
                    break;
                case RankingSlide ranking:
                    Ranking(ranking, canvas, part);
                    break;
                case HonourSlide honour:
                    TaskTable(honour.Tasks, honour.Empty, canvas, [700, 380, 240, 240, 240], t =>
                        [Cell(t.Code + " " + t.Title), Cell(t.UnitName), Cell(Display.Date(t.Deadline)), Cell(t.CompletedOn is { } c ? Display.Date(c) : "—"), FlagCell(t.Flag)],
                        ["Briefing.Col.Task", "Briefing.Col.Unit", "Briefing.Col.Deadline", "Briefing.Col.CompletedOn", "Briefing.Col.Flag"]);
                    break;
                case LaggingSlide lagging:
                    TaskTable(lagging.Tasks, lagging.Empty, canvas, [520, 280, 420, 360, 220], t =>
                        [Cell(t.Code + " " + t.Title), Cell(t.UnitName), Cell(t.Leader ?? "—"), Cell(text["Common.ActualVsExpected", Display.Percent(t.Actual), Display.Percent(t.Expected)]), FlagCell(t.Flag)],
                        ["Briefing.Col.Task", "Briefing.Col.Unit", "Briefing.Col.Leader", "Briefing.Col.Progress", "Briefing.Col.Flag"]);
                    break;
                case LadderSlide ladder:
                    Ladder(ladder, canvas);
                    break;
            }
        }

        if (deck.DraftMark is { } draft)
        {
            canvas.Box(1620, 28, 240, 74, DraftRed, [new TextRun(draft, 40, "FFFFFF", Bold: true)], Align.Center, DraftShape, rounded: true);
        }

        var onBand = slide is TitleSlide;
        canvas.Text(60, 1010, 1300, 50, Align.Left, new TextRun($"{deck.QuarterName} · {deck.ListTitle}", 24, onBand ? "E3F2FD" : PptxCanvas.Muted));
        canvas.Text(1560, 1010, 300, 50, Align.Right, new TextRun(text["Briefing.Footer", index + 1, deck.Slides.Count], 24, onBand ? "E3F2FD" : PptxCanvas.Muted, Bold: true));
    }

    private void Overview(OverviewSlide slide, PptxCanvas canvas)
    {
        for (var i = 0; i < slide.Flags.Count; i++)
        {
            var flag = slide.Flags[i];
            var (x, y) = (60 + (i % 4 * 450), 170 + (i / 4 * 230));
            canvas.Box(x, y, 420, 200, "F5F5F5", name: $"Flag {flag.Status}");
            Flag(canvas, x + 20, y + 20, 380, 64, new DeckFlag(flag.Status, flag.Label, flag.Color, flag.Icon), 32);
            canvas.Text(x + 20, y + 96, 380, 90, Align.Left, new TextRun(flag.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), 64, PptxCanvas.Ink, Bold: true), new TextRun(" " + text["Briefing.Tasks"], 28, PptxCanvas.Muted));
        }

        canvas.Text(60, 660, 1800, 60, Align.Left, new TextRun(text["Briefing.Overall", slide.StartedTasks], 36, PptxCanvas.Ink, Bold: true));
        ProgressBar(canvas, 60, 740, 1800, 60, slide.Actual, slide.Expected, ProgressStatus.OnSchedule, 36);
    }

    private void Category(CategorySlide slide, PptxCanvas canvas)
    {
        const int top = 160, height = 84;
        for (var i = 0; i < slide.Tasks.Count; i++)
        {
            var task = slide.Tasks[i];
            var y = top + (i * height);
            if (i % 2 == 1)
            {
                canvas.Box(40, y, 1840, height, "F5F5F5");
            }

            canvas.Text(60, y, 1000, height, Align.Left, new TextRun(task.Code + " ", 24, PptxCanvas.Muted), new TextRun(task.Title, 28), new TextRun("  " + task.UnitName, 24, PptxCanvas.Muted));
            ProgressBar(canvas, 1080, y + 10, 480, 26, task.Actual, task.Expected, task.Flag.Status, 24);
            Flag(canvas, 1600, y + 14, 260, 56, task.Flag, 26);
        }
    }

    private void Ranking(RankingSlide slide, PptxCanvas canvas, SlidePart part)
    {
        canvas.Table(60, 160, [140, 400, 180, 140, 180], 74,
            Header("Briefing.Col.Rank", "Briefing.Col.Unit", "Briefing.Col.Score", "Briefing.Col.Deductions", "Briefing.Col.Change"),
            slide.Units.Select(u => (IReadOnlyList<TableCell>)
            [
                Cell(u.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—", Align.Center),
                Cell(u.Name),
                Cell(Display.Score(u.Score), Align.Right),
                Cell(u.Deductions == 0 ? "0" : "−" + Display.Score(u.Deductions), Align.Right),
                Cell(u.Change, Align.Center),
            ]));
        var scored = slide.Units.Where(u => u.Score is not null).ToList();
        if (scored.Count > 0)
        {
            PptxCharts.Add(part, "rIdChart", scored.Select(u => u.Name).ToList(), [new(text["Briefing.Series.Score"], "1565C0", scored.Select(u => u.Score!.Value).ToList())], 100m);
            canvas.Chart(1120, 150, 760, 840, "rIdChart");
        }
    }

    private void Ladder(LadderSlide slide, PptxCanvas canvas)
    {
        for (var i = 0; i < slide.Steps.Count; i++)
        {
            var step = slide.Steps[i];
            var fill = StepFill(step.Step);
            canvas.Box(60 + (i * 610), 150, 580, 90, fill, [new TextRun($"{step.Label}  {step.Count}", 36, PptxCanvas.TextOn(fill), Bold: true)], Align.Center, $"Step {step.Step}");
        }

        if (slide.Empty is { } empty)
        {
            canvas.Text(60, 400, 1800, 100, Align.Center, new TextRun(empty, 36, PptxCanvas.Muted));
            return;
        }

        canvas.Table(60, 270, [340, 700, 240, 260, 260], 66,
            Header("Briefing.Col.Unit", "Briefing.Col.Reason", "Briefing.Col.Step", "Briefing.Col.StepDate", "Briefing.Col.FixDeadline"),
            slide.Notices.Select(n => (IReadOnlyList<TableCell>)
            [
                Cell(n.UnitName),
                Cell(n.Subject),
                new([new TextRun(n.StepLabel, TableText, PptxCanvas.TextOn(StepFill(n.Step)), Bold: true)], StepFill(n.Step), Align.Center),
                Cell(Display.Date(n.StepDate)),
                Cell(n.Resolved ? text["Briefing.Resolved"] : Display.Date(n.FixDeadline)),
            ]));
    }

    private void TaskTable(IReadOnlyList<DeckTask> tasks, string? empty, PptxCanvas canvas, int[] columns, Func<DeckTask, IReadOnlyList<TableCell>> row, string[] header)
    {
        if (empty is not null)
        {
            canvas.Text(60, 400, 1800, 100, Align.Center, new TextRun(empty, 36, PptxCanvas.Muted));
            return;
        }

        canvas.Table(60, 160, columns, 74, Header(header), tasks.Select(row));
    }

    /// <summary>A progress bar as shapes: the track, the done part, the 序时 mark, and "实际 x% · 序时 y%" under it.</summary>
    private void ProgressBar(PptxCanvas canvas, int x, int y, int w, int h, decimal actual, decimal expected, ProgressStatus status, int px)
    {
        var color = status switch
        {
            ProgressStatus.Lagging or ProgressStatus.Overdue => "EF6C00",
            ProgressStatus.CompletedOnTime or ProgressStatus.CompletedLate => "2E7D32",
            _ => "1565C0",
        };
        canvas.Box(x, y, w, h, "E0E0E0", name: "Progress track", rounded: true);
        var done = (int)Math.Round(w * Math.Clamp(actual, 0m, 1m));
        if (done > 0)
        {
            canvas.Box(x, y, done, h, color, name: "Progress", rounded: true);
        }

        var mark = x + (int)Math.Round(w * Math.Clamp(expected, 0m, 1m));
        canvas.Box(Math.Min(mark, x + w) - 3, y - 6, 6, h + 12, "212121", name: "Expected mark");
        canvas.Text(x, y + h + 4, w, px + 14, Align.Left, new TextRun(text["Common.ActualVsExpected", Display.Percent(actual), Display.Percent(expected)], px, PptxCanvas.Muted));
    }

    /// <summary>A flag as a shape: a rectangle in the legend's colour with its label (and the flag sign), never colour alone.</summary>
    private static void Flag(PptxCanvas canvas, int x, int y, int w, int h, DeckFlag flag, int px)
    {
        var fill = PptxCanvas.Hex(flag.Color);
        canvas.Box(x, y, w, h, fill, [new TextRun((flag.Icon == "flag" ? "⚑ " : "◷ ") + flag.Label, px, PptxCanvas.TextOn(fill), Bold: true)], Align.Center, $"Flag {flag.Status}", rounded: true);
    }

    /// <summary>The ladder's colours, as on the web slides: notice blue, yellow warning, red card.</summary>
    private static string StepFill(Domain.Escalation.LadderStep step) => step switch
    {
        Domain.Escalation.LadderStep.RedCard => "C62828",
        Domain.Escalation.LadderStep.YellowWarning => "F9A825",
        _ => "1565C0",
    };

    private static TableCell Cell(string value, Align align = Align.Left) => new([new TextRun(value, TableText)], null, align);

    private static TableCell FlagCell(DeckFlag flag)
    {
        var fill = PptxCanvas.Hex(flag.Color);
        return new([new TextRun("⚑ " + flag.Label, TableText, PptxCanvas.TextOn(fill), Bold: true)], fill, Align.Center);
    }

    private IReadOnlyList<TableCell> Header(params string[] keys) => keys.Select(k => Cell(text[k])).ToList();

    private static decimal Percent(decimal fraction) => Math.Round(fraction * 100m, 1);

    /// <summary>A chart label: the title cut to 14 characters so the axis keeps its size.</summary>
    private static string Short(string title) => title.Length <= 14 ? title : title[..13] + "…";
}

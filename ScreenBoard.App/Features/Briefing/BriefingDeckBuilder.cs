using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Briefing;

/// <summary>What a briefing reads besides the snapshot's own rows: names, titles, leaders, completion dates, notices, last quarter's ranks.</summary>
/// <param name="Snapshot">The quarter's snapshot with its rows.</param>
/// <param name="ListTitle">The list's title.</param>
/// <param name="Tasks">Title, category and responsible leader per task id.</param>
/// <param name="UnitNames">Name per unit id.</param>
/// <param name="CompletedOn">C per task id (earliest accepted 100 % report dated on or before the evaluation date).</param>
/// <param name="PreviousRanks">Rank per unit id in the previous published quarter; null when there is none.</param>
/// <param name="Notices">The notices with a step dated within the quarter.</param>
public sealed record BriefingFacts(
    QuarterSnapshot Snapshot,
    string ListTitle,
    IReadOnlyDictionary<int, BriefingTaskFacts> Tasks,
    IReadOnlyDictionary<int, string> UnitNames,
    IReadOnlyDictionary<int, DateOnly> CompletedOn,
    IReadOnlyDictionary<int, int?>? PreviousRanks,
    IReadOnlyList<BriefingNoticeFacts> Notices);

public sealed record BriefingTaskFacts(string Title, TaskCategory Category, string? Leader);

public sealed record BriefingNoticeFacts(string UnitName, string? TaskTitle, string Reason, LadderSteps Steps, DateOnly FixDeadline, DateOnly? ResolvedOn);

/// <summary>Turns a snapshot and its facts into the <see cref="BriefingDeck"/>: the slides, their order and their paging (docs/decisions/017).</summary>
public static class BriefingDeckBuilder
{
    public static BriefingDeck Build(BriefingFacts facts, FlagLegend legend, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(legend);
        ArgumentNullException.ThrowIfNull(text);
        var snapshot = facts.Snapshot;
        var quarter = snapshot.QuarterId;
        var quarterName = text["Briefing.QuarterName", quarter.Year, text[$"Briefing.QuarterNumber.{quarter.Quarter}"].Value].Value;
        var tasks = snapshot.TaskRows
            .OrderBy(r => r.TaskCode, StringComparer.Ordinal)
            .Select(r => (Row: r, Facts: facts.Tasks.GetValueOrDefault(r.TaskId) ?? new BriefingTaskFacts(r.TaskCode, TaskCategory.Key, null)))
            .Select(t => (t.Row, t.Facts.Category, Deck: ToDeckTask(t.Row, t.Facts, facts, legend)))
            .ToList();

        var slides = new List<BriefingSlide>
        {
            new TitleSlide(facts.ListTitle, text["Briefing.Subtitle", quarterName].Value, text["Briefing.EvaluationDate", Display.Date(snapshot.EvaluationDate)].Value),
            Overview(tasks.Select(t => t.Row).ToList(), legend, text),
        };

        foreach (var category in Enum.GetValues<TaskCategory>())
        {
            var inCategory = tasks.Where(t => t.Category == category).Select(t => t.Deck).ToList();
            if (inCategory.Count == 0)
            {
                continue;
            }

            var name = text.Name(category);
            slides.AddRange(Paged(inCategory, BriefingDeck.RowsPerSlide, text, text["Briefing.Title.Category", name],
                (title, page, p, n) => new CategorySlide(title, category, page, p, n)));
            slides.AddRange(Paged(inCategory, BriefingDeck.ChartTasksPerSlide, text, text["Briefing.Title.ProgressChart", name],
                (title, page, p, n) => new ProgressChartSlide(title, category, page, p, n)));
        }

        slides.AddRange(Paged(Ranking(facts, text), BriefingDeck.RowsPerSlide, text, text["Briefing.Title.Ranking"],
            (title, page, p, n) => new RankingSlide(title, page, p, n)));

        var honour = tasks.Where(t => t.Row.Status is ProgressStatus.CompletedOnTime or ProgressStatus.CompletedLate
                && (t.Deck.CompletedOn is not { } c || c >= quarter.FirstDay))
            .OrderBy(t => t.Row.Status == ProgressStatus.CompletedOnTime ? 0 : 1)
            .ThenBy(t => t.Deck.CompletedOn)
            .ThenBy(t => t.Row.TaskCode, StringComparer.Ordinal)
            .Select(t => t.Deck).ToList();
        var honourEmpty = honour.Count == 0 ? text["Briefing.Empty.Honour"].Value : null;
        slides.AddRange(Paged(honour, BriefingDeck.RowsPerSlide, text, text["Briefing.Title.Honour"],
            (title, page, p, n) => new HonourSlide(title, page, honourEmpty, p, n)));

        var lagging = tasks.Where(t => t.Row.Status is ProgressStatus.Overdue or ProgressStatus.Lagging)
            .OrderBy(t => t.Row.Status == ProgressStatus.Overdue ? 0 : 1)
            .ThenByDescending(t => t.Row.Expected - t.Row.Actual)
            .ThenBy(t => t.Row.TaskCode, StringComparer.Ordinal)
            .Select(t => t.Deck).ToList();
        var laggingEmpty = lagging.Count == 0 ? text["Briefing.Empty.Lagging"].Value : null;
        slides.AddRange(Paged(lagging, BriefingDeck.RowsPerSlide, text, text["Briefing.Title.Lagging"],
            (title, page, p, n) => new LaggingSlide(title, page, laggingEmpty, p, n)));

        var (steps, notices) = Ladder(facts, text);
        var ladderEmpty = notices.Count == 0 ? text["Briefing.Empty.Ladder"].Value : null;
        slides.AddRange(Paged(notices, BriefingDeck.RowsPerSlide, text, text["Briefing.Title.Ladder"],
            (title, page, p, n) => new LadderSlide(title, steps, page, ladderEmpty, p, n)));

        return new BriefingDeck(
            quarter,
            snapshot.PublishedVersion,
            facts.ListTitle,
            quarterName,
            snapshot.EvaluationDate,
            snapshot.IsPublished ? null : text["Briefing.Draft"].Value,
            RuleLines(snapshot.RuleParameters, text),
            slides);
    }

    /// <summary>
    /// Pages of at most <paramref name="size"/> items (one empty page when there are none); the first page
    /// carries the plain title, the others "（续 2/3）".
    /// </summary>
    public static IEnumerable<TSlide> Paged<TItem, TSlide>(IReadOnlyList<TItem> items, int size, IStringLocalizer text, string title, Func<string, IReadOnlyList<TItem>, int, int, TSlide> slide)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(slide);
        var pages = Math.Max(1, (items.Count + size - 1) / size);
        for (var page = 1; page <= pages; page++)
        {
            var titled = page == 1 ? title : title + text["Briefing.Continued", page, pages];
            yield return slide(titled, items.Skip((page - 1) * size).Take(size).ToList(), page, pages);
        }
    }

    /// <summary>↑3 (moved up three places), ↓2, 新 (ranked now, not last time), – (same place, or nothing to compare).</summary>
    public static string Change(int? rank, int? previousRank, bool hasPrevious, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (rank is not { } now || !hasPrevious)
        {
            return "–";
        }

        if (previousRank is not { } before)
        {
            return text["Briefing.New"];
        }

        return (before - now) switch
        {
            > 0 and var up => "↑" + up.ToString(CultureInfo.InvariantCulture),
            < 0 and var down => "↓" + (-down).ToString(CultureInfo.InvariantCulture),
            _ => "–",
        };
    }

    private static DeckTask ToDeckTask(TaskSnapshotRow row, BriefingTaskFacts task, BriefingFacts facts, FlagLegend legend) =>
        new(row.TaskCode, task.Title, facts.UnitNames.GetValueOrDefault(row.LeadUnitId) ?? string.Empty, task.Leader, row.Deadline,
            row.Expected, row.Actual, Flag(row.Status, legend),
            row.Status is ProgressStatus.CompletedOnTime or ProgressStatus.CompletedLate && facts.CompletedOn.TryGetValue(row.TaskId, out var c) ? c : null);

    private static DeckFlag Flag(ProgressStatus status, FlagLegend legend)
    {
        var style = legend[status];
        return new DeckFlag(status, style.Label(), style.Color, style.Icon);
    }

    private static OverviewSlide Overview(IReadOnlyList<TaskSnapshotRow> rows, FlagLegend legend, IStringLocalizer text)
    {
        var flags = Enum.GetValues<ProgressStatus>()
            .OrderBy(FlagOrder)
            .Select(s => Flag(s, legend))
            .Select(f => new FlagCount(f.Status, f.Label, f.Color, f.Icon, rows.Count(r => r.Status == f.Status)))
            .ToList();
        var started = rows.Where(r => r.Status != ProgressStatus.NotStarted).ToList();
        var actual = started.Count == 0 ? 0m : started.Average(r => r.Actual);
        var expected = started.Count == 0 ? 0m : started.Average(r => r.Expected);
        return new OverviewSlide(text["Briefing.Title.Overview"], flags, started.Count, actual, expected);
    }

    /// <summary>Flags from the best news to the worst, not started last.</summary>
    private static int FlagOrder(ProgressStatus status) => status switch
    {
        ProgressStatus.CompletedOnTime => 0,
        ProgressStatus.CompletedLate => 1,
        ProgressStatus.Ahead => 2,
        ProgressStatus.OnSchedule => 3,
        ProgressStatus.Lagging => 4,
        ProgressStatus.Overdue => 5,
        _ => 6,
    };

    private static List<DeckUnit> Ranking(BriefingFacts facts, IStringLocalizer text) =>
        facts.Snapshot.UnitRows
            .OrderBy(r => r.Rank ?? int.MaxValue)
            .ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .Select(r => new DeckUnit(
                r.Rank, r.UnitCode, facts.UnitNames.GetValueOrDefault(r.UnitId) ?? r.UnitCode, r.Score, r.Deductions,
                Change(r.Rank, facts.PreviousRanks?.GetValueOrDefault(r.UnitId), facts.PreviousRanks is not null, text)))
            .ToList();

    private static (IReadOnlyList<StepCount> Steps, List<DeckNotice> Notices) Ladder(BriefingFacts facts, IStringLocalizer text)
    {
        var quarter = facts.Snapshot.QuarterId;
        bool Within(DateOnly? d) => d is { } day && day >= quarter.FirstDay && day <= quarter.LastDay;
        var notices = facts.Notices
            .Select(n => (Notice: n, Reached: n.Steps.On(quarter.LastDay)))
            .Where(n => Within(n.Reached.IssuedOn) || Within(n.Reached.YellowWarningOn) || Within(n.Reached.RedCardOn))
            .OrderByDescending(n => n.Reached.Step)
            .ThenBy(n => n.Reached.StepDate)
            .ThenBy(n => n.Notice.UnitName, StringComparer.Ordinal)
            .Select(n => new DeckNotice(n.Notice.UnitName, Subject(n.Notice), n.Reached.Step, text.Name(n.Reached.Step), n.Reached.StepDate, n.Notice.FixDeadline, n.Notice.ResolvedOn <= quarter.LastDay))
            .ToList();
        var reached = facts.Notices.Select(n => n.Steps.On(quarter.LastDay)).ToList();
        IReadOnlyList<StepCount> steps =
        [
            new(LadderStep.RectificationNotice, text.Name(LadderStep.RectificationNotice), reached.Count(s => Within(s.IssuedOn))),
            new(LadderStep.YellowWarning, text.Name(LadderStep.YellowWarning), reached.Count(s => Within(s.YellowWarningOn))),
            new(LadderStep.RedCard, text.Name(LadderStep.RedCard), reached.Count(s => Within(s.RedCardOn))),
        ];
        return (steps, notices);
    }

    /// <summary>A notice on one line of a slide: its task's title, else the first 24 characters of its reason.</summary>
    private static string Subject(BriefingNoticeFacts notice)
    {
        const int length = 24;
        var line = notice.TaskTitle ?? notice.Reason.ReplaceLineEndings(" ");
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }

    /// <summary>The stored scoring parameters (JSON of <see cref="ScoringRules"/>) as "label：value" lines for the speaker notes.</summary>
    private static List<string> RuleLines(string json, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .Select(p => text["Briefing.Rule", text[$"Briefing.Rule.{p.Name}"].Value, p.Value.ToString()].Value)
            .ToList();
    }
}

using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Briefing;

/// <summary>
/// 季度集中通报: one quarter's snapshot as slides. Built once by <see cref="BriefingQueries"/> and read by
/// both the presentation page and the .pptx writer, so the two cannot show different numbers
/// (docs/decisions/017). Every text a slide shows is already in the viewer's language.
/// </summary>
/// <param name="Quarter">The quarter.</param>
/// <param name="Version">The snapshot's version: 0 for a draft, else the published version.</param>
/// <param name="ListTitle">The list's title, e.g. 青川市2026年度市委市政府重点工作督查清单.</param>
/// <param name="QuarterName">The quarter in words, e.g. 2026年第三季度.</param>
/// <param name="EvaluationDate">The quarter's last day, on which every figure stands.</param>
/// <param name="DraftMark">"草稿" on every slide of a draft; null when published.</param>
/// <param name="Rules">The scoring parameters the snapshot was computed with, as label: value lines.</param>
/// <param name="Slides">The slides in order.</param>
public sealed record BriefingDeck(
    QuarterId Quarter,
    int Version,
    string ListTitle,
    string QuarterName,
    DateOnly EvaluationDate,
    string? DraftMark,
    IReadOnlyList<string> Rules,
    IReadOnlyList<BriefingSlide> Slides)
{
    /// <summary>Task rows on a category, honour-roll, lagging or ladder slide: 10 rows keep 28 px text in a 1080 px slide.</summary>
    public const int RowsPerSlide = 10;

    /// <summary>Tasks on a progress-chart slide (two bars each): 15 keep the labels at 24 px.</summary>
    public const int ChartTasksPerSlide = 15;

    public bool IsDraft => Version == 0;
}

/// <summary>What every slide has: its title (with "（续 2/3）" on continued pages) and its page within its section.</summary>
public abstract record BriefingSlide(string Title, int Page, int Pages);

/// <summary>1. The title slide.</summary>
public sealed record TitleSlide(string Title, string Subtitle, string DateLine) : BriefingSlide(Title, 1, 1);

/// <summary>2. Counts per flag and the overall actual vs expected progress (mean over the tasks that have started).</summary>
public sealed record OverviewSlide(string Title, IReadOnlyList<FlagCount> Flags, int StartedTasks, decimal Actual, decimal Expected) : BriefingSlide(Title, 1, 1);

/// <summary>3. One page of a category's tasks, each with its bar, 序时 mark and flag.</summary>
public sealed record CategorySlide(string Title, TaskCategory Category, IReadOnlyList<DeckTask> Tasks, int Page, int Pages) : BriefingSlide(Title, Page, Pages);

/// <summary>3b. One page of a category's actual vs expected progress per task (a native chart in the .pptx).</summary>
public sealed record ProgressChartSlide(string Title, TaskCategory Category, IReadOnlyList<DeckTask> Tasks, int Page, int Pages) : BriefingSlide(Title, Page, Pages);

/// <summary>4. One page of the unit ranking (a table and a bar chart of the scores in the .pptx).</summary>
public sealed record RankingSlide(string Title, IReadOnlyList<DeckUnit> Units, int Page, int Pages) : BriefingSlide(Title, Page, Pages);

/// <summary>5. 挂旗 honour roll: tasks completed this quarter, on time first.</summary>
public sealed record HonourSlide(string Title, IReadOnlyList<DeckTask> Tasks, string? Empty, int Page, int Pages) : BriefingSlide(Title, Page, Pages);

/// <summary>6. Overdue and lagging tasks with their units and leaders.</summary>
public sealed record LaggingSlide(string Title, IReadOnlyList<DeckTask> Tasks, string? Empty, int Page, int Pages) : BriefingSlide(Title, Page, Pages);

/// <summary>7. The escalation ladder of the quarter: notices, yellow warnings and red cards.</summary>
public sealed record LadderSlide(string Title, IReadOnlyList<StepCount> Steps, IReadOnlyList<DeckNotice> Notices, string? Empty, int Page, int Pages) : BriefingSlide(Title, Page, Pages);

/// <summary>A flag and how many tasks carry it.</summary>
public sealed record FlagCount(ProgressStatus Status, string Label, string Color, string Icon, int Count);

/// <summary>A ladder step and how many times it was taken within the quarter.</summary>
public sealed record StepCount(LadderStep Step, string Label, int Count);

/// <summary>A flag as a slide shows it: always label and icon, in the legend's colour.</summary>
public sealed record DeckFlag(ProgressStatus Status, string Label, string Color, string Icon);

/// <summary>One task on the evaluation date.</summary>
/// <param name="CompletedOn">C (docs/scoring.md §2) when completed.</param>
public sealed record DeckTask(
    string Code,
    string Title,
    string UnitName,
    string? Leader,
    DateOnly Deadline,
    decimal Expected,
    decimal Actual,
    DeckFlag Flag,
    DateOnly? CompletedOn);

/// <summary>One unit in the ranking; <paramref name="Change"/> is ↑3 / ↓2 / 新 / –.</summary>
public sealed record DeckUnit(int? Rank, string Code, string Name, decimal? Score, decimal Deductions, string Change);

/// <summary>A notice with a step taken within the quarter, as it stood on the evaluation date.</summary>
/// <param name="Subject">What it is about on one line: the task's title, or the start of the reason for a notice without a task.</param>
public sealed record DeckNotice(string UnitName, string Subject, LadderStep Step, string StepLabel, DateOnly StepDate, DateOnly FixDeadline, bool Resolved);

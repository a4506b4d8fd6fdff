using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Boards;

/// <summary>The whole list scored on one date: what every screen shows.</summary>
/// <param name="Units">Ranked units first (by rank, then name), unranked after.</param>
/// <param name="Rules">The thresholds and points it was scored with (the configured ones).</param>
public sealed record Board(
    DateOnly AsOf,
    int ListYear,
    string ListTitle,
    IReadOnlyList<TaskRow> Tasks,
    IReadOnlyList<UnitRow> Units,
    ScoringRules Rules)
{
    public static Board Empty(DateOnly asOf, ScoringRules rules) => new(asOf, asOf.Year, string.Empty, [], [], rules);

    public bool HasList => ListTitle.Length > 0;

    /// <summary>
    /// The tasks still on the active boards (the task board, the kiosk's task slides): every task not closed out (销号).
    /// A closed task keeps its row in <see cref="Tasks"/>, its points in its unit's score and its place in the
    /// record and the trend (docs/decisions/016).
    /// </summary>
    public IReadOnlyList<TaskRow> ActiveTasks { get; } = Tasks.Where(t => !t.IsClosedOut).ToList();

    /// <summary>Tasks per status (counted once: a board is read by many screens).</summary>
    public IReadOnlyDictionary<ProgressStatus, int> StatusCounts { get; } = TaskRowSums.StatusCounts(Tasks);

    /// <summary>Share of the list's tasks completed (on time or late), 0..1.</summary>
    public decimal CompletedShare => Tasks.Count == 0 ? 0m
        : Tasks.Count(t => t.Status is ProgressStatus.CompletedOnTime or ProgressStatus.CompletedLate) / (decimal)Tasks.Count;

    /// <summary>Weighted mean X over the scored tasks of the list.</summary>
    public decimal Expected => TaskRowSums.WeightedMean(Tasks, t => t.Expected);

    /// <summary>Weighted mean A over the scored tasks of the list.</summary>
    public decimal Actual => TaskRowSums.WeightedMean(Tasks, t => t.Actual);

    /// <summary>The whole list's A against its X by the configured margins: Ahead, Lagging or OnSchedule.</summary>
    public ProgressStatus ScheduleStatus => TaskStatusRule.AgainstSchedule(Expected, Actual, Rules);

    /// <summary>The units that have a rank, best first.</summary>
    public IReadOnlyList<UnitRow> Ranked => Units.Where(u => u.Rank is not null).ToList();

    /// <summary>The best <paramref name="count"/> ranked units, best first.</summary>
    public IReadOnlyList<UnitRow> Top(int count) => Ranked.Take(count).ToList();

    /// <summary>The last <paramref name="count"/> ranked units, last first.</summary>
    public IReadOnlyList<UnitRow> Bottom(int count) => Ranked.Reverse().Take(count).ToList();

    /// <summary>The tasks a unit leads, most urgent first.</summary>
    public IReadOnlyList<TaskRow> TasksLedBy(int unitId) => TaskUrgency.MostUrgentFirst(Tasks.Where(t => t.LeadUnitId == unitId)).ToList();
}

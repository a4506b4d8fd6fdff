using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Boards;

/// <summary>The whole list scored on one date: what every screen shows.</summary>
/// <param name="Units">Ranked units first (by rank, then name), unranked after.</param>
public sealed record Board(
    DateOnly AsOf,
    int ListYear,
    string ListTitle,
    IReadOnlyList<TaskRow> Tasks,
    IReadOnlyList<UnitRow> Units)
{
    public static Board Empty(DateOnly asOf) => new(asOf, asOf.Year, string.Empty, [], []);

    public bool HasList => ListTitle.Length > 0;

    /// <summary>Tasks per status (counted once: a board is read by many screens).</summary>
    public IReadOnlyDictionary<ProgressStatus, int> StatusCounts { get; } = TaskRowSums.StatusCounts(Tasks);

    /// <summary>Share of the list's tasks completed (on time or late), 0..1.</summary>
    public decimal CompletedShare => Tasks.Count == 0 ? 0m
        : Tasks.Count(t => t.Status is ProgressStatus.CompletedOnTime or ProgressStatus.CompletedLate) / (decimal)Tasks.Count;

    /// <summary>Weighted mean X over the scored tasks of the list.</summary>
    public decimal Expected => TaskRowSums.WeightedMean(Tasks, t => t.Expected);

    /// <summary>Weighted mean A over the scored tasks of the list.</summary>
    public decimal Actual => TaskRowSums.WeightedMean(Tasks, t => t.Actual);
}

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

    /// <summary>Tasks per status.</summary>
    public IReadOnlyDictionary<ProgressStatus, int> StatusCounts =>
        Enum.GetValues<ProgressStatus>().ToDictionary(s => s, s => Tasks.Count(t => t.Status == s));

    /// <summary>Share of the list's tasks completed (on time or late), 0..1.</summary>
    public decimal CompletedShare => Tasks.Count == 0 ? 0m
        : Tasks.Count(t => t.Status is ProgressStatus.CompletedOnTime or ProgressStatus.CompletedLate) / (decimal)Tasks.Count;

    /// <summary>Weighted mean X over the scored tasks of the list.</summary>
    public decimal Expected => WeightedMean(t => t.Expected);

    /// <summary>Weighted mean A over the scored tasks of the list.</summary>
    public decimal Actual => WeightedMean(t => t.Actual);

    private decimal WeightedMean(Func<TaskRow, decimal> value)
    {
        var scored = Tasks.Where(t => t.Points is not null).ToList();
        var weights = scored.Sum(t => t.Weight);
        return weights == 0m ? 0m : scored.Sum(t => value(t) * t.Weight) / weights;
    }
}

namespace ScreenBoard.Domain.Scoring;

/// <summary>A unit's score on a date (docs/scoring.md §5); everything null when it has no scored task.</summary>
/// <param name="Base">B: weighted mean of P over the scored tasks the unit leads.</param>
/// <param name="Deductions">Points taken off by the ladder.</param>
/// <param name="Score">max(0, B − deductions), rounded to 2 decimals, midpoint away from zero.</param>
public sealed record UnitScore(decimal? Base, decimal Deductions, decimal? Score)
{
    /// <param name="ledTasks">P and weight of every task the unit leads; P null when not scored.</param>
    /// <param name="deductions">From <see cref="Scoring.Deductions.For"/>.</param>
    public static UnitScore From(IEnumerable<(decimal? Points, decimal Weight)> ledTasks, decimal deductions)
    {
        ArgumentNullException.ThrowIfNull(ledTasks);
        decimal weighted = 0m, weights = 0m;
        foreach (var (points, weight) in ledTasks)
        {
            if (points is { } p)
            {
                weighted += p * weight;
                weights += weight;
            }
        }

        if (weights == 0m)
        {
            return new UnitScore(null, deductions, null);
        }

        var baseScore = weighted / weights;
        var score = Math.Round(Math.Max(0m, baseScore - deductions), 2, MidpointRounding.AwayFromZero);
        return new UnitScore(baseScore, deductions, score);
    }
}

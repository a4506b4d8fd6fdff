namespace ScreenBoard.Domain.Boards;

/// <summary>One unit's line on the trend board.</summary>
/// <param name="UnitName">Its name.</param>
/// <param name="Scores">Its score in each quarter of <see cref="TrendData.Quarters"/>; null where it had none.</param>
public sealed record TrendSeries(string UnitName, IReadOnlyList<decimal?> Scores)
{
    /// <summary>Its score in the latest quarter it had one (what the trend board ranks lines by).</summary>
    public decimal? Latest => Scores.LastOrDefault(s => s is not null);
}

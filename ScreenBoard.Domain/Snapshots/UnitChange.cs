namespace ScreenBoard.Domain.Snapshots;

/// <summary>A unit whose score or rank moves between two sets of figures of a quarter (old → new).</summary>
public sealed record UnitChange(int UnitId, string UnitCode, decimal? OldScore, int? OldRank, decimal? NewScore, int? NewRank)
{
    /// <summary>
    /// The units whose score or rank differs between <paramref name="before"/> and <paramref name="after"/>,
    /// by new rank (unranked last), then code. A unit present on one side only counts as moved from or to
    /// "no score" when it has a score or rank on the other side.
    /// </summary>
    public static IReadOnlyList<UnitChange> Between(IEnumerable<UnitStanding> before, IEnumerable<UnitStanding> after)
    {
        var old = before.ToDictionary(u => u.UnitId);
        var now = after.ToDictionary(u => u.UnitId);
        return old.Keys.Union(now.Keys)
            .Select(id => (Old: old.GetValueOrDefault(id), New: now.GetValueOrDefault(id)))
            .Select(p => new UnitChange(p.New?.UnitId ?? p.Old!.UnitId, p.New?.UnitCode ?? p.Old!.UnitCode, p.Old?.Score, p.Old?.Rank, p.New?.Score, p.New?.Rank))
            .Where(c => c.OldScore != c.NewScore || c.OldRank != c.NewRank)
            .OrderBy(c => c.NewRank ?? int.MaxValue)
            .ThenBy(c => c.UnitCode, StringComparer.Ordinal)
            .ToList();
    }
}

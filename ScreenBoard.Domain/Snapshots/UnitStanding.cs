namespace ScreenBoard.Domain.Snapshots;

/// <summary>A unit's score and rank in one set of figures (a published version, or a recomputation).</summary>
public sealed record UnitStanding(int UnitId, string UnitCode, decimal? Score, int? Rank)
{
    public static UnitStanding Of(UnitSnapshotRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.UnitId, row.UnitCode, row.Score, row.Rank);
    }
}

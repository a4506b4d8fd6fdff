namespace ScreenBoard.Domain.Snapshots;

/// <summary>One unit's score and rank on a quarter's evaluation date.</summary>
public sealed class UnitSnapshotRow
{
    private UnitSnapshotRow()
    {
        UnitCode = string.Empty;
    }

    public UnitSnapshotRow(int unitId, string unitCode, decimal? baseScore, decimal deductions, decimal? score, int? rank)
    {
        UnitId = unitId;
        UnitCode = unitCode;
        BaseScore = baseScore;
        Deductions = deductions;
        Score = score;
        Rank = rank;
    }

    public int SnapshotId { get; private set; }

    public int UnitId { get; private set; }

    public string UnitCode { get; private set; }

    /// <summary>B; null when the unit has no scored task.</summary>
    public decimal? BaseScore { get; private set; }

    public decimal Deductions { get; private set; }

    public decimal? Score { get; private set; }

    public int? Rank { get; private set; }
}

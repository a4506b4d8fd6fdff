using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Snapshots;

/// <summary>One task as it stood on a quarter's evaluation date.</summary>
public sealed class TaskSnapshotRow
{
    private TaskSnapshotRow()
    {
        TaskCode = string.Empty;
        FlagLabel = string.Empty;
    }

    public TaskSnapshotRow(int taskId, string taskCode, int leadUnitId, DateOnly start, DateOnly deadline, decimal expected, decimal actual, ProgressStatus status, string flagLabel, decimal? points)
    {
        TaskId = taskId;
        TaskCode = taskCode;
        LeadUnitId = leadUnitId;
        Start = start;
        Deadline = deadline;
        Expected = expected;
        Actual = actual;
        Status = status;
        FlagLabel = flagLabel;
        Points = points;
    }

    public int SnapshotId { get; private set; }

    public int TaskId { get; private set; }

    public string TaskCode { get; private set; }

    public int LeadUnitId { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly Deadline { get; private set; }

    /// <summary>X, 0..1.</summary>
    public decimal Expected { get; private set; }

    /// <summary>A, 0..1.</summary>
    public decimal Actual { get; private set; }

    public ProgressStatus Status { get; private set; }

    /// <summary>The flag's label (zh-CN) in the legend in force when the row was computed.</summary>
    public string FlagLabel { get; private set; }

    /// <summary>P, 0..100; null when not scored.</summary>
    public decimal? Points { get; private set; }
}

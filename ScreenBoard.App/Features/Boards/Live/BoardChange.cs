using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>What changed, as the writer knows it.</summary>
public enum BoardChangeKind
{
    /// <summary>One task: a report moved (accepted, returned …), the task was edited or closed out.</summary>
    Task = 0,

    /// <summary>One unit: renamed, its competent department changed.</summary>
    Unit = 1,

    /// <summary>One notice of the ladder: issued, escalated, resolved.</summary>
    Notice = 2,

    /// <summary>A quarter's snapshot: computed, published, republished.</summary>
    Quarter = 3,

    /// <summary>Many things at once (an import, a list file).</summary>
    Bulk = 4,
}

/// <summary>One change, published by the write path after a successful save. Build it with the factory methods.</summary>
public sealed record BoardChange
{
    private BoardChange(BoardChangeKind kind, int? taskId = null, int? unitId = null, int? noticeId = null, QuarterId? quarter = null)
    {
        Kind = kind;
        TaskId = taskId;
        UnitId = unitId;
        NoticeId = noticeId;
        Quarter = quarter;
    }

    public static BoardChange Bulk { get; } = new(BoardChangeKind.Bulk);

    public BoardChangeKind Kind { get; }

    /// <summary>The task concerned (Task; a Notice's task when it has one).</summary>
    public int? TaskId { get; }

    /// <summary>The unit whose score may move (the task's lead unit, the notice's unit, the unit itself).</summary>
    public int? UnitId { get; }

    public int? NoticeId { get; }

    public QuarterId? Quarter { get; }

    public static BoardChange ForTask(int taskId, int leadUnitId) => new(BoardChangeKind.Task, taskId, leadUnitId);

    public static BoardChange ForUnit(int unitId) => new(BoardChangeKind.Unit, unitId: unitId);

    public static BoardChange ForNotice(int noticeId, int unitId, int? taskId) => new(BoardChangeKind.Notice, taskId, unitId, noticeId);

    public static BoardChange ForQuarter(QuarterId quarter) => new(BoardChangeKind.Quarter, quarter: quarter);
}

/// <summary>The changes of one debounce window, delivered together, and the notifier's version they made.</summary>
/// <param name="Changes">What changed, in the order published.</param>
/// <param name="At">When the batch went out.</param>
/// <param name="Version">The notifier's version this batch bumped it to; the notifier may have moved on by the time a
/// subscriber gets the batch, so a subscriber that files changes by version takes this one, not the notifier's.</param>
public sealed record BoardChangeBatch(IReadOnlyList<BoardChange> Changes, DateTimeOffset At, long Version);

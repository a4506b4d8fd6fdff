namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>What changed, so a screen can tell whether it concerns it.</summary>
public enum BoardChangeKind
{
    /// <summary>A report was accepted, returned or otherwise moved: live scores changed.</summary>
    Report = 0,

    /// <summary>A task or the list changed.</summary>
    Task = 1,

    /// <summary>A notice of the ladder changed.</summary>
    Notice = 2,

    /// <summary>A quarterly snapshot was written or published.</summary>
    Snapshot = 3,

    /// <summary>Many things at once (an import, a list file).</summary>
    Bulk = 4,
}

/// <summary>One change, published after a successful save.</summary>
public sealed record BoardChange(BoardChangeKind Kind, int? UnitId = null, int? TaskId = null);

/// <summary>The changes of one debounce window, delivered together.</summary>
public sealed record BoardChangeBatch(IReadOnlyList<BoardChange> Changes, DateTimeOffset At)
{
    public bool Concerns(int unitId) => Changes.Any(c => c.UnitId is null || c.UnitId == unitId);
}

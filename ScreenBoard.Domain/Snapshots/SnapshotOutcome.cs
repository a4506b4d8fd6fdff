namespace ScreenBoard.Domain.Snapshots;

/// <summary>What a snapshot write did.</summary>
public enum SnapshotOutcome
{
    /// <summary>The quarter had no snapshot; one was written.</summary>
    Created = 0,

    /// <summary>The draft's rows were replaced.</summary>
    Replaced = 1,

    /// <summary>The quarter is published and was left as it is (republishing is the office's own write, <see cref="RepublishOutcome"/>).</summary>
    SkippedPublished = 2,

    /// <summary>There is no list for the quarter's year; nothing to snapshot.</summary>
    NoList = 4,

    /// <summary>The actor may not compute quarters (only the office and the app's own job may); nothing written.</summary>
    Forbidden = 5,
}

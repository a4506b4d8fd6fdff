namespace ScreenBoard.Domain.Snapshots;

/// <summary>What a republication did.</summary>
public enum RepublishOutcome
{
    /// <summary>A new published version was written.</summary>
    Republished = 0,

    /// <summary>The quarter has no published version; nothing written (recompute its draft instead).</summary>
    NotPublished = 1,

    /// <summary>Someone published a newer version since the changes were shown; nothing written.</summary>
    Stale = 2,
}

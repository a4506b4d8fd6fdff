namespace ScreenBoard.Domain.Persistence;

/// <summary>What a snapshot write put in the context: its outcome, and the audit entry's before/after (JSON) when it wrote.</summary>
public sealed record SnapshotWrite<TOutcome>(TOutcome Outcome, string? Before = null, string? After = null);

namespace ScreenBoard.App.Features.Reports.Evidence;

/// <summary>
/// An upload copied to a temporary file, not yet part of any report: its name as the person gave it, its first
/// bytes (what the content check reads), its length (at most one byte past the limit: the rest is never read).
/// </summary>
public sealed record StagedEvidence(string OriginalName, string TempPath, long Size, byte[] Head, string RandomName);

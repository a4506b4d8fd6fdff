namespace ScreenBoard.App.Features.Reports.Evidence;

/// <summary>A file a person attached to a report: its name and a way to read it (once).</summary>
/// <param name="Name">The file's name on the person's device.</param>
/// <param name="Open">Opens the content; the command reads at most one byte past the limit.</param>
public sealed record EvidenceUpload(string Name, Func<CancellationToken, Stream> Open);

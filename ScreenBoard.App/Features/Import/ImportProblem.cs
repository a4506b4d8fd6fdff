namespace ScreenBoard.App.Features.Import;

/// <summary>
/// One problem of an imported file, in the reader's language. A workbook names the sheet, the row (1 = the
/// header row) and the column's header; a JSON list file names the entry (<c>tasks[3] (DS-004)</c>) and the
/// field (<c>deadline</c>). Unused parts are null.
/// </summary>
public sealed record ImportProblem(string? Sheet, int? Row, string? Column, string? Entry, string? Field, string Reason)
{
    /// <summary>A problem of the whole file (too large, empty, not a workbook or list file).</summary>
    public static ImportProblem OfFile(string reason) => new(null, null, null, null, null, reason);
}

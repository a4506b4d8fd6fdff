namespace ScreenBoard.App.Features.Import;

/// <summary>
/// Where an imported unit, task or milestone came from: a row of a sheet, or an entry of a JSON list file.
/// Problems are told by field name (the list file's, e.g. <c>deadline</c>); a row's field is shown as its column.
/// </summary>
public sealed record ImportPlace(string? Sheet, int? Row, string? Entry)
{
    /// <summary>A row that came from the database (an export), not from a file.</summary>
    public static readonly ImportPlace Stored = new(null, null, null);

    public static ImportPlace OfRow(string sheet, int row) => new(sheet, row, null);

    public static ImportPlace OfEntry(string entry) => new(null, null, entry);

    /// <param name="field">The list file's field name (<see cref="ListWorkbook"/> maps it to a column).</param>
    /// <param name="reason">What is wrong, in the reader's language.</param>
    public ImportProblem Problem(string field, string reason) =>
        Sheet is null
            ? new ImportProblem(null, null, null, Entry, field, reason)
            : new ImportProblem(Sheet, Row, ListWorkbook.ColumnOf(Sheet, field), null, null, reason);
}

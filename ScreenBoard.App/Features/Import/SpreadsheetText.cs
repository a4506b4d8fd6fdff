namespace ScreenBoard.App.Features.Import;

/// <summary>
/// Text bound for a spreadsheet cell that a person will open in Excel or WPS. A cell that starts with
/// = + - @ (or a tab or carriage return before one) would run as a formula (CSV/formula injection);
/// it is written with a leading apostrophe so it shows as the text it is.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The value as safe cell text; null stays null.</summary>
    public static string? Neutralise(string? value) =>
        string.IsNullOrEmpty(value) || Array.IndexOf(FormulaStarts, value[0]) < 0 ? value : "'" + value;

    /// <summary>A cell's text as it was before <see cref="Neutralise"/>: the apostrophe in front of a formula start is dropped again.</summary>
    public static string? Restore(string? cell) =>
        cell is { Length: > 1 } && cell[0] == '\'' && Array.IndexOf(FormulaStarts, cell[1]) >= 0 ? cell[1..] : cell;
}

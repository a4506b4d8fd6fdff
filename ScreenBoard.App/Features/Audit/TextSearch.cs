namespace ScreenBoard.App.Features.Audit;

/// <summary>
/// "Contains", as a SQL LIKE pattern with % and _ taken literally, in lower case: compare it with the column's
/// <c>ToLower()</c> so the search ignores the case of Latin letters on both engines (SQLite's LIKE does by
/// itself, PostgreSQL's does not).
/// </summary>
public static class TextSearch
{
    /// <summary>The escape character of <see cref="ContainsPattern"/>.</summary>
    public const string Escape = "\\";

    public static string ContainsPattern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        return "%" + escaped.ToLowerInvariant() + "%";
    }
}

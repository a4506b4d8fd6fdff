namespace ScreenBoard.App.Features.Audit;

/// <summary>"Contains", as a SQL LIKE pattern (case-insensitive for Latin letters in SQLite), with % and _ taken literally.</summary>
public static class TextSearch
{
    /// <summary>The escape character of <see cref="ContainsPattern"/>.</summary>
    public const string Escape = "\\";

    public static string ContainsPattern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}

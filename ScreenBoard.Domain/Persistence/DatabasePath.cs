using Microsoft.Data.Sqlite;

namespace ScreenBoard.Domain.Persistence;

/// <summary>Turns the configured connection string into one whose file lives where the operator expects.</summary>
public static class DatabasePath
{
    /// <summary>The default when <c>ConnectionStrings:ScreenBoard</c> is not set: a file under data/ beside the app.</summary>
    public const string DefaultConnectionString = "Data Source=data/screenboard.db";

    /// <summary>
    /// Resolves a relative file name against <paramref name="baseDirectory"/> and creates its folder,
    /// so the app finds the same file wherever it is started from.
    /// </summary>
    public static string Resolve(string? connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        var file = builder.DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var full = Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(baseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            builder.DataSource = full;
        }

        return builder.ToString();
    }
}

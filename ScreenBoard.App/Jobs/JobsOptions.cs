using System.ComponentModel.DataAnnotations;

namespace ScreenBoard.App.Jobs;

/// <summary>The <c>Jobs</c> section: where Hangfire keeps its state and how many workers it runs.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Hangfire's own SQLite file: one server.</summary>
    public const string SQLiteStorage = "SQLite";

    /// <summary>The app's PostgreSQL database, schema <see cref="PostgreSqlSchema"/>: one job store for several servers.</summary>
    public const string PostgreSqlStorage = "PostgreSQL";

    /// <summary>The schema of Hangfire's tables on PostgreSQL, apart from the app's own.</summary>
    public const string PostgreSqlSchema = "hangfire";

    /// <summary>
    /// <c>SQLite</c> or <c>PostgreSQL</c>; empty follows <c>Database:Provider</c> (PostgreSQL on PostgreSQL, where
    /// several servers need one job store, else SQLite). Read <see cref="StorageFor"/>, not this.
    /// </summary>
    [AllowedValues(null, "", SQLiteStorage, PostgreSqlStorage, ErrorMessage = "The field Storage must be 'SQLite' or 'PostgreSQL' (or empty: follow Database:Provider).")]
    public string? Storage { get; set; }

    /// <summary>Hangfire's own SQLite file, beside the app's database; relative to the app's content folder.</summary>
    [Required]
    public string SQLitePath { get; set; } = "data/hangfire.db";

    [Range(1, 64)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>False: no job server in this process (jobs can still be enqueued).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>The storage in effect: <see cref="Storage"/>, or the one that follows the database's engine.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL jobs on a SQLite database (there is no server to keep them on).</exception>
    public string StorageFor(Domain.Persistence.DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (string.IsNullOrEmpty(Storage))
        {
            return database.IsPostgreSql ? PostgreSqlStorage : SQLiteStorage;
        }

        if (Storage == PostgreSqlStorage && !database.IsPostgreSql)
        {
            throw new InvalidOperationException(
                "Jobs:Storage is PostgreSQL but Database:Provider is Sqlite; Hangfire keeps its jobs in the app's PostgreSQL database (任务存储为 PostgreSQL 时数据库也须为 PostgreSQL)。");
        }

        return Storage;
    }
}

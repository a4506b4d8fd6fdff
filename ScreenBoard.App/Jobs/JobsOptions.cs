using System.ComponentModel.DataAnnotations;

namespace ScreenBoard.App.Jobs;

/// <summary>The <c>Jobs</c> section: where Hangfire keeps its state and how many workers it runs.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>The storages this build knows; a server store (PostgreSQL) is a later addition here.</summary>
    public const string SQLiteStorage = "SQLite";

    [Required]
    [AllowedValues(SQLiteStorage, ErrorMessage = "The field Storage must be 'SQLite' (the storage this build carries).")]
    public string Storage { get; set; } = SQLiteStorage;

    /// <summary>Hangfire's own SQLite file, beside the app's database; relative to the app's content folder.</summary>
    [Required]
    public string SQLitePath { get; set; } = "data/hangfire.db";

    [Range(1, 64)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>False: no job server in this process (jobs can still be enqueued).</summary>
    public bool RunServer { get; set; } = true;
}

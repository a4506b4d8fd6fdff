using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.Bench.Scoring;

/// <summary>
/// A fresh SQLite file for one benchmark run and the context factory the domain services need
/// (like the tests' TestDatabase, but with the app's default pooled connection string).
/// </summary>
internal sealed class BenchDatabase : IDbContextFactory<ScreenBoardDbContext>, IDisposable
{
    private readonly bool _deleteOnDispose;

    public BenchDatabase(string? folder)
    {
        _deleteOnDispose = folder is null;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "screenboard-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "bench.db");
        foreach (var stale in new[] { FilePath, FilePath + "-wal", FilePath + "-shm", FilePath + "-journal" })
        {
            File.Delete(stale);
        }

        ConnectionString = $"Data Source={FilePath}";
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public ScreenBoardDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<ScreenBoardDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_deleteOnDispose)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean up.
            }
        }
    }
}

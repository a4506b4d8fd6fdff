using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>A real SQLite file in a temporary folder, migrated, deleted with the test.</summary>
public sealed class TestDatabase : IDbContextFactory<ScreenBoardDbContext>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screenboard-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase(bool migrate = true)
    {
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "screenboard.db");
        ConnectionString = $"Data Source={FilePath};Pooling=False";
        if (migrate)
        {
            using var db = CreateDbContext();
            db.Database.Migrate();
        }
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public string Folder => _folder;

    public ScreenBoardDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<ScreenBoardDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing host; the OS temp folder is cleaned eventually.
        }
    }
}

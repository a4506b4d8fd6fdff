using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Devices;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Persistence;

/// <summary>
/// A write while another connection reads the same SQLite file: it waits for the reader and is saved, instead of
/// failing at once with "database is locked" (seen in the full suite: a test's insert while the app's jobs read).
/// </summary>
public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task AnInsertWhileAnotherConnectionReads_WaitsForTheReader_AndIsSaved()
    {
        using var database = new TestDatabase(DatabaseProvider.Sqlite);
        var now = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

        // A reader in the middle of a read transaction (deferred: it takes only the shared lock, and holds it until it commits).
        await using var reader = new SqliteConnection(database.ConnectionString);
        await reader.OpenAsync();
        await using var transaction = reader.BeginTransaction(deferred: true);
        await using (var read = reader.CreateCommand())
        {
            read.CommandText = "SELECT COUNT(*) FROM \"ScreenDevices\"";
            Assert.Equal(0L, await read.ExecuteScalarAsync());
        }

        // EF Core's single-row insert (INSERT … RETURNING, no transaction of its own) commits as the statement ends.
        await using var db = database.CreateDbContext();
        db.Devices.Add(new ScreenDevice("大厅屏", null, "hall", now));
        var write = Task.Run(() => db.SaveChangesAsync());

        await Task.Delay(300);
        Assert.False(write.IsFaulted, write.Exception?.GetBaseException().Message);
        await transaction.CommitAsync();
        await write;

        await using var check = database.CreateDbContext();
        Assert.Equal("大厅屏", (await check.Devices.SingleAsync()).Name);
    }
}

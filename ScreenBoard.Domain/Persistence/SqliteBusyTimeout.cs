using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Sets SQLite's own busy timeout on every connection the app's contexts open. Microsoft.Data.Sqlite retries a busy
/// statement step by step, but not when the lock is needed as a statement finishes: an <c>INSERT … RETURNING</c>
/// outside a transaction (EF Core's single-row insert, Identity's and the tests' writes) commits when it is reset,
/// and while another connection was reading (a job, a screen's board read) that commit failed at once with
/// "SQLite Error 5: 'database is locked'". With the busy timeout SQLite waits for the reader instead.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    // 30 s: as long as Microsoft.Data.Sqlite's own default command timeout.
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    private SqliteBusyTimeout()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

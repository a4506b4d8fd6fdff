using Microsoft.Extensions.Options;
using Npgsql;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Boards.Live.Servers;

/// <summary>
/// On PostgreSQL, where several app servers share one database: LISTENs on a dedicated connection of its own
/// (a direct one: a transaction-pooling proxy would drop LISTEN) and feeds the other servers' committed changes
/// into this server's <see cref="IBoardNotifier"/>, so its screens refresh as for a local write. Its own
/// notifications are skipped (the write path published them already); a change delivered twice costs one
/// extra refresh, nothing more. On (re)connecting, and every <see cref="LiveOptions.VersionCheckSeconds"/>, it
/// compares the stored board version with the versions the notifications carried, and publishes a Bulk change when
/// one is missing — a lost notification (the connection dropped between a commit and its delivery) costs at most
/// that interval.
/// </summary>
public sealed class BoardChangeListener(
    DatabaseSettings database, IBoardNotifier notifier, ServerInstance server, IOptions<LiveOptions> options, TimeProvider timeProvider, ILogger<BoardChangeListener> logger)
    : BackgroundService
{
    /// <summary>The connection's application name, as <c>pg_stat_activity</c> shows it.</summary>
    public const string ApplicationName = "ScreenBoard board changes";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();

    // The versions announced after the last compare that have arrived, and the stored version that compare read.
    private readonly HashSet<long> _received = [];
    private long? _seenVersion;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => retry = FirstRetry, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever broke the connection (the database restarting, the network), listen again: this
                // server's screens must not stop refreshing, nor the server stop, for it.
                logger.LogWarning(ex, "Board change channel lost; listening again in {Delay}", retry);
                await Task.Delay(retry, timeProvider, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
            }
        }
    }

    private async Task ListenAsync(Action connected, CancellationToken stoppingToken)
    {
        // No pooling: this connection lives as long as the server and must be the one that LISTENs.
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 30, ApplicationName = ApplicationName };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) => Receive(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {BoardChangeWire.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        connected();
        logger.LogInformation("Listening for board changes of the other servers on {Channel}", BoardChangeWire.Channel);

        // Anything committed while not listening (start, reconnect) is caught here.
        await CompareVersionAsync(connection, stoppingToken);
        var checkInterval = TimeSpan.FromSeconds(options.Value.VersionCheckSeconds);
        var nextCheck = timeProvider.GetUtcNow() + checkInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = nextCheck - timeProvider.GetUtcNow();
            if (wait <= TimeSpan.Zero || !await connection.WaitAsync(wait, stoppingToken))
            {
                await CompareVersionAsync(connection, stoppingToken);
                nextCheck = timeProvider.GetUtcNow() + checkInterval;
            }
        }
    }

    private void Receive(string payload)
    {
        var (from, version, changes) = BoardChangeWire.Read(payload);
        if (version is { } announced)
        {
            lock (_gate)
            {
                if (_seenVersion is not { } seen || announced > seen)
                {
                    _received.Add(announced);
                }
            }
        }

        if (from == server.Id)
        {
            return;
        }

        foreach (var change in changes)
        {
            notifier.Publish(change);
        }
    }

    /// <summary>
    /// The stored version against the versions received since the last compare: every announcing write bumps it once
    /// and notifies with the version it bumped to, so a version in between that never arrived was lost → one Bulk
    /// change. A write caught between its bump and its commit (its notification arrives after this read), or one
    /// rolled back (a sequence does not roll back), costs one needless refresh; a notification arriving late is
    /// never counted twice.
    /// </summary>
    private async Task CompareVersionAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        await using var read = new NpgsqlCommand(
            $"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {PostgreSqlScreenBoardDbContext.BoardVersionSequenceSql}", connection);
        var version = (long)(await read.ExecuteScalarAsync(stoppingToken))!;
        long missing;
        long? seen;
        lock (_gate)
        {
            seen = _seenVersion;
            var arrived = _received.RemoveWhere(v => v <= version);
            missing = seen is null ? 0 : version - seen.Value - arrived;
            _seenVersion = version;
        }

        // At start there is nothing to compare with: this server's screens load fresh anyway.
        if (missing > 0)
        {
            logger.LogInformation("Board version moved from {Seen} to {Version} with {Missing} notification(s) not received: refreshing every screen", seen, version, missing);
            notifier.Publish(BoardChange.Bulk);
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Boards.Live.Servers;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Live;

/// <summary>
/// One server's listener on a real PostgreSQL database (issue 13): the other servers' notifications reach its notifier
/// and its own are skipped; a notification lost while its connection was down, or lost on the way, is made up by one
/// Bulk change when it compares the stored board version (on reconnecting, and every <c>Live:VersionCheckSeconds</c>).
/// Runs in both suite runs, on the PostgreSQL server .ci/run starts (as <c>TwoServersTests</c>).
/// </summary>
public sealed class BoardChangeListenerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patiently = TimeSpan.FromSeconds(30);
    private readonly TestDatabase _database = new(DatabaseProvider.PostgreSql);
    private readonly ServerInstance _server = new();
    private readonly ConcurrentQueue<BoardChange> _published = new();
    private BoardNotifier? _notifier;
    private BoardChangeListener? _listener;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_listener is not null)
        {
            await _listener.StopAsync(CancellationToken.None);
            _listener.Dispose();
        }

        _notifier?.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task AnotherServersChange_IsPublishedHere_ItsOwnAreSkipped()
    {
        await ListenAsync(versionCheckSeconds: 3600);

        await NotifyAsync(_server.Id, BoardChange.ForTask(12, 3));
        await NotifyAsync(Guid.NewGuid(), BoardChange.ForNotice(7, 4, null));
        await WaitUntilAsync(() => _published.Contains(BoardChange.ForNotice(7, 4, null)));

        Assert.DoesNotContain(BoardChange.ForTask(12, 3), _published);
        Assert.DoesNotContain(BoardChange.Bulk, _published);
    }

    [Fact]
    public async Task AVersionBumpedWhileTheConnectionWasDown_IsMadeUpOnReconnecting_WithOneBulkChange()
    {
        await ListenAsync(versionCheckSeconds: 3600);

        // A write committed on another server whose notification this server never receives: its connection drops.
        await BumpVersionAsync();
        await TerminateListenerAsync();

        await WaitUntilAsync(() => _published.Contains(BoardChange.Bulk));
        Assert.Single(_published, BoardChange.Bulk);
    }

    [Fact]
    public async Task ANotificationArrivingAgainOrLate_DoesNotHideALostOne()
    {
        await ListenAsync(versionCheckSeconds: 3600);

        // A version already counted arrives again (as a write's notification does when it arrives just after the
        // compare that read its bump): counting notifications instead of versions let it cover the lost one below.
        var late = BoardChange.ForUnit(1);
        await ExecuteAsync("SELECT pg_notify(@channel, @payload)", ("channel", BoardChangeWire.Channel), ("payload", "1 " + BoardChangeWire.Write(Guid.NewGuid(), [late])));
        await WaitUntilAsync(() => _published.Contains(late));
        await BumpVersionAsync();
        await TerminateListenerAsync();

        await WaitUntilAsync(() => _published.Contains(BoardChange.Bulk));
    }

    [Fact]
    public async Task AVersionBumpedWithNoNotification_IsMadeUpByThePeriodicCheck()
    {
        await ListenAsync(versionCheckSeconds: 1);
        await Task.Delay(TimeSpan.FromSeconds(2)); // a check after the last probe: nothing was lost
        _published.Clear();

        await BumpVersionAsync();

        await WaitUntilAsync(() => _published.Contains(BoardChange.Bulk));
    }

    /// <summary>Starts the listener and waits until it receives (another server's notification proves it LISTENs).</summary>
    private async Task ListenAsync(int versionCheckSeconds)
    {
        var options = Options.Create(new LiveOptions { DebounceMilliseconds = 10, VersionCheckSeconds = versionCheckSeconds });
        _notifier = new BoardNotifier(TimeProvider.System, options, NullLogger<BoardNotifier>.Instance);
        _notifier.Subscribe(batch =>
        {
            foreach (var change in batch.Changes)
            {
                _published.Enqueue(change);
            }

            return Task.CompletedTask;
        });
        _listener = new BoardChangeListener(_database.Settings, _notifier, _server, options, TimeProvider.System, NullLogger<BoardChangeListener>.Instance);
        await _listener.StartAsync(CancellationToken.None);

        var probe = BoardChange.ForUnit(9_999);
        var until = DateTime.UtcNow + Patiently;
        while (!_published.Contains(probe))
        {
            Assert.True(DateTime.UtcNow < until, "the listener never received another server's notification");
            await NotifyAsync(Guid.NewGuid(), probe);
            await Task.Delay(200);
        }

        // Every probe sent has arrived (a probe whose version a check read before its notification arrived costs one
        // needless Bulk change, by design): start from nothing.
        await Task.Delay(300);
        _published.Clear();
    }

    /// <summary>What a write through a server announces, with the write path's statement: one version bump, and a notification carrying it.</summary>
    private Task NotifyAsync(Guid from, BoardChange change) => ExecuteAsync(
        string.Format(System.Globalization.CultureInfo.InvariantCulture, BoardChangeWire.AnnounceSql, "@channel", "@payload"),
        ("channel", BoardChangeWire.Channel), ("payload", BoardChangeWire.Write(from, [change])));

    private Task TerminateListenerAsync() => ExecuteAsync(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()",
        ("name", BoardChangeListener.ApplicationName));

    /// <summary>A write whose notification this server never receives: the bump alone.</summary>
    private Task BumpVersionAsync() => ExecuteAsync($"SELECT nextval('{PostgreSqlScreenBoardDbContext.BoardVersionSequenceSql}')");

    private Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters) => _database.PostgresScalarAsync(sql, parameters);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Patiently;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "not within 30 s");
            await Task.Delay(50);
        }
    }
}

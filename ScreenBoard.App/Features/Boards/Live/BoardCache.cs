using System.Collections.Concurrent;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>
/// One read per change for all open screens: boards are cached by date and the notifier's version,
/// so when 50 kiosks re-query after a change the database is read once and the others share it.
/// </summary>
public sealed class BoardCache(BoardQueries queries, BoardDetailReader details, SnapshotStore snapshots, IBoardNotifier notifier, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<(DateOnly AsOf, long Version), Lazy<Task<LiveBoard>>> _boards = new();

    public Task<LiveBoard> GetAsync(DateOnly asOf)
    {
        var key = (asOf, notifier.Version);
        var entry = _boards.GetOrAdd(key, k => new Lazy<Task<LiveBoard>>(() => LoadAsync(k.AsOf, k.Version)));
        foreach (var stale in _boards.Keys.Where(k => k.Version < key.Version || k.AsOf != asOf))
        {
            _boards.TryRemove(stale, out _);
        }

        return entry.Value;
    }

    private async Task<LiveBoard> LoadAsync(DateOnly asOf, long version)
    {
        try
        {
            var board = await queries.ForAsync(asOf);
            var notices = await details.NoticesAsync(asOf);
            var trend = TrendData.From(await snapshots.PublishedUnitScoresAsync(), board);
            return new LiveBoard(board, notices, trend, timeProvider.GetUtcNow(), version);
        }
        catch
        {
            // A failed read must not stay cached: the next screen asks again.
            _boards.Clear();
            throw;
        }
    }
}

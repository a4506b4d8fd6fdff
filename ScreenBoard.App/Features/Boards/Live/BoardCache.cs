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
            var trend = Trend(await snapshots.PublishedUnitScoresAsync(), board);
            return new LiveBoard(board, notices, trend, timeProvider.GetUtcNow(), version);
        }
        catch
        {
            // A failed read must not stay cached: the next screen asks again.
            _boards.Clear();
            throw;
        }
    }

    private static TrendData Trend(IReadOnlyList<(Domain.Snapshots.QuarterId Quarter, int UnitId, decimal? Score, int? Rank)> rows, Board board)
    {
        if (rows.Count == 0)
        {
            return TrendData.Empty;
        }

        var quarters = rows.Select(r => r.Quarter).Distinct().OrderBy(q => q.Year).ThenBy(q => q.Quarter).ToList();
        var byUnit = rows.ToLookup(r => r.UnitId);
        var series = board.Units
            .Where(u => byUnit[u.UnitId].Any(r => r.Score is not null))
            .Select(u => new TrendSeries(u.Name, quarters.Select(q => byUnit[u.UnitId].FirstOrDefault(r => r.Quarter == q).Score).ToList()))
            .ToList();
        return new TrendData(quarters.Select(q => q.ToString()).ToList(), series);
    }
}

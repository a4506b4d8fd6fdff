using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>
/// One board per change for all open screens: boards are cached by date and the notifier's version,
/// so when 50 kiosks re-query after a change the database is read once and the others share it.
/// A change to one task or one unit's notices is applied to the board held in memory: only that task's
/// facts or that unit's notices are read (<see cref="BoardCalculator.ApplyTask"/>, <see cref="BoardCalculator.ApplyNotices"/>).
/// Everything else reads the whole list: a bulk, unit or quarter change, another date, the first board,
/// a version whose changes this cache has not seen, a change the board alone cannot take (docs/decisions/021).
/// </summary>
public sealed class BoardCache : IDisposable
{
    private readonly BoardQueries _queries;
    private readonly BoardFactsReader _facts;
    private readonly BoardDetailReader _details;
    private readonly SnapshotStore _snapshots;
    private readonly IBoardNotifier _notifier;
    private readonly TimeProvider _timeProvider;
    private readonly IDisposable _subscription;
    private readonly Lock _gate = new();
    private readonly Dictionary<(DateOnly AsOf, long Version), Task<Loaded>> _boards = [];

    // The changes of each version (one batch each), as delivered; kept until a board at or after that version is under way.
    private readonly Dictionary<long, IReadOnlyList<BoardChange>> _changes = [];

    public BoardCache(BoardQueries queries, BoardFactsReader facts, BoardDetailReader details, SnapshotStore snapshots, IBoardNotifier notifier, TimeProvider timeProvider)
    {
        _queries = queries;
        _facts = facts;
        _details = details;
        _snapshots = snapshots;
        _notifier = notifier;
        _timeProvider = timeProvider;
        _subscription = notifier.Subscribe(Record);
    }

    /// <summary>How the last board was made (for tests and the benchmark): true when from the previous board and the changes alone.</summary>
    public bool LastWasIncremental { get; private set; }

    public async Task<LiveBoard> GetAsync(DateOnly asOf) => (await LoadedAsync(asOf)).Live;

    public void Dispose() => _subscription.Dispose();

    /// <summary>
    /// The path of a change, without one (<see cref="ChangePathWarmUp"/>): the first task's facts and the first unit's
    /// notices are read and applied to the day's board, and the results dropped. Nothing cached changes.
    /// </summary>
    public async Task WarmUpAsync(DateOnly asOf)
    {
        var board = (await LoadedAsync(asOf)).Live.Board;
        if (board.Tasks.Count > 0 && await _facts.ReadTaskAsync(asOf, board.Tasks[0].TaskId) is { } task)
        {
            _ = BoardCalculator.ApplyTask(board, task);
        }

        if (board.Units.Count > 0)
        {
            var unitId = board.Units[0].UnitId;
            _ = BoardCalculator.ApplyNotices(board, unitId, await _facts.ReadUnitNoticesAsync(unitId));
        }
    }

    private Task<Loaded> LoadedAsync(DateOnly asOf)
    {
        var key = (AsOf: asOf, Version: _notifier.Version);
        lock (_gate)
        {
            if (_boards.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var previous = _boards
                .Where(b => b.Key.AsOf == asOf && b.Key.Version < key.Version)
                .OrderByDescending(b => b.Key.Version)
                .Select(b => (b.Key.Version, Board: b.Value))
                .FirstOrDefault();
            var changes = previous.Board is null ? null : ChangesAfter(previous.Version, key.Version);
            var load = changes is null ? FullAsync(asOf, key.Version) : IncrementalAsync(previous.Board!, changes, asOf, key.Version);
            foreach (var stale in _boards.Keys.Where(k => k != key).ToList())
            {
                _boards.Remove(stale);
            }

            foreach (var seen in _changes.Keys.Where(v => v <= (changes is null ? key.Version : previous.Version)).ToList())
            {
                _changes.Remove(seen);
            }

            _boards[key] = load;
            return load;
        }
    }

    // Every change of the versions after `from` up to `to`, in order; null when one of those versions was not seen.
    private List<BoardChange>? ChangesAfter(long from, long to)
    {
        var changes = new List<BoardChange>();
        for (var version = from + 1; version <= to; version++)
        {
            if (!_changes.TryGetValue(version, out var batch))
            {
                return null;
            }

            changes.AddRange(batch);
        }

        return changes;
    }

    private Task Record(BoardChangeBatch batch)
    {
        // Filed under the version the batch made, not the notifier's current one: a delivery can lag behind the next
        // batch's bump, and that batch's changes must not be taken as this one's (docs/decisions/021).
        lock (_gate)
        {
            _changes[batch.Version] = batch.Changes;
        }

        return Task.CompletedTask;
    }

    private async Task<Loaded> FullAsync(DateOnly asOf, long version)
    {
        try
        {
            var board = await _queries.ForAsync(asOf);
            var published = await _snapshots.PublishedUnitScoresAsync();
            LastWasIncremental = false;
            return await LoadedAsync(board, null, published, version);
        }
        catch
        {
            Forget(asOf, version);
            throw;
        }
    }

    private async Task<Loaded> IncrementalAsync(Task<Loaded> previousLoad, IReadOnlyList<BoardChange> changes, DateOnly asOf, long version)
    {
        try
        {
            var previous = await previousLoad;
            var board = previous.Live.Board;
            var notices = previous.Live.Notices;
            foreach (var change in changes)
            {
                (Board? Board, bool NoticesMoved) next = change switch
                {
                    { Kind: BoardChangeKind.Task, TaskId: { } taskId } => await _facts.ReadTaskAsync(asOf, taskId) is { } task
                        ? (BoardCalculator.ApplyTask(board, task), board.Tasks.FirstOrDefault(t => t.TaskId == taskId)?.Title != task.Title)
                        : (null, false),
                    { Kind: BoardChangeKind.Notice, UnitId: { } unitId } =>
                        (BoardCalculator.ApplyNotices(board, unitId, await _facts.ReadUnitNoticesAsync(unitId)), true),
                    _ => (null, false),
                };
                if (next.Board is null)
                {
                    return await FullAsync(asOf, version);
                }

                board = next.Board;
                notices = next.NoticesMoved ? null : notices;
            }

            LastWasIncremental = true;
            return await LoadedAsync(board, notices, previous.Published, version);
        }
        catch (Exception) when (!previousLoad.IsCompletedSuccessfully)
        {
            // The board it would start from failed: read the whole list.
            return await FullAsync(asOf, version);
        }
        catch
        {
            Forget(asOf, version);
            throw;
        }
    }

    // The ladder's rows are read again when a notice changed or a task it names was renamed.
    private async Task<Loaded> LoadedAsync(Board board, IReadOnlyList<NoticeRow>? notices, IReadOnlyList<(QuarterId Quarter, int UnitId, decimal? Score, int? Rank)> published, long version)
    {
        notices ??= await _details.NoticesAsync(board.AsOf);
        var live = new LiveBoard(board, notices, TrendData.From(published, board), _timeProvider.GetUtcNow(), version);
        return new Loaded(live, published);
    }

    // A failed read must not stay cached: the next screen asks again.
    private void Forget(DateOnly asOf, long version)
    {
        lock (_gate)
        {
            _boards.Remove((asOf, version));
        }
    }

    private sealed record Loaded(LiveBoard Live, IReadOnlyList<(QuarterId Quarter, int UnitId, decimal? Score, int? Rank)> Published);
}

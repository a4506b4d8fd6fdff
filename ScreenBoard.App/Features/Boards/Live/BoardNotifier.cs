using Microsoft.Extensions.Options;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>
/// In-process <see cref="IBoardNotifier"/>: the first change of a burst arms a timer; everything
/// published before it fires goes out as one batch to every subscriber. No polling.
/// </summary>
public sealed class BoardNotifier(TimeProvider timeProvider, IOptions<LiveOptions> options, ILogger<BoardNotifier> logger) : IBoardNotifier, IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<BoardChange> _pending = [];
    private readonly List<Func<BoardChangeBatch, Task>> _subscribers = [];
    private ITimer? _timer;
    private long _version;

    public DateTimeOffset? LastChangeAt { get; private set; }

    public long Version => Interlocked.Read(ref _version);

    public void Publish(BoardChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            _pending.Add(change);
            if (_timer is null)
            {
                var window = TimeSpan.FromMilliseconds(options.Value.DebounceMilliseconds);
                _timer = timeProvider.CreateTimer(_ => Flush(), null, window, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public IDisposable Subscribe(Func<BoardChangeBatch, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            _subscribers.Add(handler);
        }

        return new Subscription(this, handler);
    }

    /// <summary>Subscribers right now (one per open screen).</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void Flush()
    {
        BoardChangeBatch batch;
        Func<BoardChangeBatch, Task>[] subscribers;
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            if (_pending.Count == 0)
            {
                return;
            }

            // Bumped before any delivery, so a screen re-querying on this batch never gets an older cached board.
            batch = new BoardChangeBatch([.. _pending], timeProvider.GetUtcNow(), Interlocked.Increment(ref _version));
            _pending.Clear();
            subscribers = [.. _subscribers];
            LastChangeAt = batch.At;
        }

        foreach (var subscriber in subscribers)
        {
            _ = Deliver(subscriber, batch);
        }
    }

    private async Task Deliver(Func<BoardChangeBatch, Task> subscriber, BoardChangeBatch batch)
    {
        try
        {
            await subscriber(batch);
        }
        catch (Exception ex)
        {
            // One broken screen must not keep the change from the others.
            logger.LogWarning(ex, "A screen failed to take a board change");
        }
    }

    private sealed class Subscription(BoardNotifier owner, Func<BoardChangeBatch, Task> handler) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._subscribers.Remove(handler);
            }
        }
    }
}

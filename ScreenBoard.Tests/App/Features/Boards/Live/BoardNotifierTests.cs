using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Live;

public sealed class BoardNotifierTests : IDisposable
{
    private readonly TestDatabase _database = new(migrate: false);
    private readonly TestServices _services;
    private readonly List<BoardChangeBatch> _received = [];

    public BoardNotifierTests()
    {
        _services = new TestServices(_database);
        _services.Notifier.Subscribe(batch =>
        {
            _received.Add(batch);
            return Task.CompletedTask;
        });
    }

    public void Dispose()
    {
        _services.Notifier.Dispose();
        _database.Dispose();
    }

    [Fact]
    public void ABurstOf500Changes_IsDeliveredAsOneBatch()
    {
        for (var i = 0; i < 500; i++)
        {
            _services.Notifier.Publish(BoardChange.ForTask(i, i % 7));
        }

        _services.Clock.Advance(TimeSpan.FromMilliseconds(100));

        var batch = Assert.Single(_received);
        Assert.Equal(500, batch.Changes.Count);
    }

    [Fact]
    public void NothingIsDelivered_BeforeTheWindowCloses()
    {
        _services.Notifier.Publish(BoardChange.ForNotice(1, 1, null));

        _services.Clock.Advance(TimeSpan.FromMilliseconds(99));

        Assert.Empty(_received);
    }

    [Fact]
    public void ChangesInSeparateWindows_AreSeparateBatches()
    {
        _services.Notifier.Publish(BoardChange.ForTask(1, 1));
        _services.Clock.Advance(TimeSpan.FromMilliseconds(100));
        _services.Notifier.Publish(BoardChange.ForQuarter(new ScreenBoard.Domain.Snapshots.QuarterId(2026, 1)));
        _services.Clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal([BoardChangeKind.Task, BoardChangeKind.Quarter], _received.Select(b => b.Changes.Single().Kind));
    }

    [Fact]
    public void AnUnsubscribedScreen_ReceivesNothing()
    {
        var other = new List<BoardChangeBatch>();
        var subscription = _services.Notifier.Subscribe(b =>
        {
            other.Add(b);
            return Task.CompletedTask;
        });
        subscription.Dispose();

        _services.Notifier.Publish(BoardChange.ForTask(2, 2));
        _services.Clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Empty(other);
        Assert.Single(_received);
    }
}

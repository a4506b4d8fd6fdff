using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Boards.Live.Servers;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.Tests.App.Features.Boards.Live;

/// <summary>The payload a write's NOTIFY carries to the other servers: what they publish is what the writer published.</summary>
public sealed class BoardChangeWireTests
{
    [Fact]
    public void EveryKindOfChange_ComesOutAsItWentIn_WithTheSendingServer()
    {
        var server = Guid.NewGuid();
        BoardChange[] changes =
        [
            BoardChange.ForTask(12, 3),
            BoardChange.ForUnit(4),
            BoardChange.ForNotice(7, 4, null),
            BoardChange.ForNotice(8, 5, 13),
            BoardChange.ForQuarter(new QuarterId(2026, 3)),
            BoardChange.Bulk,
        ];

        var (from, version, read) = BoardChangeWire.Read("42 " + BoardChangeWire.Write(server, changes));

        Assert.Equal(server, from);
        Assert.Equal(42, version);
        Assert.Equal(changes, read);
    }

    [Fact]
    public void APayloadWithNoVersionInFront_IsReadWithNone()
    {
        var server = Guid.NewGuid();

        var (from, version, read) = BoardChangeWire.Read(BoardChangeWire.Write(server, [BoardChange.ForUnit(4)]));

        Assert.Equal(server, from);
        Assert.Null(version);
        Assert.Equal([BoardChange.ForUnit(4)], read);
    }

    [Fact]
    public void MoreChangesThanAPayloadHolds_GoOutAsOneBulkChange_UnderPostgreSqlsLimit()
    {
        var changes = Enumerable.Range(1, 2000).Select(i => BoardChange.ForTask(i, i % 40)).ToList();

        var payload = BoardChangeWire.Write(Guid.NewGuid(), changes);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(payload) < 8000);
        Assert.Equal([BoardChange.Bulk], BoardChangeWire.Read(payload).Changes);
    }

    [Fact]
    public void APayloadThisBuildCannotRead_RefreshesEverything()
    {
        var (from, version, changes) = BoardChangeWire.Read("not json");

        Assert.Equal(Guid.Empty, from);
        Assert.Null(version);
        Assert.Equal([BoardChange.Bulk], changes);
    }
}

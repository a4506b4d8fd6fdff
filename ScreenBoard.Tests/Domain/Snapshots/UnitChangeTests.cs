using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.Tests.Domain.Snapshots;

public sealed class UnitChangeTests
{
    [Fact]
    public void Between_ListsOnlyUnitsWhoseScoreOrRankMoves_ByNewRank()
    {
        UnitStanding[] published = [new(1, "A", 0m, 3), new(2, "B", 50m, 2), new(3, "C", 100m, 1)];
        UnitStanding[] recomputed = [new(1, "A", 80m, 2), new(2, "B", 50.00m, 3), new(3, "C", 100.00m, 1)];

        var changes = UnitChange.Between(published, recomputed);

        Assert.Equal(["A 0→80 3→2", "B 50→50.00 2→3"], changes.Select(c => $"{c.UnitCode} {c.OldScore}→{c.NewScore} {c.OldRank}→{c.NewRank}"));
    }

    [Fact]
    public void Between_AUnitThatGainsOrLosesItsScore_Moves()
    {
        UnitStanding[] published = [new(1, "A", null, null), new(2, "B", 70m, 1)];
        UnitStanding[] recomputed = [new(1, "A", 79.8m, 1), new(3, "N", null, null)];

        var changes = UnitChange.Between(published, recomputed);

        Assert.Equal(["A —→79.8 —→1", "B 70→— 1→—"], changes.Select(c => $"{c.UnitCode} {c.OldScore?.ToString() ?? "—"}→{c.NewScore?.ToString() ?? "—"} {c.OldRank?.ToString() ?? "—"}→{c.NewRank?.ToString() ?? "—"}"));
    }

    [Fact]
    public void Between_IdenticalFigures_IsEmpty()
    {
        UnitStanding[] figures = [new(1, "A", 80m, 1), new(2, "B", 50m, 2)];

        Assert.Empty(UnitChange.Between(figures, figures));
    }

    [Fact]
    public void APublishedVersion_RefusesNewRows_AndARepublicationNeedsAReason()
    {
        var snapshot = new QuarterSnapshot(new QuarterId(2026, 2), listId: 1);
        snapshot.ReplaceRows([], [], "{}", DateTimeOffset.UnixEpoch);
        snapshot.Publish("督查室", DateTimeOffset.UnixEpoch);

        Assert.Throws<DomainException>(() => snapshot.ReplaceRows([], [], "{}", DateTimeOffset.UnixEpoch));
        Assert.Throws<DomainException>(() => QuarterSnapshot.Republication(snapshot, [], [], "{}", "督查室", " ", DateTimeOffset.UnixEpoch));
        var next = QuarterSnapshot.Republication(snapshot, [], [], "{}", "督查室", "补录", DateTimeOffset.UnixEpoch);
        Assert.Equal((1, 2, "补录"), (snapshot.PublishedVersion, next.PublishedVersion, next.Reason));
    }
}

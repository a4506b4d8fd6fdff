using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Tests.Domain.Scoring;

public sealed class UnitScoreAndRankingTests
{
    [Fact]
    public void UnitWithNoScoredTask_HasNoScoreAndNoRank()
    {
        var score = UnitScore.From([(null, 1m)], 3m);

        Assert.Equal((null, (decimal?)null), (score.Base, score.Score));
        Assert.Empty(Ranking.Rank([("U1", score.Score)]));
    }

    [Fact]
    public void Score_NeverGoesBelowZero() =>
        Assert.Equal(0m, UnitScore.From([(2m, 1m)], 5m).Score);

    [Fact]
    public void Score_RoundsMidpointAwayFromZero() =>
        Assert.Equal(80.13m, UnitScore.From([(80.125m, 1m)], 0m).Score);

    [Fact]
    public void EqualScores_ShareARankAndTheNextIsSkipped()
    {
        var ranks = Ranking.Rank([("A", 90m), ("B", 85.5m), ("C", 85.5m), ("D", 70m), ("E", (decimal?)null)]);

        Assert.Equal([1, 2, 2, 4], new[] { ranks["A"], ranks["B"], ranks["C"], ranks["D"] });
        Assert.False(ranks.ContainsKey("E"));
    }

    [Fact]
    public void Deductions_CountEveryStepReachedByTheDateInTheListYear()
    {
        var notices = new[]
        {
            new LadderSteps(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 20), new DateOnly(2026, 4, 10)), // 1 + 3 + 5
            new LadderSteps(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 20), null),                      // 1, yellow after E
            new LadderSteps(new DateOnly(2025, 12, 1), null, null),                                          // last year's list
        };

        Assert.Equal(10m, Deductions.For(new DateOnly(2026, 4, 30), 2026, notices, ScoringRules.Default));
    }
}

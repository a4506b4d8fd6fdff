using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.Tests.Domain.Snapshots;

public sealed class QuarterIdTests
{
    [Theory]
    [InlineData("2026-01-01", "2025Q4")]
    [InlineData("2026-03-31", "2025Q4")]
    [InlineData("2026-04-01", "2026Q1")]
    [InlineData("2026-11-25", "2026Q3")]
    public void LastEndedBefore_ADate_IsThePreviousQuarter(string date, string expected) =>
        Assert.Equal(expected, QuarterId.LastEndedBefore(DateOnly.Parse(date)).ToString());

    [Fact]
    public void LastDay_OfQ1_IsTheThirtyFirstOfMarch() => Assert.Equal(new DateOnly(2026, 3, 31), new QuarterId(2026, 1).LastDay);

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("2026-Q1")]
    [InlineData("Q1")]
    public void TryParse_RejectsWhatIsNotAQuarter(string text) => Assert.False(QuarterId.TryParse(text, out _));
}

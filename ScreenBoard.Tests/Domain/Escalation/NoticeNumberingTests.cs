using ScreenBoard.Domain.Bulletins;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Escalation;

/// <summary>文号 per year and kind, continued from what is stored (docs/decisions/018).</summary>
public sealed class NoticeNumberingTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Assign_ContinuesEachYearAndKind_InStepOrder()
    {
        var unnumbered = new[]
        {
            new NumberedStep(7, LadderStep.RectificationNotice, D(2026, 5, 1), D(2026, 5, 10)),
            new NumberedStep(3, LadderStep.RectificationNotice, D(2026, 4, 1), D(2026, 4, 10)),
            new NumberedStep(3, LadderStep.YellowWarning, D(2026, 4, 11), D(2026, 4, 21)),
            new NumberedStep(9, LadderStep.RectificationNotice, D(2027, 1, 5), D(2027, 1, 15)),
        };
        var highest = new Dictionary<(int, LadderStep), int> { [(2026, LadderStep.RectificationNotice)] = 2 };

        var numbers = NoticeNumbering.Assign(unnumbered, highest, At);

        Assert.Equal(
            ["3:督整〔2026〕3号", "3:督黄〔2026〕1号", "7:督整〔2026〕4号", "9:督整〔2027〕1号"],
            numbers.Select(n => $"{n.NoticeId}:{n.Text}"));
    }

    [Fact]
    public void StepsOf_ARedCard_GivesEachStepTheDeadlineItsDocumentCarried()
    {
        var notice = new RectificationNotice(Build.Unit("U"), null, "滞后", D(2026, 4, 1), D(2026, 4, 10), "督查室");
        notice.EscalateDue(D(2026, 4, 30), LadderTerms.Default);

        var steps = NoticeNumbering.StepsOf(notice, LadderTerms.Default).ToList();

        Assert.Equal(
            [(LadderStep.RectificationNotice, D(2026, 4, 1), D(2026, 4, 10)), (LadderStep.YellowWarning, D(2026, 4, 11), D(2026, 4, 21)), (LadderStep.RedCard, D(2026, 4, 22), D(2026, 5, 2))],
            steps.Select(s => (s.Step, s.On, s.FixDeadline)));
    }

    [Theory]
    [InlineData("2026-11-25", "2026-11-16")]
    [InlineData("2026-11-23", "2026-11-16")]
    [InlineData("2026-11-22", "2026-11-09")]
    public void LastWeekBefore_IsTheMondayOfTheWholeWeekBefore(string today, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), WeeklyBulletin.LastWeekBefore(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Escalation;

/// <summary>The sweep's dating rule (docs/decisions/014) and the office's escalation by hand.</summary>
public sealed class LadderSweepTests
{
    private static readonly LadderTerms Terms = LadderTerms.Default;

    private static DateOnly D(int month, int day) => new(2026, month, day);

    /// <summary>The example: fix deadline 10-10, so the 黄色警告 fell due on 10-11.</summary>
    private static RectificationNotice DueOn1011() => new(Build.Unit(), null, "进度滞后", D(10, 1), D(10, 10), "督查室");

    [Fact]
    public void FoundOn1020_IsYellowDated1011_WithItsFixDeadlineCountedFromThen_AndNoRedCardYet()
    {
        var notice = DueOn1011();

        var steps = notice.EscalateDue(D(10, 20), Terms);

        Assert.Equal([LadderStep.YellowWarning], steps);
        Assert.Equal((D(10, 11), D(10, 21), (DateOnly?)null), (notice.YellowWarningOn!.Value, notice.FixDeadline, notice.RedCardOn));
        Assert.False(notice.IsReferredToDiscipline);
    }

    [Fact]
    public void FoundAfterBothDeadlines_TakesBothStepsInOneRun_EachDatedWhenDue()
    {
        var notice = DueOn1011();

        var steps = notice.EscalateDue(D(10, 23), Terms);

        Assert.Equal([LadderStep.YellowWarning, LadderStep.RedCard], steps);
        Assert.Equal((D(10, 11), D(10, 22), D(11, 1)), (notice.YellowWarningOn!.Value, notice.RedCardOn!.Value, notice.FixDeadline));
        Assert.True(notice.IsReferredToDiscipline);
    }

    [Fact]
    public void ARunOnTheDeadlineItself_TakesNothing_TheDayAfter_TakesTheStep()
    {
        var notice = DueOn1011();

        Assert.Empty(notice.EscalateDue(D(10, 10), Terms));
        Assert.Equal([LadderStep.YellowWarning], notice.EscalateDue(D(10, 11), Terms));
        Assert.Equal(D(10, 11), notice.YellowWarningOn);
    }

    [Fact]
    public void RunningAgain_OnTheSameDayOrLater_TakesEachStepOnce()
    {
        var notice = DueOn1011();
        notice.EscalateDue(D(10, 20), Terms);

        Assert.Empty(notice.EscalateDue(D(10, 20), Terms));
        Assert.Empty(notice.EscalateDue(D(10, 21), Terms));
        Assert.Equal([LadderStep.RedCard], notice.EscalateDue(D(11, 30), Terms));
        Assert.Empty(notice.EscalateDue(D(12, 31), Terms));
        Assert.Equal((D(10, 11), D(10, 22)), (notice.YellowWarningOn!.Value, notice.RedCardOn!.Value));
    }

    [Fact]
    public void TheConfiguredDays_SetEachNewDeadline()
    {
        var notice = DueOn1011();

        notice.EscalateDue(D(12, 31), new LadderTerms(YellowFixDays: 5, RedFixDays: 20));

        Assert.Equal((D(10, 11), D(10, 17), D(11, 6)), (notice.YellowWarningOn!.Value, notice.RedCardOn!.Value, notice.FixDeadline));
    }

    [Fact]
    public void AResolvedNotice_HasNothingDue()
    {
        var notice = DueOn1011();
        notice.Resolve(D(10, 9), "已整改到位");

        Assert.Null(notice.NextStepDue);
        Assert.Empty(notice.EscalateDue(D(12, 31), Terms));
        Assert.Null(notice.YellowWarningOn);
    }

    [Fact]
    public void ByHand_EscalatesNow_BeforeTheDeadline_DatedThatDay_WithTheConfiguredDeadline()
    {
        var notice = DueOn1011();

        var yellow = notice.EscalateNow(D(10, 5), Terms);
        var red = notice.EscalateNow(D(10, 6), Terms);

        Assert.Equal((LadderStep.YellowWarning, LadderStep.RedCard), (yellow, red));
        Assert.Equal((D(10, 5), D(10, 6), D(10, 16)), (notice.YellowWarningOn!.Value, notice.RedCardOn!.Value, notice.FixDeadline));
    }

    [Fact]
    public void ByHand_ARedCardOrAResolvedNoticeOrADateBeforeTheStep_IsRefused_AndNothingChanges()
    {
        var red = DueOn1011();
        red.EscalateDue(D(10, 23), Terms);
        var resolved = DueOn1011();
        resolved.Resolve(D(10, 5), "已整改");
        var yellow = DueOn1011();
        yellow.EscalateDue(D(10, 20), Terms);

        Assert.Equal("Notice.AlreadyRedCard", Assert.Throws<DomainException>(() => red.EscalateNow(D(10, 30), Terms)).Key);
        Assert.Equal("Notice.ResolvedCannotEscalate", Assert.Throws<DomainException>(() => resolved.EscalateNow(D(10, 30), Terms)).Key);
        Assert.Equal("Notice.EscalationBeforeStep", Assert.Throws<DomainException>(() => yellow.EscalateNow(D(10, 10), Terms)).Key);
        Assert.Equal((D(11, 1), (DateOnly?)null, (DateOnly?)null), (red.FixDeadline, resolved.YellowWarningOn, yellow.RedCardOn));
        Assert.Equal(D(10, 21), yellow.FixDeadline);
    }
}

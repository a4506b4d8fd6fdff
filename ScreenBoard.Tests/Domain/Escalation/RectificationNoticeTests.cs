using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Escalation;

public sealed class RectificationNoticeTests
{
    private static readonly DateOnly Issued = new(2026, 4, 10);
    private static readonly DateOnly Fix = new(2026, 4, 20);

    private static RectificationNotice NewNotice() => new(Build.Unit(), null, "进度滞后", Issued, Fix, "督查室");

    [Fact]
    public void FixDeadlineBeforeIssue_IsRefused() =>
        Assert.Throws<DomainException>(() => new RectificationNotice(Build.Unit(), null, "进度滞后", Issued, Issued.AddDays(-1), "督查室"));

    [Fact]
    public void Escalate_AfterFixDeadline_ClimbsToYellowThenRed()
    {
        var notice = NewNotice();

        var first = notice.Escalate(new DateOnly(2026, 4, 25), new DateOnly(2026, 5, 10));
        var second = notice.Escalate(new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 31));

        Assert.Equal((LadderStep.YellowWarning, LadderStep.RedCard), (first, second));
        Assert.Equal(new DateOnly(2026, 4, 25), notice.YellowWarningOn);
        Assert.Equal(new DateOnly(2026, 5, 11), notice.RedCardOn);
    }

    [Fact]
    public void Escalate_OnOrBeforeFixDeadline_IsRefused()
    {
        var notice = NewNotice();

        Assert.Throws<DomainException>(() => notice.Escalate(Fix, Fix.AddDays(10)));
        Assert.Equal(LadderStep.RectificationNotice, notice.Step);
    }

    [Fact]
    public void Escalate_PastRedCard_IsRefused()
    {
        var notice = NewNotice();
        notice.Escalate(new DateOnly(2026, 4, 25), new DateOnly(2026, 5, 10));
        notice.Escalate(new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 31));

        Assert.Throws<DomainException>(() => notice.Escalate(new DateOnly(2026, 6, 5), new DateOnly(2026, 6, 30)));
    }

    [Fact]
    public void Escalate_AResolvedNotice_IsRefused()
    {
        var notice = NewNotice();
        notice.Resolve(new DateOnly(2026, 4, 18), "已整改");

        Assert.Throws<DomainException>(() => notice.Escalate(new DateOnly(2026, 4, 25), new DateOnly(2026, 5, 10)));
    }

    [Fact]
    public void Resolve_BeforeLastStep_IsRefused()
    {
        var notice = NewNotice();
        notice.Escalate(new DateOnly(2026, 4, 25), new DateOnly(2026, 5, 10));

        Assert.Throws<DomainException>(() => notice.Resolve(new DateOnly(2026, 4, 24), "已整改"));
        Assert.False(notice.IsResolved);
    }

    [Fact]
    public void StepOn_ReportsTheStepReachedByThatDate()
    {
        var notice = NewNotice();
        notice.Escalate(new DateOnly(2026, 4, 25), new DateOnly(2026, 5, 10));

        Assert.Null(notice.StepOn(Issued.AddDays(-1)));
        Assert.Equal(LadderStep.RectificationNotice, notice.StepOn(new DateOnly(2026, 4, 24)));
        Assert.Equal(LadderStep.YellowWarning, notice.StepOn(new DateOnly(2026, 4, 25)));
    }
}

using Bunit;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Components;

public sealed class EscalationAndFreshnessTests : BoardTestContext
{
    private static NoticeRow Notice(int id, LadderStep step, int daysLeft, DateOnly? resolved = null) =>
        new(id, 1, $"单位{id}", "DS-001", "重点项目", "进度滞后", step, new DateOnly(2026, 9, 1), null, null, Rows.AsOf.AddDays(daysLeft), resolved, daysLeft);

    [Fact]
    public void Escalation_ShowsOpenNoticesByStep_WithDaysLeftOrOverdue()
    {
        var notices = new[]
        {
            Notice(1, LadderStep.RectificationNotice, 5), Notice(2, LadderStep.YellowWarning, -3), Notice(3, LadderStep.RedCard, 0),
            Notice(4, LadderStep.RedCard, 9, resolved: new DateOnly(2026, 11, 1)),
        };

        var cut = Render<EscalationBoard>(p => p.Add(c => c.Notices, notices));

        Assert.Equal("1", cut.Find("[data-testid=count-RedCard]").TextContent);
        Assert.Equal("剩余 5 天", cut.Find("[data-notice='1'] [data-testid=days]").TextContent);
        Assert.Equal("超期 3 天", cut.Find("[data-notice='2'] [data-testid=days]").TextContent);
        Assert.Equal("今日到期", cut.Find("[data-notice='3'] [data-testid=days]").TextContent);
        Assert.Empty(cut.FindAll("[data-notice='4']"));
    }

    [Fact]
    public void Freshness_ShowsTheLastUpdateTimeInTheOfficeZone_AndItsAge()
    {
        var cut = Render<FreshnessStrip>(p => p.Add(c => c.LastUpdated, Clock.GetUtcNow()));
        Assert.Equal("最后更新 10:00（刚刚）", cut.Find("[data-testid=last-update]").TextContent);

        Clock.Advance(TimeSpan.FromMinutes(7));

        cut.WaitForAssertion(() => Assert.Equal("最后更新 10:00（7 分钟前）", cut.Find("[data-testid=last-update]").TextContent));
    }

    [Fact]
    public void Freshness_CarriesTheDisconnectedMark_ThatTheBrowserShowsWithoutAModal()
    {
        var cut = Render<FreshnessStrip>(p => p.Add(c => c.LastUpdated, Clock.GetUtcNow()));

        var lost = cut.Find("[data-testid=connection-lost]");

        // Blazor toggles its reconnect classes on the element with this id; screen.js writes the time.
        Assert.Equal("components-reconnect-modal", lost.Id);
        Assert.Contains("连接中断", lost.TextContent);
        Assert.NotNull(lost.QuerySelector("#sb-lost-time"));
        Assert.Equal("SPAN", lost.TagName);
    }
}

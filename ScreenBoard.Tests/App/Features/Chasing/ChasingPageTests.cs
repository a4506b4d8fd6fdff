using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Chasing;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Chasing;

/// <summary>The office's /chasing page: 立即催办 runs the daily check for today and lists what each unit must do.</summary>
public sealed class ChasingPageTests : BoardTestContext
{
    private readonly ChasingRig _rig = new();

    public ChasingPageTests()
    {
        Services.AddSingleton(_rig.Job);
        Services.AddSingleton(_rig.Queries);
    }

    private IRenderedComponent<ChasingPage> RenderAs(string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(role.ToLowerInvariant());
        auth.SetClaims(new System.Security.Claims.Claim(ScreenBoard.App.Features.Accounts.ScreenBoardClaims.Role, role));
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        return Render<ChasingPage>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _rig.Dispose();
    }

    [Fact]
    public void ChaseNow_ListsTheNewReminders_InChinese_AndAgainChangesNothing()
    {
        var cut = RenderAs("Office");
        cut.WaitForElement("[data-testid='chasing-empty']");

        cut.Find("[data-action='chase-now']").Click();
        cut.WaitForElement("[data-reminder]");
        cut.Find("[data-action='chase-now']").Click();
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-action='chase-now']").HasAttribute("disabled")));

        // Today is 2026-11-25 (the context's clock): the returned report waits 176 days, the milestone and deadline are long past.
        var returned = cut.Find("[data-task='T-RT'][data-kind='ReturnedNotResubmitted']");
        Assert.Contains("退回未重报", returned.TextContent, StringComparison.Ordinal);
        Assert.Contains("进度报送于 2026-06-02 被退回，已 176 天未重新报送，请修改后重报。", returned.TextContent, StringComparison.Ordinal);
        Assert.Contains("已 208 天未报送进展（上次报送或开始日期：2026-05-01），请及时报送。", cut.Find("[data-task='T-NR']").TextContent, StringComparison.Ordinal);
        Assert.Equal(6, cut.FindAll("[data-reminder]").Count);
        Assert.Empty(cut.FindAll("[data-task='T-CL'], [data-task='T-CP']"));
        Assert.Equal(6, _rig.Reminders().Count);
    }

    [Fact]
    public void AReportersCircuit_ClickingChaseNow_IsRefused_AndRaisesNothing()
    {
        var cut = RenderAs("Reporter");
        cut.WaitForElement("[data-testid='chasing-empty']"); // the first load is over: the button is the one that stays

        cut.Find("[data-action='chase-now']").Click();

        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-action='chase-now']").HasAttribute("disabled")));
        Assert.Empty(_rig.Reminders());
    }
}

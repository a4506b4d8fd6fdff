using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Inbox;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.App.Features.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Inbox;

/// <summary>待我处理: each role's count, the badge in the app bar, live after a change.</summary>
public sealed class PendingWorkTests : BoardTestContext
{
    private readonly InboxScenario _s = new();

    public PendingWorkTests()
    {
        Services.AddSingleton(_s.Inbox);
        Services.AddSingleton<IPendingWorkSource>(_s.Inbox);
        Services.AddSingleton<IBoardNotifier>(_s.Services.Notifier);
        Services.AddScoped<PendingWork>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _s.Dispose();
    }

    /// <summary>Another feature's source (e.g. 催办 items): the count is the sum of every registered source.</summary>
    private sealed class Three : IPendingWorkSource
    {
        public Task<int> CountAsync(Actor actor, CancellationToken cancellationToken = default) => Task.FromResult(actor.Role == ActorRole.Reporter ? 3 : 0);
    }

    [Fact]
    public async Task EachRole_CountsWhatWaitsForIt_SummedOverTheSources()
    {
        var pending = new PendingWork([_s.Inbox, new Three()]);

        Assert.Equal(3, await pending.CountAsync(InboxScenario.Office));
        Assert.Equal(2, await pending.CountAsync(_s.Reviewer("NYJ")));
        Assert.Equal(1, await pending.CountAsync(_s.Reviewer("JYJ")));
        Assert.Equal(3, await pending.CountAsync(_s.Reporter("QSZ")));
        Assert.Equal(0, await pending.CountAsync(InboxScenario.Leader));
        Assert.Equal(("reports", "reports", "my-tasks", null), (PendingWork.InboxOf(InboxScenario.Office), PendingWork.InboxOf(_s.Reviewer("NYJ")), PendingWork.InboxOf(_s.Reporter("QSZ")), PendingWork.InboxOf(InboxScenario.Leader)));
    }

    [Fact]
    public async Task TheBadge_ShowsTheReviewersCount_LinksToTheInbox_AndChangesWhenAReportIsReviewed()
    {
        var cut = RenderAs("Reviewer", _s.UnitIds["NYJ"]);
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=pending-work]").GetAttribute("data-count")));
        var badge = cut.Find("[data-testid=pending-work]");
        Assert.Equal(("2", "reports"), (badge.GetAttribute("data-count"), badge.GetAttribute("href")));
        Assert.Contains("待我处理", badge.TextContent, StringComparison.Ordinal);
        Assert.Contains("2", cut.Find(".mud-badge").TextContent, StringComparison.Ordinal);

        var item = (await _s.Inbox.PageAsync(_s.Reviewer("NYJ"), new InboxQuery())).Items[0];
        Assert.True((await _s.Commands.ReviewAsync(item.ReportId, item.Version, _s.Reviewer("NYJ"))).Succeeded);
        _s.Services.Clock.Advance(TimeSpan.FromMilliseconds(200));

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=pending-work]").GetAttribute("data-count")));
    }

    [Theory]
    [InlineData("Office", null, "3", "reports")]
    [InlineData("Reporter", "QSZ", "0", "my-tasks")]
    [InlineData("Leader", null, null, null)]
    public void TheBadge_ShowsEachRolesCount_AndLinksToItsInbox_ALeaderHasNone(string role, string? unit, string? count, string? href)
    {
        var cut = RenderAs(role, unit is null ? null : _s.UnitIds[unit]);

        cut.WaitForAssertion(() =>
        {
            var badges = cut.FindAll("[data-testid=pending-work]");
            Assert.Equal((count, href), (badges.SingleOrDefault()?.GetAttribute("data-count"), badges.SingleOrDefault()?.GetAttribute("href")));
        });
    }

    [Fact]
    public void NobodySignedIn_SeesNoBadge()
    {
        var auth = AddAuthorization();
        auth.SetNotAuthorized();
        Assert.Empty(Render<PendingWorkBadge>().FindAll("[data-testid=pending-work]"));
    }

    private IRenderedComponent<PendingWorkBadge> RenderAs(string role, int? unitId)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(role.ToLowerInvariant());
        var claims = new List<Claim> { new(ScreenBoardClaims.Role, role) };
        if (unitId is { } unit)
        {
            claims.Add(new Claim(ScreenBoardClaims.Unit, unit.ToString(CultureInfo.InvariantCulture)));
        }

        auth.SetClaims([.. claims]);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<PendingWorkBadge>();
    }
}

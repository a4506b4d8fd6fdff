using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>The app on Kestrel with <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> and a 1-second revalidation.</summary>
public sealed class SessionHost : BrowserHost
{
    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings =>
    [
        new("Accounts:RevalidationSeconds", "1"),
        new("FORWARDEDHEADERS_ENABLED", "true"),
    ];
}

/// <summary>Sessions in a real browser and over real TCP: an open page of a disabled account, a spoofed client address.</summary>
[Collection(AppCollection.Name)]
public sealed class SessionTests(SessionHost host) : IClassFixture<SessionHost>
{
    private const string Password = "Start-2026!";

    [Fact]
    public async Task AnOpenOfficePage_OfAnAccountDisabledMeanwhile_GoesToTheSignInPage_WithoutAReload()
    {
        var name = await NewOfficeAccountAsync();
        var page = await (await host.Browser.NewContextAsync()).NewPageAsync();
        await host.SignInAsync(page, name, Password);
        await page.GotoAsync(new Uri(host.BaseAddress, "quarters").ToString());
        await page.WaitForSelectorAsync("html[data-circuit=up]", new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("[data-action=compute-last]")).ToBeVisibleAsync();

        var result = await host.Services.GetRequiredService<AccountCommands>().SetDisabledAsync(new Actor("office", ActorRole.Office, null, "127.0.0.1"), name, disabled: true);

        Assert.True(result.Succeeded);
        await page.WaitForURLAsync(url => url.Contains(AccountRoutes.Login, StringComparison.Ordinal), new() { Timeout = 15_000 });
        await page.GotoAsync(new Uri(host.BaseAddress, "quarters").ToString());
        Assert.Contains(AccountRoutes.Login, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XForwardedFor_FromAClientThatIsNoKnownProxy_IsIgnored_TheAuditHasTheRealAddress()
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        var response = await SignInClient.PostLoginAsync(client, "leader", SignInClient.DemoPassword);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ScreenBoardDbContext>>().CreateDbContextAsync();
        var signIn = await db.AuditEntries.Where(a => a.Action == "SignIn" && a.Actor == "leader").OrderBy(a => a.Id).LastAsync();
        Assert.Equal("127.0.0.1", signIn.ClientAddress);
    }

    private async Task<string> NewOfficeAccountAsync()
    {
        var name = "s-" + Guid.NewGuid().ToString("N")[..8];
        var (result, _) = await host.Services.GetRequiredService<AccountCommands>()
            .CreateAsync(Actor.System("test"), new NewAccount(name, "测试督查室", ActorRole.Office, null), Password, mustChangePassword: false);
        Assert.True(result.Succeeded);
        return name;
    }
}

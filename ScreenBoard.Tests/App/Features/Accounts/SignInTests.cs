using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Accounts;

/// <summary>Signing in through the real form: lockout, the forced first password change, the audit of both, foreign hosts.</summary>
[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Password = "Start-2026!";

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenTheRightPasswordIsRefusedThen()
    {
        var name = await NewAccountAsync(ActorRole.Leader, mustChangePassword: false);
        using var client = await SignInClient.CreateAsync(factory, null);
        for (var i = 0; i < 5; i++)
        {
            await SignInClient.PostLoginAsync(client, name, "Wrong-2026!");
        }

        var response = await SignInClient.PostLoginAsync(client, name, Password);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账号已锁定，请 15 分钟后再试", html);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(6, await AuditCountAsync("SignInFailed", name));
    }

    [Fact]
    public async Task ANewAccount_IsLedToChangePassword_UntilItHasChangedIt()
    {
        var name = await NewAccountAsync(ActorRole.Office, mustChangePassword: true);
        using var client = await SignInClient.CreateAsync(factory, null);

        var signIn = await SignInClient.PostLoginAsync(client, name, Password);
        var office = await client.GetAsync("/quarters");

        Assert.Equal(AccountRoutes.ChangePassword, PathOf(signIn));
        Assert.Equal(AccountRoutes.ChangePassword, PathOf(office));

        var form = SignInClient.HiddenFields(await client.GetStringAsync(AccountRoutes.ChangePassword));
        form["Input.Current"] = Password;
        form["Input.New"] = form["Input.Confirm"] = "Changed-2026!";
        var changed = WebUtility.HtmlDecode(await (await client.PostAsync(AccountRoutes.ChangePassword, new FormUrlEncodedContent(form))).Content.ReadAsStringAsync());

        Assert.Contains("密码已修改", changed);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quarters")).StatusCode);
        Assert.Equal(1, await AuditCountAsync("SignIn", name));
        Assert.Equal(1, await AuditCountAsync("ChangePassword", name));
    }

    [Fact]
    public async Task ARequestForAnotherHost_IsRefusedWith400()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, AccountRoutes.Login);
        request.Headers.Host = "screenboard.evil.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string? PathOf(HttpResponseMessage redirect) =>
        redirect.Headers.Location is { } location ? new Uri(new Uri("http://localhost"), location).AbsolutePath : null;

    private async Task<string> NewAccountAsync(ActorRole role, bool mustChangePassword)
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..8];
        var (result, _) = await factory.Services.GetRequiredService<AccountCommands>()
            .CreateAsync(Actor.System("test"), new NewAccount(name, "测试", role, null), Password, mustChangePassword);
        Assert.True(result.Succeeded);
        return name;
    }

    private async Task<int> AuditCountAsync(string action, string key)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ScreenBoardDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(a => a.Action == action && a.EntityKey == key);
    }
}

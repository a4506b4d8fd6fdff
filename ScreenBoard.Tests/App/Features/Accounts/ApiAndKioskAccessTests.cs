using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Accounts.Tokens;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Devices;
using ScreenBoard.Domain.Tokens;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Accounts;

/// <summary>
/// The read API takes a valid token (a revoked or expired one fails at once, with a problem document); a
/// screen is refused the API and sees only its own kiosk profile; a stranger is sent to pair, not to sign in.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ApiAndKioskAccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly Actor Office = new("督查室", ActorRole.Office);

    [Fact]
    public async Task Api_WithoutAToken_Is401WithAProblemDocument()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/scores");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Api_WithAReadToken_Is200()
    {
        using var client = await factory.CreateApiClientAsync();

        var response = await client.GetAsync("/api/quarters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithATokenRevokedAMomentAgo_Is401()
    {
        var tokens = factory.Services.GetRequiredService<TokenCommands>();
        var (_, token) = await tokens.IssueAsync("soon-revoked", ApiTokenScope.Read, 30, Office);
        using var client = WithBearer(token!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/quarters")).StatusCode);

        var revoked = await tokens.RevokeAsync("soon-revoked", Office);
        var response = await client.GetAsync("/api/quarters");

        Assert.True(revoked.Succeeded);
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_WithAnExpiredToken_Is401()
    {
        const string secret = "sb_expired-token-of-a-test-000000000000000000";
        _ = factory.Services;
        await using (var db = factory.Database.CreateDbContext())
        {
            db.ApiTokens.Add(new ApiToken("expired", ApiTokenScope.Read, Credentials.Hash(secret), "sb_expi", factory.Clock.GetUtcNow().AddDays(-3), days: 1));
            await db.SaveChangesAsync();
        }

        using var client = WithBearer(secret);
        var response = await client.GetAsync("/api/scores");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_ForAPairedScreen_Is403()
    {
        var secret = await PairedScreenAsync("api-screen", "hall");
        using var client = WithDevice(secret);

        var response = await client.GetAsync("/api/scores");

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Kiosk_WithoutAScreenOrPerson_RedirectsToPairing_NeverToASignInPage()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/kiosk/hall");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kiosk/pair", PathOf(response));
    }

    [Fact]
    public async Task PairingPage_ShowsNoData()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/kiosk/pair"));

        Assert.Contains("配对此屏幕", html);
        Assert.DoesNotContain("督查清单", html);
    }

    [Fact]
    public async Task APairedScreen_SeesItsProfile_AndIsSentBackFromAnother()
    {
        var secret = await PairedScreenAsync("hall-screen", "hall");
        using var client = WithDevice(secret, redirect: false);

        var own = await client.GetAsync("/kiosk/hall");
        var other = await client.GetAsync("/kiosk/office");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("2026年度市委市政府重点工作督查清单", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("/kiosk/hall", PathOf(other));
    }

    [Fact]
    public async Task ARevokedScreen_IsSentToPairAtOnce_AndLosesItsCookie()
    {
        var secret = await PairedScreenAsync("revoked-screen", "hall");
        await using (var db = factory.Database.CreateDbContext())
        {
            var device = db.Devices.Single(d => d.Name == "revoked-screen");
            device.Revoke(factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        using var client = WithDevice(secret, redirect: false);
        var response = await client.GetAsync("/kiosk/hall");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kiosk/pair", PathOf(response));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sb-device=;", StringComparison.Ordinal));
    }

    private static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { } location && location.IsAbsoluteUri ? location.PathAndQuery : response.Headers.Location?.OriginalString;

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(problem.TryGetProperty("units", out _));
    }

    /// <summary>A screen paired directly in the database (the pairing flow itself is the browser test's).</summary>
    private async Task<string> PairedScreenAsync(string name, string profile)
    {
        var secret = Credentials.NewSecret(string.Empty);
        _ = factory.Services; // started: the database is migrated
        await using var db = factory.Database.CreateDbContext();
        var device = new ScreenDevice(name, null, profile, factory.Clock.GetUtcNow());
        device.Pair(Credentials.Hash(secret), profile, factory.Clock.GetUtcNow());
        db.Devices.Add(device);
        await db.SaveChangesAsync();
        return secret;
    }

    private HttpClient WithBearer(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private HttpClient WithDevice(string secret, bool redirect = true)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = redirect, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"sb-device={secret}");
        return client;
    }
}

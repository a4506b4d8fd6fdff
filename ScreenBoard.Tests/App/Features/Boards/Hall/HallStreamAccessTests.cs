using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.Domain.Devices;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Hall;

/// <summary>Who may hold a hall stream: as for the kiosk page, and a revoked screen loses it within the re-check interval.</summary>
[Collection(AppCollection.Name)]
public sealed class HallStreamAccessTests(HallStreamAccessTests.ClosedHost host) : IClassFixture<HallStreamAccessTests.ClosedHost>
{
    [Fact]
    public async Task Anonymously_TheStreamIsRefused_AndThePageSendsToPairing()
    {
        using var client = host.NewClient(cookie: null);

        var stream = await client.GetAsync("kiosk/hall/stream", HttpCompletionOption.ResponseHeadersRead);
        var page = await client.GetAsync("kiosk/hall");

        Assert.Equal(HttpStatusCode.Forbidden, stream.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/kiosk/pair", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task APairedScreen_GetsItsStream_ARevokedOneLosesIt_AndIsRefusedAfter()
    {
        var (deviceId, secret) = await PairedScreenAsync("stream-screen", "hall");
        using var client = host.NewClient($"{DeviceAuthentication.CookieName}={secret}");
        await using var screen = await SseScreen.ConnectAsync(client, "kiosk/hall/stream");
        await screen.WaitForAsync(_ => true, TimeSpan.FromSeconds(60));
        Assert.Equal(1, host.Services.GetRequiredService<KioskConnections>().CountFor(deviceId));

        await using (var db = host.Database.CreateDbContext())
        {
            db.Devices.Single(d => d.Id == deviceId).Revoke(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        // Re-checked every second here; the bound is generous, not a speed test.
        Assert.True(await screen.EndsWithinAsync(TimeSpan.FromSeconds(30)), "the revoked screen kept its stream");
        var again = await client.GetAsync("kiosk/hall/stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.Equal(0, host.Services.GetRequiredService<KioskConnections>().CountFor(deviceId));
    }

    [Fact]
    public async Task AScreenPairedForAnotherProfile_IsRefused()
    {
        var (_, secret) = await PairedScreenAsync("office-screen", "office");
        using var client = host.NewClient($"{DeviceAuthentication.CookieName}={secret}");

        var stream = await client.GetAsync("kiosk/hall/stream", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Forbidden, stream.StatusCode);
    }

    private async Task<(int Id, string Secret)> PairedScreenAsync(string name, string profile)
    {
        var secret = Credentials.NewSecret(string.Empty);
        await using var db = host.Database.CreateDbContext();
        var device = new ScreenDevice(name, null, profile, DateTimeOffset.UtcNow);
        device.Pair(Credentials.Hash(secret), profile, DateTimeOffset.UtcNow);
        db.Devices.Add(device);
        await db.SaveChangesAsync();
        return (device.Id, secret);
    }

    /// <summary>The app on Kestrel, closed kiosk (pairing or sign-in), screens re-checked every second.</summary>
    public sealed class ClosedHost : AppFactory, IAsyncLifetime
    {
        public Uri BaseAddress { get; private set; } = null!;

        protected override TimeProvider AppClock { get; } = new RunningClock(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Kiosk:AllowAnonymous", "false"),
            new("Kiosk:DeviceRecheckSeconds", "1"),
        ];

        public HttpClient NewClient(string? cookie)
        {
            var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
            if (cookie is not null)
            {
                client.DefaultRequestHeaders.Add("Cookie", cookie);
            }

            return client;
        }

        public Task InitializeAsync()
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            StartServer();
            BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return Task.CompletedTask;
        }

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
    }
}

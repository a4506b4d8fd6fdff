using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.App.Features.Boards.Hall;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Hall;

/// <summary>
/// Hall screens as a broadcast (issue 12): the app on Kestrel at 127.0.0.1, simulated screens as plain
/// server-sent-events connections; a change is made through the write path, as the office makes it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HallBroadcastTests(HallBroadcastTests.StreamHost host) : IClassFixture<HallBroadcastTests.StreamHost>
{
    private const int Screens = 200;
    private static readonly TimeSpan Patiently = TimeSpan.FromSeconds(60);
    private static readonly Actor Office = new("督查室", ActorRole.Office, null, "127.0.0.1");

    [Fact]
    public async Task TwoHundredHallScreens_AllReceiveOneChange_RenderedOncePerChange()
    {
        using var client = host.NewClient();
        var screens = await Task.WhenAll(Enumerable.Range(0, Screens).Select(_ => SseScreen.ConnectAsync(client, "kiosk/hall/stream")));
        try
        {
            var first = await Task.WhenAll(screens.Select(s => s.WaitForAsync(_ => true, Patiently)));
            Assert.Equal(Screens, host.Broadcaster.ListenersOf("hall"));
            var renders = host.Broadcaster.RendersOf("hall");
            var version = host.Notifier.Version;

            var (unit, row, _) = await AcceptAReportAsync();
            Assert.DoesNotMatch(row, first[0].Html);

            var received = await Task.WhenAll(screens.Select(s => s.WaitForAsync(f => f.Version > first[0].Version && row.IsMatch(f.Html), Patiently)));

            Assert.All(received, frame => Assert.Equal(received[0].Html, frame.Html));
            Assert.All(received, frame => Assert.Equal(frame.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), frame.Id));
            var changes = host.Notifier.Version - version;
            var rendered = host.Broadcaster.RendersOf("hall") - renders;
            Assert.InRange(rendered, 1, changes);
            Assert.Contains($"data-unit=\"{unit}\"", received[0].Html);

            // A change travels as the slides that changed; put together with the kept ones it is exactly
            // the board a screen connecting now receives whole.
            Assert.All(first, frame => Assert.Null(frame.Base));
            Assert.Contains(received, frame => frame.Base is not null && frame.SlidesSent < first[0].SlidesSent);
            await using var late = await SseScreen.ConnectAsync(client, "kiosk/hall/stream");
            var whole = await late.WaitForAsync(_ => true, Patiently);
            Assert.Null(whole.Base);
            Assert.Equal(received[0].Version, whole.Version);
            Assert.Equal(received[0].Html, whole.Html);
        }
        finally
        {
            await Task.WhenAll(screens.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task AScreenThatReconnects_GetsTheCurrentVersionAtOnce()
    {
        using var client = host.NewClient();
        await using (var before = await SseScreen.ConnectAsync(client, "kiosk/hall/stream"))
        {
            await before.WaitForAsync(_ => true, Patiently);
        }

        // Connect once the batch carrying the acceptance is out: any version before it may lack the change.
        var (_, row, carried) = await AcceptAReportAsync();
        var current = host.Notifier.Version;

        await using var again = await SseScreen.ConnectAsync(client, "kiosk/hall/stream");
        var frame = await again.WaitForAsync(_ => true, Patiently);

        Assert.Matches(row, frame.Html);
        Assert.InRange(frame.Version, Math.Max(carried, current), long.MaxValue);
    }

    [Fact]
    public async Task ThePage_IsStatic_WithTheBoardAndItsVersion_AndNoBlazorScript()
    {
        using var client = host.NewClient();

        var html = await client.GetStringAsync("kiosk/hall");

        Assert.Contains("id=\"hall-board\"", html);
        Assert.Matches("id=\"hall-board\"[^>]*data-version=\"\\d+\"", html);
        Assert.Contains("督查清单", html);
        Assert.Contains("js/hall.js", html);
        Assert.DoesNotContain("blazor.web.js", html);
    }

    [Fact]
    public async Task TheOfficeProfile_StaysALiveBlazorPage_WithNoStream()
    {
        using var client = host.NewClient();

        var page = await client.GetStringAsync("kiosk/office");
        var stream = await client.GetAsync("kiosk/office/stream");

        Assert.Contains("blazor.web.js", page);
        Assert.DoesNotContain("hall-board", page);
        Assert.Equal(HttpStatusCode.NotFound, stream.StatusCode);
    }

    /// <summary>
    /// Accepts the first waiting report through the command; returns the lead unit, a pattern of its row as now ranked,
    /// and the notifier's version of the batch that carries the acceptance (another batch, such as the listener's, may
    /// go out between the write and it).
    /// </summary>
    private async Task<(string Unit, Regex Row, long Announced)> AcceptAReportAsync()
    {
        var services = host.Services;
        var item = (await services.GetRequiredService<ReportInbox>().PageAsync(Office, new InboxQuery())).Items.First();
        var announced = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        long version;
        using (host.Notifier.Subscribe(batch =>
        {
            if (batch.Changes.Any(c => c.Kind == BoardChangeKind.Task && c.TaskId == item.TaskId))
            {
                announced.TrySetResult(batch.Version);
            }

            return Task.CompletedTask;
        }))
        {
            var accepted = await services.GetRequiredService<ReportCommands>().AcceptAsync(item.ReportId, item.Version, Office);
            Assert.True(accepted.Succeeded, accepted.MessageKey);
            version = await announced.Task.WaitAsync(Patiently);
        }

        var board = await services.GetRequiredService<BoardQueries>().ForAsync(services.GetRequiredService<OfficeClock>().Today);
        var unit = board.Units.Single(u => u.UnitId == board.Tasks.Single(t => t.Code == item.TaskCode).LeadUnitId);
        var row = new Regex($"class=\"unit-table__row\"[^>]*data-unit=\"{Regex.Escape(unit.Code)}\"[^>]*data-score=\"{Regex.Escape(Display.Score(unit.Score))}\"[\\s\\S]*?data-actual=\"{Regex.Escape(Display.CssPercent(unit.Actual))}\"");
        return (unit.Code, row, version);
    }

    /// <summary>The app on Kestrel (a free port), open kiosk, on a clock that runs.</summary>
    public class StreamHost : AppFactory, IAsyncLifetime
    {
        public Uri BaseAddress { get; private set; } = null!;

        public HallBroadcaster Broadcaster => Services.GetRequiredService<HallBroadcaster>();

        public IBoardNotifier Notifier => Services.GetRequiredService<IBoardNotifier>();

        protected override TimeProvider AppClock { get; } = new RunningClock(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Kiosk:AllowAnonymous", "true")];

        /// <summary>A client that opens as many connections as it has requests (one per simulated screen).</summary>
        public HttpClient NewClient() => new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };

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

using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Tests.App.Features.Boards.Hall;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Live;

/// <summary>
/// The run of a change's path at start (<see cref="ChangePathWarmUp"/>) is invisible: a hall screen connected before it
/// receives nothing from it (no frame repeats a version), and the next real change still reaches the screen as a
/// change relative to the frame it has.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ChangePathWarmUpTests(ChangePathWarmUpTests.WarmUpHost host) : IClassFixture<ChangePathWarmUpTests.WarmUpHost>
{
    private static readonly TimeSpan Patiently = TimeSpan.FromSeconds(60);
    private static readonly Actor Office = new("督查室", ActorRole.Office, null, "127.0.0.1");

    [Fact]
    public async Task TheWarmUp_SendsNothing_AndTheNextChangeArrivesRelativeToTheFrameTheScreenHas()
    {
        using var client = host.NewClient();
        await using var screen = await SseScreen.ConnectAsync(client, "kiosk/hall/stream");
        var first = await screen.WaitForAsync(_ => true, Patiently);
        var warmUp = host.Services.GetRequiredService<ChangePathWarmUp>();

        await warmUp.Done.WaitAsync(Patiently);
        Assert.True(warmUp.Ran, "the path of a change did not run to its end at start");
        var last = screen.Frames[^1];
        var item = (await host.Services.GetRequiredService<ReportInbox>().PageAsync(Office, new InboxQuery())).Items.First();
        var accepted = await host.Services.GetRequiredService<ReportCommands>().AcceptAsync(item.ReportId, item.Version, Office);
        Assert.True(accepted.Succeeded, accepted.MessageKey);
        var changed = await screen.WaitForAsync(f => f.Sequence > last.Sequence, Patiently);

        // The warm-up moves no version, so a frame of its own would repeat the version before it. (The start-up's own
        // catch-ups may change the board too, each with a version of its own.)
        var frames = screen.Frames;
        for (var i = 1; i < frames.Count; i++)
        {
            Assert.True(frames[i].Version > frames[i - 1].Version, $"frame {i}: version {frames[i].Version} after {frames[i - 1].Version}");
        }

        // The real change after it travels as a change relative to the frame the screen has, not as a whole board.
        Assert.Equal(last.Sequence, changed.Base);
        Assert.True(changed.SlidesSent < first.SlidesSent, $"the change carried {changed.SlidesSent} of {first.SlidesSent} slides");
    }

    /// <summary>The hall stream host with the warm-up on, late enough that the test's screen is connected before it.</summary>
    public sealed class WarmUpHost : HallBroadcastTests.StreamHost
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [.. base.Settings, new("Live:WarmUpSeconds", "10")];
    }
}

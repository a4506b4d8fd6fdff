using System.Diagnostics;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Hall;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>
/// Once, <see cref="LiveOptions.WarmUpSeconds"/> after a start (after the board's first read, off the first answers'
/// path): runs the path a change takes to the screens without a change — one task's facts and one unit's notices read
/// and applied (<see cref="BoardCache.WarmUpAsync"/>), a hall profile rendered again and encoded against its frame
/// (<see cref="HallBroadcaster.WarmUpAsync"/>) — and drops the results. Those steps' first run compiles their queries
/// and code; without it the first change after a restart paid that: 0.6–0.7 s more on a busy two-core machine
/// before it reached a screen than the next change (93 ms), measured in <c>TwoServersTests</c> (docs/decisions/030).
/// </summary>
public sealed class ChangePathWarmUp(
    StartupGate gate, BoardCache cache, HallBroadcaster hall, OfficeClock clock, IOptions<LiveOptions> options, TimeProvider timeProvider, ILogger<ChangePathWarmUp> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done when the warm-up has run (or was off, or failed: it is logged and changes nothing).</summary>
    public Task Done => _done.Task;

    /// <summary>True once the path has run to its end.</summary>
    public bool Ran { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var delay = TimeSpan.FromSeconds(options.Value.WarmUpSeconds);
            if (delay <= TimeSpan.Zero || !await gate.WaitAsync(stoppingToken))
            {
                return;
            }

            await gate.FirstBoard.WaitAsync(stoppingToken);
            await Task.Delay(delay, timeProvider, stoppingToken);
            var started = Stopwatch.GetTimestamp();
            await cache.WarmUpAsync(clock.Today);
            await hall.WarmUpAsync();
            Ran = true;
            logger.LogInformation("The path of a change ran once without one in {Milliseconds:F0} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception ex)
        {
            // Only the first change after the start is slower for it.
            logger.LogWarning(ex, "Running the path of a change once at start failed");
        }
        finally
        {
            _done.TrySetResult();
        }
    }
}

using System.Diagnostics;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>Real time that started at a chosen instant: timers fire as usual, "today" is the test's date.</summary>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public override DateTimeOffset GetUtcNow() => start + _elapsed.Elapsed;
}

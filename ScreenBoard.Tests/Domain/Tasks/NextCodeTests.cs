using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Tasks;

/// <summary>The next free code of a series (PS-2026-001 …): one above the highest taken, whatever the gaps.</summary>
public sealed class NextCodeTests
{
    [Fact]
    public void AnEmptySeries_StartsAtOne()
    {
        var list = Build.List();
        Build.Task(list, code: "DS-001");

        Assert.Equal("PS-2026-001", list.NextCode("PS"));
    }

    [Fact]
    public void ASeriesWithGaps_ContinuesAfterItsHighest()
    {
        var list = Build.List();
        var unit = Build.Unit();
        Build.Task(list, unit, code: "RX-2026-002");
        Build.Task(list, unit, code: "rx-2026-009");
        Build.Task(list, unit, code: "RX-2025-050");
        Build.Task(list, unit, code: "RX-2026-01A");

        Assert.Equal("RX-2026-010", list.NextCode("RX"));
    }
}

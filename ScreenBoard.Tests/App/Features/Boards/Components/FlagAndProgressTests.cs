using Bunit;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Components;

public sealed class FlagAndProgressTests : BoardTestContext
{
    [Theory]
    [InlineData(ProgressStatus.CompletedOnTime, "按期完成")]
    [InlineData(ProgressStatus.CompletedLate, "逾期完成")]
    [InlineData(ProgressStatus.Overdue, "逾期")]
    [InlineData(ProgressStatus.Ahead, "超序时")]
    [InlineData(ProgressStatus.Lagging, "滞后")]
    [InlineData(ProgressStatus.OnSchedule, "序时")]
    public void FlagChip_ShowsItsLabelAndAnIcon_NeverColourAlone(ProgressStatus status, string label)
    {
        var cut = Render<FlagChip>(p => p.Add(c => c.Status, status));

        Assert.Equal(label, cut.Find(".flag-chip__label").TextContent);
        Assert.NotNull(cut.Find("svg.flag-chip__icon"));
        Assert.Contains(FlagLegend.Defaults[status].Color, cut.Find("svg.flag-chip__icon").GetAttribute("style"));
    }

    [Fact]
    public void TaskProgressBar_PutsTheExpectedMarkerAtX_AndWritesBothPercentages()
    {
        var cut = Render<TaskProgressBar>(p => p.Add(c => c.Actual, 0.30m).Add(c => c.Expected, 119m / 364m));

        Assert.Equal("left:32.69%", cut.Find(".progress__expected").GetAttribute("style"));
        Assert.Equal("实际 30% · 序时 33%", cut.Find(".progress__text").TextContent);
    }

    [Fact]
    public void TaskProgressBar_ClampsTheMarkerToTheBar()
    {
        var cut = Render<TaskProgressBar>(p => p.Add(c => c.Actual, 0m).Add(c => c.Expected, 1m));

        Assert.Equal("left:100%", cut.Find(".progress__expected").GetAttribute("style"));
    }
}

/// <summary>A locality where red means "bad": the legend is configuration, and the chip follows it.</summary>
public sealed class ConfiguredLegendTests() : BoardTestContext(new FlagLegend(new Dictionary<ProgressStatus, FlagStyle>
{
    [ProgressStatus.Lagging] = new("落后", "Behind", "#d32f2f", "warning"),
}))
{
    [Fact]
    public void FlagChip_UsesTheConfiguredLabelColourAndIcon()
    {
        var cut = Render<FlagChip>(p => p.Add(c => c.Status, ProgressStatus.Lagging));

        Assert.Equal("落后", cut.Find(".flag-chip__label").TextContent);
        Assert.Contains("#d32f2f", cut.Find("svg.flag-chip__icon").GetAttribute("style"));
        Assert.Equal(MudBlazor.Icons.Material.Filled.Warning, FlagChip.IconOf("warning"));
        Assert.Contains(LastPath(MudBlazor.Icons.Material.Filled.Warning), cut.Find("svg.flag-chip__icon").InnerHtml);
    }

    private static string LastPath(string svg) => svg[(svg.LastIndexOf("d=\"", StringComparison.Ordinal) + 3)..].Split('"')[0];
}

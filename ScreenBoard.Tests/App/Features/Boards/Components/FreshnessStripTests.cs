using Bunit;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Components;

/// <summary>The strip ages on the server's clock while connected; its data-* let the page go on ageing it while not.</summary>
public sealed class FreshnessStripTests : BoardTestContext
{
    [Theory]
    [InlineData(0.5, "最后更新 10:00（刚刚）")]
    [InlineData(1, "最后更新 10:00（1 分钟前）")]
    [InlineData(59, "最后更新 10:00（59 分钟前）")]
    [InlineData(60, "最后更新 10:00（1 小时前）")]
    [InlineData(185, "最后更新 10:00（3 小时前）")]
    public void Strip_OnTheFakeClock_AgesByItself(double minutes, string expected)
    {
        var cut = Render<FreshnessStrip>(p => p.Add(c => c.LastUpdated, Clock.GetUtcNow()));

        Clock.Advance(TimeSpan.FromMinutes(minutes));

        cut.WaitForAssertion(() => Assert.Equal(expected, cut.Find("[data-testid=last-update]").TextContent));
    }

    [Fact]
    public void Strip_CarriesTheUpdateInstant_AndItsPhrases_ForThePageToAgeWhileDisconnected()
    {
        var updated = Clock.GetUtcNow().AddMinutes(-3);

        var cut = Render<FreshnessStrip>(p => p.Add(c => c.LastUpdated, updated));

        var strip = cut.Find("[data-testid=freshness]");
        Assert.Equal(updated.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), strip.GetAttribute("data-updated"));
        Assert.Equal("最后更新 {0}（{1}）", strip.GetAttribute("data-line"));
        Assert.Equal("刚刚", strip.GetAttribute("data-just-now"));
        Assert.Equal("{0} 分钟前", strip.GetAttribute("data-minutes-ago"));
        Assert.Equal("{0} 小时前", strip.GetAttribute("data-hours-ago"));
        Assert.Equal("最后更新 09:57（3 分钟前）", cut.Find(".freshness__text").TextContent);
    }
}

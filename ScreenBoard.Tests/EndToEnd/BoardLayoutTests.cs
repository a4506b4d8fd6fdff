using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.App.Features.List;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// The demo list with three units renamed to very long names (the top of the ranking, the lead unit of the most
/// urgent task, the unit of the first red card), so that a long name is on the first page of every board.
/// </summary>
public sealed class LongNamesHost : BrowserHost
{
    /// <summary>Longer than any real 单位 name: it has to wrap on every layout.</summary>
    public const string Suffix = "（市粮食和物资储备局、市国防动员办公室、市推进区域一体化发展领导小组办公室）";

    private readonly Lazy<Task> _renamed;

    /// <summary>A wall in the hall's type size that turns a page every 5 seconds (a touch profile: a circuit of its own).</summary>
    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings =>
    [
        new("Kiosk:Profiles:wall:Interactive", "true"),
        new("Kiosk:Profiles:wall:Scale", "1.15"),
        new("Kiosk:Profiles:wall:RotationSeconds", "5"),
    ];

    public LongNamesHost() => _renamed = new Lazy<Task>(RenameAsync);

    /// <summary>Renames the units once, through the office's own command (so every board hears of it).</summary>
    public Task LongNamesAsync() => _renamed.Value;

    private async Task RenameAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ScreenBoardDbContext>>().CreateDbContextAsync();
        var units = await db.Units.Include(u => u.ReviewingUnit).Where(u => u.Name == "市发展和改革委员会" || u.Name == "市工业和信息化局" || u.Name == "市教育局").ToListAsync();
        Assert.Equal(3, units.Count);
        var commands = Services.GetRequiredService<ListCommands>();
        foreach (var unit in units)
        {
            var form = new UnitForm { Code = unit.Code, Name = unit.Name + Suffix, Kind = unit.Kind, CompetentCode = unit.ReviewingUnit?.Code };
            var result = await commands.UpdateUnitAsync(unit.Id, unit.Version, form, TestActors.Office);
            Assert.True(result.Succeeded, result.MessageKey);
        }
    }
}

/// <summary>
/// Boards that fit every wall (issue 12): at 1920×1080, 1080×1920 and 3840×2160, every board on the kiosks and on the
/// board pages shows its text whole — inside the screen, inside its card, never cut or ended with "…" (see
/// <see cref="Geometry"/>). Screenshots go to TestResults/screenshots/layouts.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BoardLayoutTests(LongNamesHost host) : IClassFixture<LongNamesHost>
{
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "TestResults", "screenshots", "layouts");

    public static TheoryData<string, BoardKind, int, int> KioskBoards()
    {
        var data = new TheoryData<string, BoardKind, int, int>();
        foreach (var profile in new[] { "office", "hall" })
        {
            foreach (var board in Enum.GetValues<BoardKind>())
            {
                foreach (var (width, height) in Sizes)
                {
                    data.Add(profile, board, width, height);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, int, int> BoardPages()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var path in new[] { "", "units", "tasks", "escalation", "trend" })
        {
            foreach (var (width, height) in Sizes)
            {
                data.Add(path, width, height);
            }
        }

        return data;
    }

    private static (int Width, int Height)[] Sizes => [(1920, 1080), (1080, 1920), (3840, 2160)];

    [Theory]
    [MemberData(nameof(KioskBoards))]
    public async Task EveryKioskBoard_ShowsItsTextWhole_AtEverySize(string profile, BoardKind board, int width, int height)
    {
        await host.LongNamesAsync();
        var page = await OpenBoardAsync($"kiosk/{profile}?board={board}", board, width, height);

        var cuts = await Geometry.CutTextAsync(page);

        await KeepScreenshotAsync(page, $"kiosk-{profile}-{board}-{width}x{height}");
        Assert.True(cuts.Count == 0, string.Join("\n", cuts));
    }

    [Theory]
    [MemberData(nameof(BoardPages))]
    public async Task EveryBoardPage_ShowsItsTextWhole_AtEverySize(string path, int width, int height)
    {
        await host.LongNamesAsync();
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await host.SignInAsync(page, "leader", SignInClient.DemoPassword);
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForSelectorAsync("[data-board]", new() { Timeout = 60_000 });

        var cuts = await Geometry.CutTextAsync(page, scrolls: true);

        await KeepScreenshotAsync(page, $"page-{(path.Length == 0 ? "overview" : path)}-{width}x{height}", fullPage: true);
        Assert.True(cuts.Count == 0, string.Join("\n", cuts));
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1080, 1920)]
    public async Task TheRanking_ShowsTheLongName_WrappedAndWhole(int width, int height)
    {
        await host.LongNamesAsync();
        var page = await OpenBoardAsync("kiosk/hall?board=Units", BoardKind.Units, width, height);

        var name = page.Locator(".unit-table__name", new() { HasText = LongNamesHost.Suffix }).First;

        await Assertions.Expect(name).ToHaveTextAsync("市发展和改革委员会" + LongNamesHost.Suffix);
        var lines = await name.EvaluateAsync<double>("el => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)");
        Assert.True(lines >= 2, $"{lines} lines");
    }

    [Fact]
    public async Task EveryPageOfTheRanking_FitsTheScreen_AndEveryUnitIsOnOne()
    {
        await host.LongNamesAsync();
        var page = await OpenBoardAsync("kiosk/wall?board=Units", BoardKind.Units, 1920, 1080);
        var pages = int.Parse((await page.Locator(".kiosk").GetAttributeAsync("data-pages"))!, System.Globalization.CultureInfo.InvariantCulture);
        var shown = new List<string>();

        for (var index = 0; index < pages; index++)
        {
            await page.WaitForSelectorAsync($".kiosk[data-page='{index}']", new() { Timeout = 15_000 });
            Assert.Empty(await Geometry.CutTextAsync(page));
            var codes = await page.Locator(".unit-table__row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.unit)");
            Assert.Equal(index.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator(".kiosk").GetAttributeAsync("data-page"));
            shown.AddRange(codes);
        }

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ScreenBoardDbContext>>().CreateDbContextAsync();
        Assert.True(pages > 1, $"{pages} page(s)");
        Assert.Equal((await db.Units.Select(u => u.Code).ToListAsync()).Order(), shown.Order());
    }

    /// <summary>
    /// A kiosk board, once rendered: waits for the board alone (a statically rendered hall page has no circuit), and
    /// for an interactive kiosk to have measured its screen.
    /// </summary>
    private async Task<IPage> OpenBoardAsync(string path, BoardKind board, int width, int height)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForSelectorAsync($"[data-board={board}]", new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => !document.querySelector('.kiosk[data-interactive=false]') || !window.Blazor", null, new() { Timeout = 60_000 });
        return page;
    }

    /// <summary>
    /// A picture for people to look at, not an assertion (the geometry is checked before): a full-page 4K
    /// shot of a long list can take over a minute on a busy machine, and a slow one must not fail the test.
    /// </summary>
    private static async Task KeepScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage, Timeout = 120_000 });
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"screenshot {name} not taken: the browser took over two minutes");
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Setup;

/// <summary>A production install never shows the fictional demo city: an empty database starts empty and says how to import.</summary>
[Collection(AppCollection.Name)]
public sealed class ProductionStartTests
{
    [Fact]
    public async Task ProductionWithAnEmptyDatabase_HasNoListNoSnapshots_AndTheHomePageSaysHowToImport()
    {
        using var factory = new ProductionFactory();
        using var client = await SignInClient.CreateAsync(factory, "office");

        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        await using var db = factory.Database.CreateDbContext();
        Assert.Equal((0, 0, 0), (await db.Lists.CountAsync(), await db.Units.CountAsync(), await db.Snapshots.CountAsync()));
        Assert.Contains("尚无督查清单", home);
        Assert.Contains("在配置中用 Seed:Path 指定它的路径", home);
        Assert.DoesNotContain("青川市", home);
    }

    [Fact]
    public async Task ProductionWithAnExplicitListFile_LoadsIt_ButPublishesNoBriefing()
    {
        using var factory = new ProductionFactory(("Seed:Path", Path.Combine(AppContext.BaseDirectory, "assets", "demo-list.json")));
        using var client = await SignInClient.CreateAsync(factory, "office");

        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        await using var db = factory.Database.CreateDbContext();
        Assert.Equal(1, await db.Lists.CountAsync());
        Assert.Equal(0, await db.Snapshots.CountAsync(h => h.PublishedAt != null));
        Assert.Contains("青川市", home);
        Assert.DoesNotContain("Seed:Path", home);
    }

    private sealed class ProductionFactory(params (string Key, string Value)[] settings) : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
                .Append(new("Jobs:RunServer", "false"))

                // The office signs in without the first-sign-in password change (that is FirstStartTests' subject).
                .Append(new("Accounts:DemoAccounts", "true"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}

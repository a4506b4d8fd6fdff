using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App;

/// <summary>
/// Every Scoring value changed from its default: the boards, the read API and a quarter snapshot
/// agree with each other and with the configured rule, not with the defaults.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ConfiguredRulesTests(ConfiguredRulesTests.App factory) : IClassFixture<ConfiguredRulesTests.App>
{
    [Fact]
    public async Task Api_ScoresEveryTaskAndUnit_WithTheConfiguredRules_OnTodayInTheConfiguredZone()
    {
        using var client = await factory.CreateApiClientAsync();

        var tasks = await client.GetFromJsonAsync<JsonElement>("/api/tasks");
        var scores = await client.GetFromJsonAsync<JsonElement>("/api/scores");

        // 02:00 UTC on 11-25 is still 11-24 in Honolulu.
        Assert.Equal(("2026-11-24", "2026-11-24"), (tasks.GetProperty("asOf").GetString(), scores.GetProperty("asOf").GetString()));
        Assert.Equal(
            [
                "T1:Lagging:落后:96.84",       // 2.8 points behind: Lagging with LagTolerance 0.02 (OnSchedule with 0.05)
                "T2:Lagging:落后:72.61",
                "T3:CompletedLate:逾期完成:60", // LateCompletionPoints 60
                "T4:OnSchedule:序时:100",      // 15.6 points ahead: not Ahead with AheadMargin 0.20
            ],
            tasks.GetProperty("tasks").EnumerateArray().Select(t => $"{t.GetProperty("code")}:{t.GetProperty("status")}:{t.GetProperty("flag")}:{Num(t.GetProperty("points"))}"));
        // U1: 96.84 − (2 + 4 + 7) for a notice that reached 红牌; U2: 86.31 − 2 for a resolved notice.
        Assert.Equal(
            ["1:U2:84.31:2", "2:U1:83.84:13", "3:U3:60:0"],
            scores.GetProperty("units").EnumerateArray().Select(u => $"{u.GetProperty("rank")}:{u.GetProperty("unitCode").GetString()}:{Num(u.GetProperty("score"))}:{Num(u.GetProperty("deductions"))}"));
    }

    [Fact]
    public async Task Boards_ColourEveryBarAndFlag_AsTheApiAndTheConfiguredRuleSay()
    {
        using var client = await SignInClient.CreateAsync(factory, "office");

        var overview = await PageAsync(client, "/");
        var units = await PageAsync(client, "/units");
        var board = await PageAsync(client, "/tasks");

        // The list: X 0.8547, A 0.83, 2.5 points behind — lagging with LagTolerance 0.02.
        Assert.Equal("Lagging", overview.QuerySelector(".kpi--wide .progress")!.GetAttribute("data-status"));
        Assert.Contains("mud-progress-linear-color-warning", overview.QuerySelector(".kpi--wide .progress__track")!.ClassName);
        Assert.Contains("2026-11-24", overview.QuerySelector(".page-header__sub")!.TextContent);
        Assert.Equal(
            ["U2:84.31:1:Lagging", "U1:83.84:2:Lagging", "U3:60.00:3:OnSchedule"],
            units.QuerySelectorAll(".unit-table__row").Select(r =>
                $"{r.GetAttribute("data-unit")}:{r.GetAttribute("data-score")}:{r.GetAttribute("data-rank")}:{r.QuerySelector(".progress")!.GetAttribute("data-status")}"));
        var t1 = board.QuerySelector("[data-task=T1]")!;
        Assert.Equal(("落后", "Lagging"), (t1.QuerySelector(".flag-chip__label")!.TextContent, t1.QuerySelector(".progress")!.GetAttribute("data-status")));
        Assert.Contains("#123456", t1.QuerySelector("svg.flag-chip__icon")!.GetAttribute("style"));
        Assert.Equal("OnSchedule", board.QuerySelector("[data-task=T4] .flag-chip")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task UnitDrillDown_ShowsEveryNoticeThatCostsPoints_TheEscalationBoardOnlyOpenOnes()
    {
        using var client = await SignInClient.CreateAsync(factory, "office");

        var unit = await PageAsync(client, "/units/U2");
        var escalation = await PageAsync(client, "/escalation");

        Assert.Equal(["false"], unit.QuerySelectorAll("[data-notice]").Select(n => n.GetAttribute("data-open")));
        Assert.Equal(["0", "0", "1"], escalation.QuerySelectorAll(".ladder-column__count").Select(c => c.TextContent));
    }

    [Fact]
    public async Task QuarterSnapshot_StoresWhatTheApiShowsOnItsLastDay_WithTheConfiguredRules()
    {
        using var client = await factory.CreateApiClientAsync();
        await factory.Services.GetRequiredService<QuarterCommands>().ComputeAsync(new QuarterId(2026, 3), TestActors.System("test"));

        var snapshot = await client.GetFromJsonAsync<JsonElement>("/api/quarters/2026Q3/scores");
        var scores = await client.GetFromJsonAsync<JsonElement>("/api/scores?asOf=2026-09-30");
        var tasks = await client.GetFromJsonAsync<JsonElement>("/api/tasks?asOf=2026-09-30");

        Assert.Equal(
            scores.GetProperty("units").EnumerateArray().Select(UnitLine).Order(),
            snapshot.GetProperty("units").EnumerateArray().Select(UnitLine).Order());
        Assert.Equal(
            tasks.GetProperty("tasks").EnumerateArray().Select(TaskLine).Order(),
            snapshot.GetProperty("tasks").EnumerateArray().Select(TaskLine).Order());
        Assert.Equal(
            ["T1:Lagging:落后:66.91", "T2:Lagging:落后:0", "T3:CompletedLate:逾期完成:60", "T4:Lagging:落后:0"],
            snapshot.GetProperty("tasks").EnumerateArray().Select(t => $"{t.GetProperty("code")}:{t.GetProperty("status")}:{t.GetProperty("flag")}:{Num(t.GetProperty("points"))}"));
        var parameters = snapshot.GetProperty("ruleParameters").GetString();
        Assert.All(
            ["\"AheadMargin\":0.20", "\"LagTolerance\":0.02", "\"LateCompletionPoints\":60", "\"NoticePoints\":2", "\"YellowWarningPoints\":4", "\"RedCardPoints\":7"],
            p => Assert.Contains(p, parameters));
    }

    private static string UnitLine(JsonElement u) =>
        $"{u.GetProperty("unitCode")}:{u.GetProperty("rank")}:{Num(u.GetProperty("score"))}:{Num(u.GetProperty("base"))}:{Num(u.GetProperty("deductions"))}";

    private static string TaskLine(JsonElement t) =>
        $"{t.GetProperty("code")}:{Num(t.GetProperty("expected"))}:{Num(t.GetProperty("actual"))}:{t.GetProperty("status")}:{t.GetProperty("flag")}:{Num(t.GetProperty("points"))}";

    /// <summary>A number as a value (SQLite stores decimals as text, so 60 may come back as 60.0).</summary>
    private static string Num(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? "—" : value.GetDecimal().ToString("0.####", CultureInfo.InvariantCulture);

    private static async Task<IDocument> PageAsync(HttpClient client, string path) =>
        await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(path));

    /// <summary>The app with every Scoring value changed, no demo list, no job server; a small list built before it starts.</summary>
    public sealed class App : AppFactory
    {
        public App()
        {
            using (var db = Database.CreateDbContext())
            {
                db.Database.Migrate();
            }

            static DateOnly D(int m, int d) => new(2026, m, d);
            var b = new ListBuilder(Database);
            var t1 = b.Task("T1", "U1", D(1, 1), D(12, 31));
            var t2 = b.Task("T2", "U2", D(6, 1), D(12, 31));
            var t3 = b.Task("T3", "U3", D(1, 1), D(6, 30));
            var t4 = b.Task("T4", "U2", D(9, 1), D(12, 31));
            b.Report(t1, D(9, 15), 50).Report(t1, D(11, 20), 87).Report(t2, D(11, 1), 60).Report(t3, D(7, 15), 100).Report(t4, D(11, 10), 85);
            var red = b.Notice("U1", D(3, 1), D(3, 10));
            red.Escalate(D(3, 20), D(4, 1));
            red.Escalate(D(4, 10), D(4, 30));
            b.Notice("U2", D(5, 1), D(5, 10)).Resolve(D(5, 8), "已整改");
            b.Save();
        }

        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Seed:Enabled", "false"),
            new("Jobs:RunServer", "false"),
            new("Scoring:AheadMargin", "0.20"),
            new("Scoring:LagTolerance", "0.02"),
            new("Scoring:LateCompletionPoints", "60"),
            new("Scoring:NoticePoints", "2"),
            new("Scoring:YellowWarningPoints", "4"),
            new("Scoring:RedCardPoints", "7"),
            new("Scoring:TimeZone", "Pacific/Honolulu"),
            new("Scoring:Flags:Lagging:LabelZh", "落后"),
            new("Scoring:Flags:Lagging:LabelEn", "Behind"),
            new("Scoring:Flags:Lagging:Color", "#123456"),
            new("Scoring:Flags:Lagging:Icon", "warning"),
        ];
    }
}

using Microsoft.EntityFrameworkCore;

namespace ScreenBoard.Tests.Domain.Seeding;

/// <summary>A list file is read strictly: each fault is refused with its entry and field named, and nothing is written.</summary>
public sealed class StrictListFileTests : ListFileTestBase
{
    [Theory]
    [InlineData("\"kind\": \"Town\"", "\"kind\": \"Town,Street\"", "units[1] (HXZ).kind")]
    [InlineData("\"kind\": \"Town\"", "\"kind\": \"1\"", "units[1] (HXZ).kind")]
    [InlineData("\"kind\": \"Town\"", "\"kind\": \"town\"", "units[1] (HXZ).kind")]
    [InlineData("\"category\": \"PeopleLivelihood\"", "\"category\": \"Major,Key\"", "tasks[0] (SS-001).category")]
    [InlineData("\"category\": \"PeopleLivelihood\"", "\"category\": \"1\"", "tasks[0] (SS-001).category")]
    [InlineData("\"category\": \"PeopleLivelihood\"", "\"category\": \"peoplelivelihood\"", "tasks[0] (SS-001).category")]
    [InlineData("\"source\": \"AnnualList\"", "\"source\": \"AnnualList,Hotline12345\"", "tasks[0] (SS-001).source")]
    [InlineData("\"source\": \"AnnualList\"", "\"source\": \"0\"", "tasks[0] (SS-001).source")]
    [InlineData("\"source\": \"AnnualList\"", "\"source\": \"ANNUALLIST\"", "tasks[0] (SS-001).source")]
    [InlineData("\"state\": \"Accepted\"", "\"state\": \"Submitted,Accepted\"", "tasks[0] (SS-001).reports[0].state")]
    [InlineData("\"state\": \"Accepted\"", "\"state\": \"2\"", "tasks[0] (SS-001).reports[0].state")]
    [InlineData("\"state\": \"Accepted\"", "\"state\": \"accepted\"", "tasks[0] (SS-001).reports[0].state")]
    public async Task AnEnumValue_MustBeExactlyOneName(string good, string bad, string field)
    {
        var errors = await RefusedAsync(good, bad);

        Assert.Contains(errors, e => e.StartsWith($"{field}: ", StringComparison.Ordinal) && e.Contains("is not one of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"weight\": 1,", "\"weight\": 1, \"milestone\": [],", "tasks[0] (SS-001).milestone: unknown key \"milestone\"")]
    [InlineData("\"resolved\": null", "\"resolved\": null, \"notice\": \"x\"", "notices[0].notice: unknown key \"notice\"")]
    [InlineData("\"title\": \"农村道路提档\"", "\"Title\": \"农村道路提档\"", "tasks[0] (SS-001).Title: unknown key \"Title\"; keys are case-sensitive: \"title\"")]
    [InlineData("\"format\": \"screenboard-list/1\",", "\"format\": \"screenboard-list/1\", \"tasksx\": [],", "tasksx: unknown key \"tasksx\"")]
    public async Task AnUnknownKey_IsNamedWithItsPlace(string good, string bad, string expected)
    {
        var errors = await RefusedAsync(good, bad);

        Assert.Contains(expected, errors.Single());
    }

    [Fact]
    public async Task ADuplicateKey_IsNamedWithItsPlace()
    {
        var errors = await RefusedAsync("\"title\": \"农村道路提档\"", "\"title\": \"农村道路提档\", \"title\": \"另一个标题\"");

        Assert.Equal("tasks[0] (SS-001).title: the key \"title\" appears twice in the same entry.", errors.Single());
    }

    [Theory]
    [InlineData("\"percent\": 30,", "\"percent\": \"30\",", "found the text \"30\"")]
    [InlineData("\"percent\": 30,", "\"percent\": 30.5,", "found the number 30.5")]
    public async Task AWronglyTypedPercent_SaysWhatIsExpected(string good, string bad, string found)
    {
        var errors = await RefusedAsync(good, bad);

        Assert.Equal($"tasks[0] (SS-001).reports[0].percent: expected an integer 0–100, {found}.", errors.Single());
    }

    [Theory]
    [InlineData("\"weight\": 1,", "\"weight\": \"1\",", "tasks[0] (SS-001).weight: expected a number above 0, found the text \"1\".")]
    [InlineData("\"coUnits\": [\"NYJ\"]", "\"coUnits\": \"NYJ\"", "tasks[0] (SS-001).coUnits: expected a list [ … ], found the text \"NYJ\".")]
    [InlineData("\"deadline\": \"06-30\"", "\"deadline\": 630", "tasks[0] (SS-001).deadline: expected a date \"MM-dd\" (text), found the number 630.")]
    [InlineData("\"year\": null", "\"year\": \"2026\"", "list.year: expected a year such as 2026, or null, found the text \"2026\".")]
    [InlineData("\"code\": \"HXZ\"", "\"code\": true", "units[1].code: expected a text, found the value true.")]
    public async Task AnyWronglyTypedValue_NamesItsPathAndExpectedType(string good, string bad, string expected)
    {
        var errors = await RefusedAsync(good, bad);

        Assert.Equal(expected, errors.Single());
    }

    [Fact]
    public async Task CompetentDepartmentsNamingEachOther_AreRefusedWithTheirCodes()
    {
        var errors = await RefusedAsync("\"kind\": \"Department\", \"competent\": null", "\"kind\": \"Department\", \"competent\": \"HXZ\"");

        Assert.Equal("units[0] (NYJ).competent: NYJ → HXZ → NYJ: competent departments in a circle; one of them must be reviewed by none of the others.", errors.Single());
    }

    [Fact]
    public async Task ALongerCompetentCircle_IsRefusedToo()
    {
        var errors = await RefusedAsync(
            "{ \"code\": \"NYJ\", \"name\": \"市农业农村局\", \"kind\": \"Department\", \"competent\": null },",
            "{ \"code\": \"NYJ\", \"name\": \"市农业农村局\", \"kind\": \"Department\", \"competent\": \"FGW\" }, { \"code\": \"FGW\", \"name\": \"市发展改革委\", \"kind\": \"Department\", \"competent\": \"HXZ\" },");

        Assert.StartsWith("units[0] (NYJ).competent: NYJ → FGW → HXZ → NYJ:", errors.Single());
    }

    [Theory]
    [InlineData("\\u202E", "U+202E")]
    [InlineData("\\u0000", "U+0000")]
    [InlineData("\\u2066", "U+2066")]
    [InlineData("\\t", "U+0009")]
    public async Task AControlCharacterInATitle_IsRefused(string escaped, string named)
    {
        var errors = await RefusedAsync("\"title\": \"农村道路提档\"", $"\"title\": \"农村{escaped}道路提档\"");

        Assert.Equal($"tasks[0] (SS-001).title: contains the character {named} at position 3; control and text-direction characters are not allowed.", errors.Single());
    }

    [Theory]
    [InlineData("\\u0000", "U+0000")]
    [InlineData("\\u202D", "U+202D")]
    public async Task AControlCharacterInANarrative_IsRefused(string escaped, string named)
    {
        var errors = await RefusedAsync("\"narrative\": \"设计完成\"", $"\"narrative\": \"设计{escaped}完成\"");

        Assert.StartsWith($"tasks[0] (SS-001).reports[0].narrative: contains the character {named} at position 3;", errors.Single());
    }

    [Fact]
    public async Task ANarrative_MayRunOverLines()
    {
        var path = WriteFile(SmallList.Replace("\"narrative\": \"设计完成\"", "\"narrative\": \"设计完成\\r\\n\\t图纸已报审\"", StringComparison.Ordinal));

        await Loader.LoadAsync(path, 2026);

        await using var db = Database.CreateDbContext();
        Assert.Contains(await db.Reports.Select(r => r.Narrative).ToListAsync(), n => n == "设计完成\r\n\t图纸已报审");
    }

    [Fact]
    public async Task AReportBeforeItsTasksStart_IsRefused()
    {
        var errors = await RefusedAsync("\"start\": \"01-01\"", "\"start\": \"04-01\"");

        Assert.Contains("tasks[0] (SS-001).reports[0].date: 2026-03-20 is before the task's start 2026-04-01.", errors);
    }

    [Fact]
    public async Task EveryProblem_IsReportedAtOnce()
    {
        var errors = await RefusedAsync("\"lead\": \"HXZ\", \"coUnits\": [\"NYJ\"]", "\"lead\": \"XXX\", \"coUnits\": [\"NYJ\", \"YYY\"]");

        Assert.Equal(["tasks[0] (SS-001).lead: no unit with code \"XXX\".", "tasks[0] (SS-001).coUnits: no unit with code \"YYY\"."], errors);
    }
}

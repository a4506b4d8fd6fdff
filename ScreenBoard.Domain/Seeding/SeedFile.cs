using System.Text.Json.Serialization;

namespace ScreenBoard.Domain.Seeding;

/// <summary>
/// The list file format (<c>screenboard-list/1</c>), documented in the README. Dates are "MM-dd"
/// inside the list's year, so the same file describes whichever year it is loaded in.
/// Read strictly (<see cref="SeedReader"/>): a key not named here, a key twice or a value of another type is an error.
/// </summary>
public sealed record SeedFile(
    [property: JsonPropertyName("format")] string? Format,
    [property: JsonPropertyName("list")] SeedList? List,
    [property: JsonPropertyName("units")] IReadOnlyList<SeedUnit>? Units,
    [property: JsonPropertyName("tasks")] IReadOnlyList<SeedTask>? Tasks,
    [property: JsonPropertyName("notices")] IReadOnlyList<SeedNotice>? Notices)
{
    public const string CurrentFormat = "screenboard-list/1";
}

/// <param name="Title">May contain {year}.</param>
/// <param name="Year">Null: the year the file is loaded in.</param>
public sealed record SeedList(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("year"), SeedExpect("Seed.Expect.Year")] int? Year);

public sealed record SeedUnit(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("competent")] string? Competent);

public sealed record SeedTask(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("goal")] string? Goal,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("lead")] string? Lead,
    [property: JsonPropertyName("coUnits")] IReadOnlyList<string>? CoUnits,
    [property: JsonPropertyName("leader")] string? Leader,
    [property: JsonPropertyName("supervisor")] string? Supervisor,
    [property: JsonPropertyName("start"), SeedExpect(SeedExpectAttribute.Date)] string? Start,
    [property: JsonPropertyName("deadline"), SeedExpect(SeedExpectAttribute.Date)] string? Deadline,
    [property: JsonPropertyName("weight"), SeedExpect("Seed.Expect.Weight")] decimal? Weight,
    [property: JsonPropertyName("milestones")] IReadOnlyList<SeedMilestone>? Milestones,
    [property: JsonPropertyName("reports")] IReadOnlyList<SeedReport>? Reports);

public sealed record SeedMilestone(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("due"), SeedExpect(SeedExpectAttribute.Date)] string? Due,
    [property: JsonPropertyName("share"), SeedExpect("Seed.Expect.Share")] decimal? Share);

public sealed record SeedReport(
    [property: JsonPropertyName("date"), SeedExpect(SeedExpectAttribute.Date)] string? Date,
    [property: JsonPropertyName("percent"), SeedExpect("Seed.Expect.Percent")] int? Percent,
    [property: JsonPropertyName("narrative")] string? Narrative,
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("returnReason")] string? ReturnReason);

public sealed record SeedNotice(
    [property: JsonPropertyName("task")] string? Task,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("issued"), SeedExpect(SeedExpectAttribute.Date)] string? Issued,
    [property: JsonPropertyName("fixDeadline"), SeedExpect(SeedExpectAttribute.Date)] string? FixDeadline,
    [property: JsonPropertyName("yellow"), SeedExpect(SeedExpectAttribute.Date)] string? Yellow,
    [property: JsonPropertyName("yellowFixDeadline"), SeedExpect(SeedExpectAttribute.Date)] string? YellowFixDeadline,
    [property: JsonPropertyName("red"), SeedExpect(SeedExpectAttribute.Date)] string? Red,
    [property: JsonPropertyName("redFixDeadline"), SeedExpect(SeedExpectAttribute.Date)] string? RedFixDeadline,
    [property: JsonPropertyName("resolved"), SeedExpect(SeedExpectAttribute.Date)] string? Resolved);

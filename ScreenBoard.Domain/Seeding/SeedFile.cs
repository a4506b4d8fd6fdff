using System.Text.Json.Serialization;

namespace ScreenBoard.Domain.Seeding;

/// <summary>
/// The list file format (<c>screenboard-list/1</c>), documented in the README. Dates are "MM-dd"
/// inside the list's year, so the same file describes whichever year it is loaded in.
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
    [property: JsonPropertyName("year")] int? Year);

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
    [property: JsonPropertyName("start")] string? Start,
    [property: JsonPropertyName("deadline")] string? Deadline,
    [property: JsonPropertyName("weight")] decimal? Weight,
    [property: JsonPropertyName("milestones")] IReadOnlyList<SeedMilestone>? Milestones,
    [property: JsonPropertyName("reports")] IReadOnlyList<SeedReport>? Reports);

public sealed record SeedMilestone(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("due")] string? Due,
    [property: JsonPropertyName("share")] decimal? Share);

public sealed record SeedReport(
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("percent")] int? Percent,
    [property: JsonPropertyName("narrative")] string? Narrative,
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("returnReason")] string? ReturnReason);

public sealed record SeedNotice(
    [property: JsonPropertyName("task")] string? Task,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("issued")] string? Issued,
    [property: JsonPropertyName("fixDeadline")] string? FixDeadline,
    [property: JsonPropertyName("yellow")] string? Yellow,
    [property: JsonPropertyName("yellowFixDeadline")] string? YellowFixDeadline,
    [property: JsonPropertyName("red")] string? Red,
    [property: JsonPropertyName("redFixDeadline")] string? RedFixDeadline,
    [property: JsonPropertyName("resolved")] string? Resolved);

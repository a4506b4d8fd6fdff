using System.Globalization;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Api;

/// <summary>The read API (JSON), documented in the README. Bad parameters get 400 naming the parameter.</summary>
public static class ReadApi
{
    public const string Prefix = "/api";

    public static WebApplication MapScreenBoardApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix);
        api.MapGet("/scores", GetScoresAsync);
        api.MapGet("/tasks", GetTasksAsync);
        api.MapGet("/quarters", GetQuartersAsync);
        api.MapGet("/quarters/{quarter}/scores", GetQuarterScoresAsync);
        return app;
    }

    private static async Task<IResult> GetScoresAsync(string? asOf, BoardQueries queries, OfficeClock clock, CancellationToken cancellationToken)
    {
        if (!TryDate(asOf, clock, out var date, out var problem))
        {
            return problem;
        }

        var board = await queries.ForAsync(date, cancellationToken);
        return Results.Ok(new ScoresResponse(board.AsOf, board.ListYear, board.ListTitle, board.Units.Select(UnitScoreDto.From).ToList()));
    }

    private static async Task<IResult> GetTasksAsync(string? asOf, string? unit, string? category, string? status, BoardQueries queries, OfficeClock clock, FlagLegend legend, CancellationToken cancellationToken)
    {
        if (!TryDate(asOf, clock, out var date, out var problem))
        {
            return problem;
        }

        if (!TryEnum<TaskCategory>(category, nameof(category), out var categoryFilter, out problem)
            || !TryEnum<ProgressStatus>(status, nameof(status), out var statusFilter, out problem))
        {
            return problem;
        }

        var board = await queries.ForAsync(date, cancellationToken);
        var unitRow = string.IsNullOrWhiteSpace(unit) ? null : board.Units.FirstOrDefault(u => string.Equals(u.Code, unit, StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(unit) && unitRow is null)
        {
            return Invalid(nameof(unit), $"No unit has the code '{unit}'.");
        }

        var codes = board.Units.ToDictionary(u => u.UnitId, u => u.Code);
        var tasks = board.Tasks
            .Where(t => unitRow is null || t.LeadUnitId == unitRow.UnitId)
            .Where(t => categoryFilter is null || t.Category == categoryFilter)
            .Where(t => statusFilter is null || t.Status == statusFilter)
            .Select(t => new TaskDto(
                t.Code, t.Title, t.Category.ToString(), t.Source.ToString(), codes.GetValueOrDefault(t.LeadUnitId, string.Empty), t.LeadUnitName,
                t.Start, t.Deadline, t.Weight, Math.Round(t.Expected, 4), Math.Round(t.Actual, 4), t.Status, legend[t.Status].LabelZh,
                UnitScoreDto.Round(t.Points, 2), t.IsClosedOut))
            .ToList();
        return Results.Ok(new TasksResponse(board.AsOf, tasks.Count, tasks));
    }

    private static async Task<IResult> GetQuartersAsync(SnapshotStore store, CancellationToken cancellationToken) =>
        Results.Ok((await store.ListAsync(cancellationToken)).Select(QuarterDto.From).ToList());

    private static async Task<IResult> GetQuarterScoresAsync(string quarter, SnapshotStore store, CancellationToken cancellationToken)
    {
        if (!QuarterId.TryParse(quarter, out var id))
        {
            return Invalid(nameof(quarter), $"'{quarter}' is not a quarter like 2026Q3.");
        }

        var snapshot = await store.FindAsync(id, cancellationToken);
        if (snapshot is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No snapshot", detail: $"There is no snapshot for {id}.");
        }

        return Results.Ok(new QuarterScoresResponse(
            QuarterDto.From(snapshot),
            snapshot.RuleParameters,
            snapshot.UnitRows.OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
                .Select(r => new QuarterUnitDto(r.Rank, r.UnitCode, r.Score, UnitScoreDto.Round(r.BaseScore, 2), r.Deductions)).ToList(),
            snapshot.TaskRows.OrderBy(r => r.TaskCode, StringComparer.Ordinal)
                .Select(r => new QuarterTaskDto(r.TaskCode, r.Start, r.Deadline, Math.Round(r.Expected, 4), Math.Round(r.Actual, 4), r.Status, r.FlagLabel, UnitScoreDto.Round(r.Points, 2))).ToList()));
    }

    private static bool TryDate(string? text, OfficeClock clock, out DateOnly date, out IResult problem)
    {
        problem = Results.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            date = clock.Today;
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 2000 and <= 2100)
        {
            return true;
        }

        problem = Invalid("asOf", $"'{text}' is not a date YYYY-MM-DD between 2000 and 2100.");
        return false;
    }

    private static bool TryEnum<TEnum>(string? text, string parameter, out TEnum? value, out IResult problem)
        where TEnum : struct, Enum
    {
        value = null;
        problem = Results.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (EnumName.TryParse<TEnum>(text, ignoreCase: true, out var parsed))
        {
            value = parsed;
            return true;
        }

        problem = Invalid(parameter, $"'{text}' is not one of {EnumName.Choices<TEnum>()}.");
        return false;
    }

    private static IResult Invalid(string parameter, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, detail: $"{parameter}: {message}");
}

using ScreenBoard.App.Api;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Boards;

/// <summary>Live scores and tasks on a date: <c>GET /api/scores</c>, <c>GET /api/tasks</c>.</summary>
public static class BoardsApi
{
    public static RouteGroupBuilder MapBoardsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/scores", GetScoresAsync);
        api.MapGet("/tasks", GetTasksAsync);
        return api;
    }

    private static async Task<IResult> GetScoresAsync(string? asOf, BoardQueries queries, OfficeClock clock, CancellationToken cancellationToken)
    {
        if (!ApiParameters.TryDate(asOf, clock, out var date, out var problem))
        {
            return problem;
        }

        var board = await queries.ForAsync(date, cancellationToken);
        return Results.Ok(new ScoresResponse(board.AsOf, board.ListYear, board.ListTitle, board.Units.Select(UnitScoreDto.From).ToList()));
    }

    private static async Task<IResult> GetTasksAsync(string? asOf, string? unit, string? category, string? status, BoardQueries queries, OfficeClock clock, FlagLegend legend, CancellationToken cancellationToken)
    {
        if (!ApiParameters.TryDate(asOf, clock, out var date, out var problem))
        {
            return problem;
        }

        if (!ApiParameters.TryEnum<TaskCategory>(category, nameof(category), out var categoryFilter, out problem)
            || !ApiParameters.TryEnum<ProgressStatus>(status, nameof(status), out var statusFilter, out problem))
        {
            return problem;
        }

        var board = await queries.ForAsync(date, cancellationToken);
        var unitRow = string.IsNullOrWhiteSpace(unit) ? null : board.Units.FirstOrDefault(u => string.Equals(u.Code, unit, StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(unit) && unitRow is null)
        {
            return ApiParameters.Invalid(nameof(unit), $"No unit has the code '{unit}'.");
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
}

using ScreenBoard.App.Features.Boards;
using ScreenBoard.App.Api;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>
/// Stored quarterly snapshots: <c>GET /api/quarters</c>, <c>GET /api/quarters/{year}Q{n}/versions</c>,
/// <c>GET /api/quarters/{year}Q{n}/scores?version=</c>.
/// </summary>
public static class QuartersApi
{
    public static RouteGroupBuilder MapQuartersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/quarters", GetQuartersAsync);
        api.MapGet("/quarters/{quarter}/versions", GetQuarterVersionsAsync);
        api.MapGet("/quarters/{quarter}/scores", GetQuarterScoresAsync);
        return api;
    }

    private static async Task<IResult> GetQuartersAsync(SnapshotStore store, CancellationToken cancellationToken) =>
        Results.Ok((await store.ListAsync(cancellationToken)).Select(QuarterDto.From).ToList());

    private static async Task<IResult> GetQuarterVersionsAsync(string quarter, SnapshotStore store, CancellationToken cancellationToken)
    {
        if (!QuarterId.TryParse(quarter, out var id))
        {
            return ApiParameters.NotAQuarter(quarter);
        }

        var versions = await store.VersionsAsync(id, cancellationToken);
        return Results.Ok(versions.Select(v => new QuarterVersionDto(v.PublishedVersion, v.PublishedAt!.Value, v.PublishedBy!, v.Reason)).ToList());
    }

    private static async Task<IResult> GetQuarterScoresAsync(string quarter, string? version, SnapshotStore store, CancellationToken cancellationToken)
    {
        if (!QuarterId.TryParse(quarter, out var id))
        {
            return ApiParameters.NotAQuarter(quarter);
        }

        if (!ApiParameters.TryVersion(version, out var number, out var problem))
        {
            return problem;
        }

        var snapshot = await store.FindAsync(id, number, cancellationToken);
        if (snapshot is null)
        {
            return number is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No snapshot", detail: $"There is no snapshot for {id}.")
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such version", detail: $"{id} has no published version {number}.");
        }

        return Results.Ok(new QuarterScoresResponse(
            QuarterDto.From(snapshot),
            snapshot.RuleParameters,
            QuarterUnitDto.Ranked(snapshot.UnitRows),
            snapshot.TaskRows.OrderBy(r => r.TaskCode, StringComparer.Ordinal)
                .Select(r => new QuarterTaskDto(r.TaskCode, r.Start, r.Deadline, Math.Round(r.Expected, 4), Math.Round(r.Actual, 4), r.Status, r.FlagLabel, UnitScoreDto.Round(r.Points, 2))).ToList()));
    }
}

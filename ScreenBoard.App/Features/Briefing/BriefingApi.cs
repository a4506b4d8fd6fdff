using System.Security.Claims;
using ScreenBoard.App.Api;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Briefing.Pptx;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Briefing;

/// <summary>
/// <c>GET /api/quarters/{year}Q{n}/briefing.pptx?version=</c>: the quarterly briefing as an editable deck.
/// Under ApiRead (a cookie or a read token); a quarter that is only a draft is the office's alone; anyone
/// else gets the 404 a quarter without a snapshot gets.
/// </summary>
public static class BriefingApi
{
    public static RouteGroupBuilder MapBriefingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/quarters/{quarter}/briefing.pptx", GetDeckAsync);
        return api;
    }

    private static async Task<IResult> GetDeckAsync(string quarter, string? version, ClaimsPrincipal user, BriefingQueries queries, BriefingPptx pptx, CancellationToken cancellationToken)
    {
        if (!QuarterId.TryParse(quarter, out var id))
        {
            return ApiParameters.NotAQuarter(quarter);
        }

        if (!ApiParameters.TryVersion(version, out var number, out var problem))
        {
            return problem;
        }

        var lookup = await queries.FindAsync(id, number, ScreenBoardClaims.RoleOf(user), cancellationToken);
        if (lookup.Deck is not { } deck)
        {
            return number is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No published snapshot", detail: $"There is no published snapshot for {id}.")
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such version", detail: $"{id} has no published version {number}.");
        }

        var name = deck.IsDraft ? $"{id}-briefing-draft.pptx" : $"{id}-briefing-v{deck.Version}.pptx";
        return Results.File(pptx.Write(deck), BriefingPptx.ContentType, name);
    }
}

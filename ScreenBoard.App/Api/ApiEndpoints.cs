using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Audit;
using ScreenBoard.App.Features.Boards;
using ScreenBoard.App.Features.Quarters;

namespace ScreenBoard.App.Api;

/// <summary>The JSON API under <c>/api</c>, documented in the README; each feature maps its own endpoints.</summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api";

    public static WebApplication MapScreenBoardApi(this WebApplication app)
    {
        // A token or a signed-in person, for every endpoint; import endpoints add Policies.ApiImport.
        var api = app.MapGroup(Prefix).RequireAuthorization(Policies.ApiRead);
        api.MapBoardsApi();
        api.MapQuartersApi();
        api.MapAuditApi();
        return app;
    }
}

using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Audit;
using ScreenBoard.App.Features.Boards;
using ScreenBoard.App.Features.Documents;
using ScreenBoard.App.Features.Import;
using ScreenBoard.App.Features.Briefing;
using ScreenBoard.App.Features.Quarters;

namespace ScreenBoard.App.Api;

/// <summary>The JSON API under <c>/api</c>, documented in the README; each feature maps its own endpoints.</summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api";

    public static WebApplication MapScreenBoardApi(this WebApplication app)
    {
        // A token or a signed-in person, for every endpoint but the imports, which take an import token only (Policies.ApiImport).
        var api = app.MapGroup(Prefix).RequireAuthorization(Policies.ApiRead);
        api.MapBoardsApi();
        api.MapQuartersApi();
        api.MapDocumentsApi();
        api.MapListExportApi();
        app.MapListImportApi(Prefix);
        api.MapBriefingApi();
        api.MapAuditApi();
        return app;
    }
}

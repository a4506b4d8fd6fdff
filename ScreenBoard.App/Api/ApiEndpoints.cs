using ScreenBoard.App.Features.Boards;
using ScreenBoard.App.Features.Quarters;

namespace ScreenBoard.App.Api;

/// <summary>The JSON API under <c>/api</c>, documented in the README; each feature maps its own endpoints.</summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api";

    public static WebApplication MapScreenBoardApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix);
        api.MapBoardsApi();
        api.MapQuartersApi();
        return app;
    }
}

using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Kiosk;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>Matches a kiosk profile that is broadcast (not a touch profile); the others stay live Blazor pages.</summary>
public sealed class HallProfileConstraint : IRouteConstraint
{
    public const string Name = "hallprofile";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        httpContext is not null
        && values.TryGetValue(routeKey, out var value)
        && value is string profile
        && httpContext.RequestServices.GetRequiredService<IOptions<KioskOptions>>().Value.Profiles.TryGetValue(profile, out var kiosk)
        && !kiosk.Interactive;
}

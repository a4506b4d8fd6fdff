using Microsoft.AspNetCore.Components.Authorization;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Where the browser that opened the circuit connects from (after trusted proxies), taken from the request
/// that loaded the app and cascaded by Routes: a circuit has no HttpContext of its own.
/// </summary>
public sealed record RequestOrigin(string? ClientAddress)
{
    public static RequestOrigin For(HttpContext? context) => new(context?.Connection.RemoteIpAddress?.ToString());
}

/// <summary>The actor a page's commands run as, from the two values Routes cascades (either may be missing).</summary>
public static class RequestOriginActor
{
    /// <summary>The signed-in principal (anonymous without one), from the origin's address (none without an origin).</summary>
    public static async Task<Actor> ActorAsync(this RequestOrigin? origin, Task<AuthenticationState>? authenticationState) =>
        ScreenBoardClaims.ActorOf(authenticationState is null ? null : (await authenticationState).User, origin?.ClientAddress);
}

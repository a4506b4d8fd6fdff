using Microsoft.AspNetCore.Components.Authorization;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Where the browser that opened the circuit connects from (after trusted proxies), taken from the request
/// that loaded the app and cascaded by Routes: a circuit has no HttpContext of its own.
/// </summary>
public sealed record RequestOrigin(string? ClientAddress)
{
    /// <summary>The actor a page's commands run as: the signed-in principal, from this address.</summary>
    public async Task<Actor> ActorAsync(Task<AuthenticationState>? authenticationState) =>
        ScreenBoardClaims.ActorOf(authenticationState is null ? null : (await authenticationState).User, ClientAddress);

    public static RequestOrigin For(HttpContext? context) => new(context?.Connection.RemoteIpAddress?.ToString());
}

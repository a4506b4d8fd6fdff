using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Hangfire's own check for its dashboard: an Office account's cookie (replaces Hangfire's default, which
/// trusts any loopback request, e.g. everything coming through a reverse proxy on the same machine).
/// </summary>
public sealed class OfficeDashboardFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return result.Succeeded && ScreenBoardClaims.RoleOf(result.Principal) == ActorRole.Office && !ScreenBoardClaims.MustChangePassword(result.Principal);
    }
}

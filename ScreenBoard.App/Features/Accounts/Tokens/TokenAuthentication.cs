using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.Domain.Tokens;

namespace ScreenBoard.App.Features.Accounts.Tokens;

/// <summary>
/// The API's schemes: <see cref="TokenScheme"/> reads <c>Authorization: Bearer sb_…</c>; <see cref="ApiScheme"/>
/// picks, per request, the bearer token, a signed-in person's cookie (Identity's, when it is registered)
/// or a screen's cookie (so a screen is refused with 403, not asked to sign in), and always answers a
/// refusal with a problem document, never a redirect to a sign-in page.
/// </summary>
public static class TokenAuthentication
{
    public const string TokenScheme = "Token";

    public const string ApiScheme = "Api";

    public static readonly string[] ReadScopes = [Scope(ApiTokenScope.Read), Scope(ApiTokenScope.Import)];

    public static readonly string[] ImportScopes = [Scope(ApiTokenScope.Import)];

    /// <summary>The claim value of a scope (<c>read</c>, <c>import</c>).</summary>
    public static string Scope(ApiTokenScope scope) => scope.ToString().ToLowerInvariant();

    /// <summary>Whether the principal is an API client with one of the scopes.</summary>
    public static bool HasScope(ClaimsPrincipal user, IReadOnlyCollection<string> scopes) =>
        ScreenBoardClaims.RoleOf(user) == Domain.Auditing.ActorRole.ApiClient && scopes.Contains(user.FindFirstValue(ScreenBoardClaims.Scope));

    /// <summary>Registers the bearer scheme and the API's selecting scheme.</summary>
    public static AuthenticationBuilder AddTokenAuthentication(this AuthenticationBuilder authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        authentication.AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenScheme, null);
        authentication.AddPolicyScheme(ApiScheme, null, options =>
        {
            options.ForwardDefaultSelector = SelectScheme;
            options.ForwardChallenge = TokenScheme;
            options.ForwardForbid = TokenScheme;
        });
        return authentication;
    }

    private static string SelectScheme(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0)
        {
            return TokenScheme;
        }

        var schemes = context.RequestServices.GetRequiredService<IOptions<AuthenticationOptions>>().Value.SchemeMap;
        if (schemes.ContainsKey(IdentityConstants.ApplicationScheme))
        {
            var cookie = context.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie.Name;
            if (cookie is not null && context.Request.Cookies.ContainsKey(cookie))
            {
                return IdentityConstants.ApplicationScheme;
            }
        }

        return context.Request.Cookies.ContainsKey(DeviceAuthentication.CookieName) ? DeviceAuthentication.Scheme : TokenScheme;
    }
}

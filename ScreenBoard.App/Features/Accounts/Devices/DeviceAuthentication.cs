using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>
/// A paired screen is known by its <see cref="CookieName"/> cookie (a random secret; the server keeps its
/// hash). Registered beside the people's sign-in, never as the default: a screen is only itself on the
/// kiosk routes and the live connection (<see cref="UseDeviceIdentity"/>), and is refused everywhere else.
/// </summary>
public static class DeviceAuthentication
{
    public const string Scheme = "Device";

    public const string CookieName = "sb-device";

    /// <summary>The screen's id.</summary>
    public const string DeviceIdClaim = "sb:device";

    /// <summary>The hash of the credential the screen presented: a re-paired screen's old credential no longer matches.</summary>
    public const string CredentialClaim = "sb:device-credential";

    /// <summary>A credential lives as long as the office lets it; the cookie is renewed at each pairing.</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    /// <summary>Where a screen is who it is: its kiosk pages and the live connection that serves them.</summary>
    private static readonly PathString[] ScreenPaths = [KioskRoutes.Kiosk, "/_blazor"];

    public static AuthenticationBuilder AddDeviceAuthentication(this AuthenticationBuilder authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        return authentication.AddScheme<AuthenticationSchemeOptions, DeviceAuthenticationHandler>(Scheme, null);
    }

    /// <summary>
    /// On the screen paths, a request nobody signed in for is the screen's whose cookie it carries, so the
    /// kiosk page and its circuit see the device. Elsewhere the device cookie counts for nothing.
    /// </summary>
    public static IApplicationBuilder UseDeviceIdentity(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true && ScreenPaths.Any(p => context.Request.Path.StartsWithSegments(p)))
            {
                var result = await context.AuthenticateAsync(Scheme);
                if (result.Succeeded)
                {
                    context.User = result.Principal;
                }
            }

            await next(context);
        });

    /// <summary>The screen's id and credential hash, when the principal is a paired screen.</summary>
    public static (int Id, string Credential)? DeviceOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(DeviceIdClaim), out var id) && user.FindFirstValue(CredentialClaim) is { } credential
            ? (id, credential)
            : null;

    /// <summary>Hands the screen its credential: HttpOnly, persistent, this site only.</summary>
    public static void WriteCookie(HttpResponse response, string secret, DateTimeOffset now) =>
        response.Cookies.Append(CookieName, secret, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Expires = now + CookieLifetime,
            Path = "/",
        });
}

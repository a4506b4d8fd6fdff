using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>
/// Reads the screen's cookie, looks its hash up (every request: a revoked screen fails at once, and its
/// stale cookie is dropped), and makes the device principal. A challenge sends a screen to pair, never to a sign-in page.
/// </summary>
public sealed class DeviceAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DeviceDirectory directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Cookies.TryGetValue(DeviceAuthentication.CookieName, out var secret) || string.IsNullOrEmpty(secret))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = Credentials.Hash(secret);
        var device = await directory.FindPairedAsync(hash, Context.RequestAborted);
        if (device is null)
        {
            if (!Response.HasStarted)
            {
                Response.Cookies.Delete(DeviceAuthentication.CookieName);
            }

            return AuthenticateResult.Fail("Unknown or revoked screen.");
        }

        await directory.SeenAsync(device.Id, Context.RequestAborted);
        var claims = ScreenBoardClaims.For(device.Name, ActorRole.Device);
        claims.Add(new Claim(ScreenBoardClaims.KioskProfile, device.Profile));
        claims.Add(new Claim(DeviceAuthentication.DeviceIdClaim, device.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        claims.Add(new Claim(DeviceAuthentication.CredentialClaim, hash));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Redirect(KioskRoutes.Pair);
        return Task.CompletedTask;
    }
}

using System.Security.Claims;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>
/// Who may watch which kiosk profile: a paired screen its own profile; a signed-in Office or Leader any;
/// everyone, when <see cref="KioskOptions.AllowAnonymous"/> keeps the open kiosk of a trial installation.
/// Anyone else is sent to pair, never to a sign-in page.
/// </summary>
public sealed class KioskGate(IOptions<KioskOptions> options)
{
    public KioskVerdict Decide(ClaimsPrincipal user, string profile)
    {
        ArgumentNullException.ThrowIfNull(user);
        var role = ScreenBoardClaims.RoleOf(user);
        if (role == ActorRole.Device)
        {
            var own = user.FindFirstValue(ScreenBoardClaims.KioskProfile) ?? string.Empty;
            return string.Equals(own, profile, StringComparison.OrdinalIgnoreCase) && DeviceAuthentication.DeviceOf(user) is { } device
                ? new KioskVerdict(true, device.Id, device.Credential, null)
                : new KioskVerdict(false, null, null, KioskRoutes.Profile(own));
        }

        return role is ActorRole.Office or ActorRole.Leader || options.Value.AllowAnonymous
            ? new KioskVerdict(true, null, null, null)
            : new KioskVerdict(false, null, null, KioskRoutes.Pair);
    }
}

/// <summary>The gate's answer: allowed (and, for a screen, which one), or where to go instead.</summary>
public sealed record KioskVerdict(bool Allowed, int? DeviceId, string? Credential, string? RedirectTo);

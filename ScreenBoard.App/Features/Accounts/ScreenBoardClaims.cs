using System.Globalization;
using System.Security.Claims;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// The claims every kind of principal carries (a person's cookie, a paired screen, an API token), so that
/// policies and commands read one shape: the name, the <see cref="ActorRole"/> and the bound unit.
/// </summary>
public static class ScreenBoardClaims
{
    /// <summary>The <see cref="ActorRole"/> name (Office, Reviewer, Reporter, Leader, Device, ApiClient).</summary>
    public const string Role = "sb:role";

    /// <summary>The id of the unit a Reviewer or Reporter is bound to.</summary>
    public const string Unit = "sb:unit";

    /// <summary>A paired screen's kiosk profile.</summary>
    public const string KioskProfile = "sb:kiosk-profile";

    /// <summary>An API token's scope (read, import).</summary>
    public const string Scope = "sb:scope";

    /// <summary>Present (value "true") while a person must change the password before anything else.</summary>
    public const string MustChange = "sb:must-change-password";

    /// <summary>The name people read (督查室, 青石镇 …).</summary>
    public const string DisplayName = "sb:display-name";

    /// <summary>Whether the principal must change its password before it may open anything else.</summary>
    public static bool MustChangePassword(ClaimsPrincipal? principal) => principal?.HasClaim(MustChange, "true") == true;

    /// <summary>The claims of a principal acting as <paramref name="role"/>.</summary>
    public static List<Claim> For(string name, ActorRole role, int? unitId = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(Role, role.ToString()) };
        if (unitId is { } unit)
        {
            claims.Add(new Claim(Unit, unit.ToString(CultureInfo.InvariantCulture)));
        }

        return claims;
    }

    /// <summary>The role a principal acts in; Anonymous when it has none (not signed in, or an unknown value).</summary>
    public static ActorRole RoleOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true && Enum.TryParse<ActorRole>(principal.FindFirstValue(Role), ignoreCase: false, out var role) && Enum.IsDefined(role)
            ? role
            : ActorRole.Anonymous;

    /// <summary>The actor a principal acts as, from the given client address: what commands check and the audit records.</summary>
    public static Actor ActorOf(ClaimsPrincipal? principal, string? clientAddress)
    {
        var role = RoleOf(principal);
        if (role == ActorRole.Anonymous)
        {
            return new Actor("anonymous", ActorRole.Anonymous, null, clientAddress);
        }

        var unit = int.TryParse(principal!.FindFirstValue(Unit), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        return new Actor(principal!.FindFirstValue(ClaimTypes.Name) ?? "?", role, unit, clientAddress);
    }
}

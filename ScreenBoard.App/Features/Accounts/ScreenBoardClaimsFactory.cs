using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>A person's cookie carries the shared claims shape (<see cref="ScreenBoardClaims"/>): role, unit, display name.</summary>
public sealed class ScreenBoardClaimsFactory(UserManager<ScreenBoardUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ScreenBoardUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ScreenBoardUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(ScreenBoardClaims.For(user.UserName!, user.Role, user.UnitId).Where(c => c.Type != ClaimTypes.Name));
        identity.AddClaim(new Claim(ScreenBoardClaims.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ScreenBoardClaims.MustChange, "true"));
        }

        return identity;
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>Identity's sign-in, refusing disabled accounts (Identity itself has no such flag).</summary>
public sealed class ScreenBoardSignInManager(
    UserManager<ScreenBoardUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ScreenBoardUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ScreenBoardUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ScreenBoardUser> confirmation)
    : SignInManager<ScreenBoardUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ScreenBoardUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Checks an open circuit's account every <see cref="AccountsOptions.RevalidationSeconds"/>: a disabled account, or
/// one whose role or unit changed (the security stamp changes with them), loses its pages without a reload.
/// </summary>
public sealed class AccountRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> identity, IOptions<AccountsOptions> accounts)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(accounts.Value.RevalidationSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        if (!Policies.People.Contains(ScreenBoardClaims.RoleOf(principal)))
        {
            // Not a person's session (anonymous, or a principal another scheme checks itself).
            return true;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ScreenBoardUser>>();
        var user = await users.GetUserAsync(principal);
        return user is not null && StillValid(user, principal, await users.GetSecurityStampAsync(user));
    }

    private bool StillValid(ScreenBoardUser user, ClaimsPrincipal principal, string? stamp) =>
        !user.IsDisabled
        && stamp == principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType)
        && ScreenBoardClaims.RoleOf(principal) == user.Role
        && principal.FindFirstValue(ScreenBoardClaims.Unit) == user.UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Who may open what (decision 013). Pages carry <c>[Authorize(Policy = Policies.X)]</c>; the commands
/// check the actor again, so a page that lets too much through still writes nothing it should not.
/// </summary>
public static class Policies
{
    /// <summary>The boards and their drill-downs: every person signed in (比学赶超: units see each other's ranks).</summary>
    public const string Boards = "Boards";

    /// <summary>The report inbox: the office, and reviewers for the units they are competent for.</summary>
    public const string Reports = "Reports";

    /// <summary>Quarterly briefings, accounts, the jobs dashboard: the office only.</summary>
    public const string Office = "Office";

    /// <summary>Any signed-in person, even one who must still change the password (the change-password page).</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>The people's roles.</summary>
    public static readonly ActorRole[] People = [ActorRole.Office, ActorRole.Reviewer, ActorRole.Reporter, ActorRole.Leader];

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        options.AddPolicy(Boards, policy => Require(policy, People));
        options.AddPolicy(Reports, policy => Require(policy, ActorRole.Office, ActorRole.Reviewer));
        options.AddPolicy(Office, policy => Require(policy, ActorRole.Office));
    }

    /// <summary>Signed in, in one of the roles, and past the first-sign-in password change.</summary>
    private static void Require(AuthorizationPolicyBuilder policy, params ActorRole[] roles) =>
        policy.RequireAuthenticatedUser().RequireAssertion(context => Allows(context.User, roles));

    private static bool Allows(ClaimsPrincipal user, ActorRole[] roles) =>
        roles.Contains(ScreenBoardClaims.RoleOf(user)) && !ScreenBoardClaims.MustChangePassword(user);
}

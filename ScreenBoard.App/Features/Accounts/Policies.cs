using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using ScreenBoard.App.Features.Accounts.Tokens;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Who may open what (decision 013). Every principal carries <see cref="ScreenBoardClaims"/>, so a policy is
/// a question about <see cref="ActorRole"/> (and for tokens the scope), whichever scheme signed it in.
/// Pages carry <c>[Authorize(Policy = Policies.X)]</c>; the commands check the actor again, so a page that
/// lets too much through still writes nothing it should not.
/// </summary>
public static class Policies
{
    /// <summary>The boards and their drill-downs: every person signed in (比学赶超: units see each other's ranks).</summary>
    public const string Boards = "Boards";

    /// <summary>The report inbox: the office, and reviewers for the units they are competent for.</summary>
    public const string Reports = "Reports";

    /// <summary>我的任务 and the report form: a responsible unit's reporters.</summary>
    public const string Reporting = "Reporting";

    /// <summary>Quarterly briefings, accounts, devices, tokens, the jobs dashboard: the office only.</summary>
    public const string Office = "Office";

    /// <summary>The quarterly briefing's presentation: the office and the leaders (drafts stay the office's, checked by the briefing itself).</summary>
    public const string Briefing = "Briefing";

    /// <summary>Any signed-in person, even one who must still change the password (the change-password page).</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>GET under /api: a read or import token, or a signed-in person (not a screen).</summary>
    public const string ApiRead = "ApiRead";

    /// <summary>POST to an import endpoint: an import token only.</summary>
    public const string ApiImport = "ApiImport";

    /// <summary>The people's roles.</summary>
    public static readonly ActorRole[] People = [ActorRole.Office, ActorRole.Reviewer, ActorRole.Reporter, ActorRole.Leader];

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        options.AddPolicy(Boards, policy => Require(policy, People));
        options.AddPolicy(Reports, policy => Require(policy, ActorRole.Office, ActorRole.Reviewer));
        options.AddPolicy(Reporting, policy => Require(policy, ActorRole.Reporter));
        options.AddPolicy(Office, policy => Require(policy, ActorRole.Office));
        options.AddPolicy(Briefing, policy => Require(policy, ActorRole.Office, ActorRole.Leader));
        options.AddPolicy(ApiRead, policy => policy
            .AddAuthenticationSchemes(TokenAuthentication.ApiScheme)
            .RequireAssertion(c => Allows(c.User, People) || TokenAuthentication.HasScope(c.User, TokenAuthentication.ReadScopes)));
        options.AddPolicy(ApiImport, policy => policy
            .AddAuthenticationSchemes(TokenAuthentication.TokenScheme)
            .RequireAssertion(c => TokenAuthentication.HasScope(c.User, TokenAuthentication.ImportScopes)));
    }

    /// <summary>Signed in, in one of the roles, and past the first-sign-in password change.</summary>
    private static void Require(AuthorizationPolicyBuilder policy, params ActorRole[] roles) =>
        policy.RequireAuthenticatedUser().RequireAssertion(context => Allows(context.User, roles));

    private static bool Allows(ClaimsPrincipal user, ActorRole[] roles) =>
        roles.Contains(ScreenBoardClaims.RoleOf(user)) && !ScreenBoardClaims.MustChangePassword(user);
}

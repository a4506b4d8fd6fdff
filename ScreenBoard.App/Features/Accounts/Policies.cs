using Microsoft.AspNetCore.Authorization;
using ScreenBoard.App.Features.Accounts.Tokens;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Authorisation policy names. Every principal carries <see cref="ScreenBoardClaims"/>, so a policy is a
/// question about <see cref="ActorRole"/> (and for tokens the scope), whichever scheme signed it in.
/// </summary>
public static class Policies
{
    /// <summary>督查室 only: accounts, devices, tokens, the jobs dashboard.</summary>
    public const string Office = "Office";

    /// <summary>GET under /api: a read or import token, or a signed-in person (not a screen).</summary>
    public const string ApiRead = "ApiRead";

    /// <summary>POST to an import endpoint: an import token only.</summary>
    public const string ApiImport = "ApiImport";

    /// <summary>The people who read the API with their own sign-in.</summary>
    private static readonly ActorRole[] People = [ActorRole.Office, ActorRole.Reviewer, ActorRole.Reporter, ActorRole.Leader];

    /// <summary>Adds the office, API read and API import policies.</summary>
    public static AuthorizationBuilder AddScreenBoardPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return authorization
            .AddPolicy(Office, policy => policy.RequireAssertion(c => ScreenBoardClaims.RoleOf(c.User) == ActorRole.Office))
            .AddPolicy(ApiRead, policy => policy
                .AddAuthenticationSchemes(TokenAuthentication.ApiScheme)
                .RequireAssertion(c => People.Contains(ScreenBoardClaims.RoleOf(c.User)) || TokenAuthentication.HasScope(c.User, TokenAuthentication.ReadScopes)))
            .AddPolicy(ApiImport, policy => policy
                .AddAuthenticationSchemes(TokenAuthentication.TokenScheme)
                .RequireAssertion(c => TokenAuthentication.HasScope(c.User, TokenAuthentication.ImportScopes)));
    }
}

using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts.Tokens;

/// <summary>
/// <c>Authorization: Bearer sb_…</c>: the token is looked up by its hash on every request (a revoked or
/// expired token fails at once). No token: 401 with a problem document; a token without the right: 403.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenCommands tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Not a bearer token.");
        }

        var token = await tokens.FindValidAsync(header[Bearer.Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired token.");
        }

        var claims = ScreenBoardClaims.For(token.Name, ActorRole.ApiClient);
        claims.Add(new Claim(ScreenBoardClaims.Scope, TokenAuthentication.Scope(token.Scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Problem(StatusCodes.Status401Unauthorized, "A valid API token is required: Authorization: Bearer sb_…");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "This credential may not use this endpoint.");

    private Task Problem(int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status).ExecuteAsync(Context);
}

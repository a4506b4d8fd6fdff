using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Tokens;

namespace ScreenBoard.App.Features.Accounts.Tokens;

/// <summary>Issues, revokes and lists API tokens (the office only; audited). The secret is returned once, at issue.</summary>
public sealed class TokenCommands(WriteRunner writes, IDbContextFactory<ScreenBoardDbContext> contexts, TimeProvider time)
{
    /// <summary>What every token starts with.</summary>
    public const string Prefix = "sb_";

    /// <summary>How many characters of the secret the list shows.</summary>
    private const int HintLength = 7;

    /// <summary>Issues a token valid for <paramref name="days"/> days; the secret is in the result, and nowhere else.</summary>
    public Task<(CommandResult Result, string? Token)> IssueAsync(string name, ApiTokenScope scope, int days, Actor actor, CancellationToken cancellationToken = default) =>
        writes.RunAsync(actor, async write =>
        {
            WriteScope.Require(actor.IsOffice);
            var trimmed = name?.Trim() ?? string.Empty;
            if (await write.Db.ApiTokens.AnyAsync(t => t.Name == trimmed && t.RevokedAt == null, cancellationToken))
            {
                WriteScope.Refuse("Tokens.NameTaken", trimmed);
            }

            var secret = Credentials.NewSecret(Prefix);
            var token = new ApiToken(trimmed, scope, Credentials.Hash(secret), secret[..HintLength], write.Now, days);
            write.Db.ApiTokens.Add(token);
            write.Audit("token.issued", nameof(ApiToken), token.Name, null, new { token.Name, Scope = token.Scope.ToString(), token.Hint, token.ExpiresAt });
            return secret;
        }, cancellationToken: cancellationToken);

    /// <summary>Revokes the live token of that name: it fails from the next request on.</summary>
    public Task<CommandResult> RevokeAsync(string name, Actor actor, CancellationToken cancellationToken = default) =>
        writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var trimmed = name?.Trim() ?? string.Empty;
            var token = WriteScope.Found(await scope.Db.ApiTokens.SingleOrDefaultAsync(t => t.Name == trimmed && t.RevokedAt == null, cancellationToken));
            token.Revoke(scope.Now);
            scope.Audit("token.revoked", nameof(ApiToken), token.Name, new { token.Hint }, new { token.Hint, token.RevokedAt });
        }, cancellationToken: cancellationToken);

    /// <summary>Every token, newest first.</summary>
    public async Task<IReadOnlyList<TokenListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var tokens = await db.ApiTokens.AsNoTracking().ToListAsync(cancellationToken);
        return tokens.OrderByDescending(t => t.IssuedAt).ThenBy(t => t.Name)
            .Select(t => new TokenListItem(t.Name, t.Scope, t.Hint, t.IssuedAt, t.ExpiresAt, t.RevokedAt, t.IsValidAt(now)))
            .ToList();
    }

    /// <summary>The token a bearer secret stands for, if it is valid now (read on every request: no cache).</summary>
    public async Task<ApiToken?> FindValidAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Credentials.Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        return token is not null && token.IsValidAt(time.GetUtcNow()) ? token : null;
    }
}

using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Tokens;

/// <summary>
/// A bearer token another system reads (or imports) with. Only the SHA-256 of its secret is stored; the
/// secret is shown once, at issue. Revoked or expired, it fails at once.
/// </summary>
public sealed class ApiToken : Entity
{
    /// <summary>Length of a secret hash (SHA-256, hexadecimal).</summary>
    public const int HashLength = 64;

    /// <summary>The longest life a token may be issued for.</summary>
    public const int MaxDays = 3650;

    private ApiToken()
    {
        Name = string.Empty;
        SecretHash = string.Empty;
        Hint = string.Empty;
    }

    public ApiToken(string name, ApiTokenScope scope, string secretHash, string hint, DateTimeOffset issuedAt, int days)
    {
        Name = Guard.Required(name, "Token.Name", 100);
        Scope = Enum.IsDefined(scope) ? scope : throw new DomainException("Token.UnknownScope", scope.ToString());
        if (secretHash is not { Length: HashLength })
        {
            throw new DomainException("Token.BadSecret", Name);
        }

        if (days is < 1 or > MaxDays)
        {
            throw new DomainException("Token.BadDays", days, MaxDays);
        }

        SecretHash = secretHash;
        Hint = Guard.Required(hint, "Token.Hint", 16);
        IssuedAt = issuedAt;
        ExpiresAt = issuedAt.AddDays(days);
    }

    public string Name { get; private set; }

    public ApiTokenScope Scope { get; private set; }

    public string SecretHash { get; private set; }

    /// <summary>The first characters of the secret, so a person can tell tokens apart (never enough to use one).</summary>
    public string Hint { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Whether the token opens the API at <paramref name="now"/>.</summary>
    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null)
        {
            throw new DomainException("Token.AlreadyRevoked", Name);
        }

        RevokedAt = at;
    }
}

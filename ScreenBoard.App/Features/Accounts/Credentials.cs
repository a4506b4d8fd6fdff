using System.Security.Cryptography;
using System.Text;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Secrets for screens and API tokens: 32 random bytes, URL-safe, behind a prefix that says what they
/// are. The server keeps only the SHA-256: a copy of the database opens nothing.
/// </summary>
public static class Credentials
{
    /// <summary>A new secret, e.g. <c>sb_q3V…</c> (prefix + 43 characters).</summary>
    public static string NewSecret(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form: SHA-256, lower-case hexadecimal (64 characters).</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

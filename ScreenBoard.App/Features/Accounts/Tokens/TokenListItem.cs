using ScreenBoard.Domain.Tokens;

namespace ScreenBoard.App.Features.Accounts.Tokens;

/// <summary>One token as the office sees it (never its secret).</summary>
public sealed record TokenListItem(string Name, ApiTokenScope Scope, string Hint, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, bool Valid);

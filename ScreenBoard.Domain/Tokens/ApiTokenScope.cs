namespace ScreenBoard.Domain.Tokens;

/// <summary>What a token may do.</summary>
public enum ApiTokenScope
{
    /// <summary>GET the read API.</summary>
    Read = 0,

    /// <summary>Read, and POST to the import endpoints.</summary>
    Import = 1,
}

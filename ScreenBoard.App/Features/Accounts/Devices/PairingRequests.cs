using System.Security.Cryptography;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>
/// The screens waiting to be paired, in memory only (a code lives minutes; a restart just shows a new one).
/// A waiting screen shows a short code for a person to type; only the screen knows its claim key, so the
/// credential the office approves can be fetched by that screen alone, once.
/// </summary>
public sealed class PairingRequests(TimeProvider time)
{
    /// <summary>How long a code can be entered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Letters and digits nobody confuses on a wall or a keyboard (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).</summary>
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";

    public const int CodeLength = 6;

    private readonly Dictionary<string, Request> _requests = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>A new code for a waiting screen.</summary>
    public PairingTicket Begin()
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Purge(now);
            string code;
            do
            {
                code = new string(Enumerable.Range(0, CodeLength).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());
            }
            while (_requests.ContainsKey(code));

            var ticket = new PairingTicket(code, Credentials.NewSecret(string.Empty), now + Lifetime);
            _requests[code] = new Request(ticket);
            return ticket;
        }
    }

    /// <summary>What a person typed, as a code: upper case, without spaces or dashes.</summary>
    public static string Normalize(string? typed) =>
        new((typed ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>Whether a screen is waiting with that code (not expired, not yet approved).</summary>
    public bool IsWaiting(string code)
    {
        lock (_lock)
        {
            return _requests.TryGetValue(Normalize(code), out var request) && request.Ticket.ExpiresAt > time.GetUtcNow() && request.Secret is null;
        }
    }

    /// <summary>The office approved: the screen may now claim this credential for this profile.</summary>
    internal void Approve(string code, string secret, string profile)
    {
        lock (_lock)
        {
            if (_requests.TryGetValue(Normalize(code), out var request))
            {
                request.Secret = secret;
                request.Profile = profile;
            }
        }
    }

    /// <summary>Where the screen's request stands.</summary>
    public PairingStatus StatusOf(PairingTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_lock)
        {
            if (!_requests.TryGetValue(ticket.Code, out var request) || request.Ticket.ClaimKey != ticket.ClaimKey)
            {
                return PairingStatus.Expired;
            }

            return request.Secret is not null ? PairingStatus.Approved
                : request.Ticket.ExpiresAt <= time.GetUtcNow() ? PairingStatus.Expired
                : PairingStatus.Waiting;
        }
    }

    /// <summary>The approved credential and profile, handed out once to the holder of the claim key.</summary>
    public (string Secret, string Profile)? Claim(string? code, string? claimKey)
    {
        lock (_lock)
        {
            var key = Normalize(code);
            if (!_requests.TryGetValue(key, out var request) || request.Secret is null || request.Profile is null
                || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(request.Ticket.ClaimKey), System.Text.Encoding.UTF8.GetBytes(claimKey ?? string.Empty)))
            {
                return null;
            }

            _requests.Remove(key);
            return (request.Secret, request.Profile);
        }
    }

    private void Purge(DateTimeOffset now)
    {
        foreach (var code in _requests.Where(r => r.Value.Ticket.ExpiresAt <= now).Select(r => r.Key).ToList())
        {
            _requests.Remove(code);
        }
    }

    private sealed class Request(PairingTicket ticket)
    {
        public PairingTicket Ticket { get; } = ticket;

        public string? Secret { get; set; }

        public string? Profile { get; set; }
    }
}

/// <summary>A waiting screen's code (shown) and claim key (kept by the screen's circuit, never shown).</summary>
public sealed record PairingTicket(string Code, string ClaimKey, DateTimeOffset ExpiresAt);

/// <summary>Where a pairing request stands.</summary>
public enum PairingStatus
{
    Waiting = 0,
    Approved = 1,
    Expired = 2,
}

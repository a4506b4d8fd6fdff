using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Devices;

/// <summary>
/// A screen waiting to be paired: the short code it shows on the wall, and the hash of the claim key only that
/// screen holds. Kept in the database, not in one server's memory, so the code can be entered on any app server
/// and the screen can claim its credential from any (docs/decisions/031). Once the office approves, the row holds
/// the screen's new credential protected with the servers' shared data-protection keys, until the screen claims it
/// (the row is then deleted) or the code expires.
/// </summary>
public sealed class ScreenPairing : Entity, IVersioned
{
    /// <summary>Length of a claim-key hash (SHA-256, hexadecimal).</summary>
    public const int HashLength = ScreenDevice.HashLength;

    public const int CodeLength = 6;

    private ScreenPairing()
    {
        Code = string.Empty;
        ClaimKeyHash = string.Empty;
    }

    public ScreenPairing(string code, string claimKeyHash, DateTimeOffset expiresAt)
    {
        if (code is not { Length: CodeLength } || claimKeyHash is not { Length: HashLength })
        {
            throw new DomainException("Pairing.BadCode", code);
        }

        Code = code;
        ClaimKeyHash = claimKeyHash;
        ExpiresAt = expiresAt;
    }

    /// <summary>The code shown on the wall (upper case, no separators).</summary>
    public string Code { get; private set; }

    /// <summary>SHA-256 of the screen's claim key: only the screen that asked can claim what is approved.</summary>
    public string ClaimKeyHash { get; private set; }

    /// <summary>After this the code can no longer be entered or claimed.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The registered screen the office paired it as; null while waiting.</summary>
    public int? DeviceId { get; private set; }

    /// <summary>The kiosk profile the office chose; null while waiting.</summary>
    public string? Profile { get; private set; }

    /// <summary>The new credential, protected by the app servers' data-protection keys; null while waiting.</summary>
    public string? ProtectedSecret { get; private set; }

    /// <summary>Two people entering the same code at once: the second approval conflicts instead of replacing the first.</summary>
    public long Version { get; set; }

    public bool IsApproved => ProtectedSecret is not null;

    /// <summary>Whether the code can still be entered or its credential claimed: not expired.</summary>
    public bool IsLiveAt(DateTimeOffset now) => now < ExpiresAt;

    /// <summary>Whether a person may still enter the code: not expired, not yet approved.</summary>
    public bool IsWaiting(DateTimeOffset now) => !IsApproved && IsLiveAt(now);

    /// <summary>The office entered the code: the screen may now claim this credential for this profile.</summary>
    public void Approve(int deviceId, string profile, string protectedSecret, DateTimeOffset now)
    {
        if (!IsWaiting(now))
        {
            throw new DomainException("Pairing.NotWaiting", Code);
        }

        DeviceId = deviceId;
        Profile = Guard.Required(profile, "Device.Profile", 32);
        ProtectedSecret = Guard.Required(protectedSecret, "Pairing.Secret", 2000);
    }
}

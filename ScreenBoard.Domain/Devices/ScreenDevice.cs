using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Devices;

/// <summary>
/// A screen on a wall (kiosk) registered by the office. Once paired it holds a long-lived credential, of
/// which only the hash is stored; revoking it clears the hash, so the screen is a stranger again.
/// </summary>
public sealed class ScreenDevice : Entity, IVersioned
{
    /// <summary>Length of a credential hash (SHA-256, hexadecimal).</summary>
    public const int HashLength = 64;

    private ScreenDevice()
    {
        Name = string.Empty;
        Profile = string.Empty;
    }

    public ScreenDevice(string name, string? place, string profile, DateTimeOffset registeredAt)
    {
        Name = Guard.Required(name, "Device.Name", 100);
        Place = Guard.Optional(place, "Device.Place", 100);
        Profile = Guard.Required(profile, "Device.Profile", 32);
        RegisteredAt = registeredAt;
    }

    public string Name { get; private set; }

    /// <summary>Where it hangs (e.g. 三楼会议室).</summary>
    public string? Place { get; private set; }

    /// <summary>The kiosk profile it shows (Kiosk:Profiles:{name}).</summary>
    public string Profile { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>SHA-256 of the screen's credential; null when not paired or revoked.</summary>
    public string? CredentialHash { get; private set; }

    public DateTimeOffset? PairedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>When the screen last showed itself (updated at most about once a minute).</summary>
    public DateTimeOffset? LastSeenAt { get; private set; }

    public long Version { get; set; }

    public DeviceState State => CredentialHash is not null ? DeviceState.Paired
        : RevokedAt is not null ? DeviceState.Revoked
        : DeviceState.Unpaired;

    /// <summary>Gives the screen a (new) credential and the profile it shows; a revoked screen can be paired again.</summary>
    public void Pair(string credentialHash, string profile, DateTimeOffset at)
    {
        if (credentialHash is not { Length: HashLength })
        {
            throw new DomainException("Device.BadCredential", Name);
        }

        Profile = Guard.Required(profile, "Device.Profile", 32);
        CredentialHash = credentialHash;
        PairedAt = at;
        RevokedAt = null;
    }

    /// <summary>Withdraws the credential: the screen shows a pairing code again.</summary>
    public void Revoke(DateTimeOffset at)
    {
        if (CredentialHash is null)
        {
            throw new DomainException("Device.NotPaired", Name);
        }

        CredentialHash = null;
        RevokedAt = at;
    }
}

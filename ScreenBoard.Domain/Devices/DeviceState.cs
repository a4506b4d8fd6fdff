namespace ScreenBoard.Domain.Devices;

/// <summary>Where a screen stands with the office.</summary>
public enum DeviceState
{
    /// <summary>Registered, waiting for its pairing code to be entered.</summary>
    Unpaired = 0,

    /// <summary>Holds a valid credential.</summary>
    Paired = 1,

    /// <summary>Its credential was withdrawn.</summary>
    Revoked = 2,
}

using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.Domain.Devices;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>Where a screen is connected, as the devices page of this server can tell.</summary>
public enum Presence
{
    /// <summary>Not connected (to this server, nor seen lately through another).</summary>
    None = 0,

    /// <summary>Connected to this server now; exact.</summary>
    Here = 1,

    /// <summary>Not connected to this server, but seen through another within <see cref="DevicePresence.Window"/>.</summary>
    Elsewhere = 2,
}

/// <summary>
/// Whether a screen is connected now (docs/decisions/033). This server counts its own connections exactly
/// (<see cref="KioskConnections"/>). With several servers on one PostgreSQL database a screen may be connected to
/// another; a connected screen shows itself at least every <see cref="KioskOptions.DeviceRecheckSeconds"/> and its
/// "last seen" is written at most every <see cref="DeviceDirectory.SeenResolution"/>, so a paired screen seen within
/// both (twice the re-check, for timers' slack) is taken as connected elsewhere. On SQLite there is one server: its
/// count is the whole answer.
/// </summary>
public sealed class DevicePresence(KioskConnections connections, DatabaseSettings database, TimeProvider time, IOptions<KioskOptions> options)
{
    /// <summary>How recent "last seen" must be for a screen not connected here to count as connected elsewhere.</summary>
    public TimeSpan Window => DeviceDirectory.SeenResolution + (2 * RefreshEvery);

    /// <summary>Whether other servers may hold screens (PostgreSQL); the devices page then reads again every re-check.</summary>
    public bool SeveralServers => database.IsPostgreSql;

    /// <summary>How often the devices page reads again to follow screens on other servers.</summary>
    public TimeSpan RefreshEvery => options.Value.DeviceRecheck;

    /// <summary>The screen's presence and this server's connection count.</summary>
    public (Presence Presence, int Here) Of(ScreenDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var here = connections.CountFor(device.Id);
        if (here > 0)
        {
            return (Presence.Here, here);
        }

        var seenLately = device.LastSeenAt is { } seen && seen >= time.GetUtcNow() - Window;
        return (SeveralServers && device.State == DeviceState.Paired && seenLately ? Presence.Elsewhere : Presence.None, 0);
    }
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Devices;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>Reads about screens: the list for the office, a credential's screen, whether one still holds; and when each was last seen.</summary>
public sealed class DeviceDirectory(IDbContextFactory<ScreenBoardDbContext> contexts, TimeProvider time)
{
    /// <summary>"Last seen" is written at most this often per screen, to keep writes low.</summary>
    public static readonly TimeSpan SeenResolution = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, DateTimeOffset> _lastWritten = new();

    /// <summary>Every registered screen, by name.</summary>
    public async Task<IReadOnlyList<ScreenDevice>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var devices = await db.Devices.AsNoTracking().ToListAsync(cancellationToken);
        return devices.OrderBy(d => d.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The paired screen holding the credential of that hash, if any.</summary>
    public async Task<ScreenDevice?> FindPairedAsync(string credentialHash, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Devices.AsNoTracking().SingleOrDefaultAsync(d => d.CredentialHash == credentialHash, cancellationToken);
    }

    /// <summary>Whether the screen still holds that credential (not revoked, not paired anew elsewhere).</summary>
    public async Task<bool> StillPairedAsync(int deviceId, string credentialHash, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Devices.AnyAsync(d => d.Id == deviceId && d.CredentialHash == credentialHash, cancellationToken);
    }

    /// <summary>
    /// Records that the screen showed itself. Not a change anyone makes, so not audited and outside the
    /// write path (docs/decisions/012): one UPDATE of one column, at most once a minute per screen.
    /// </summary>
    public async Task SeenAsync(int deviceId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_lastWritten.TryGetValue(deviceId, out var last) && now - last < SeenResolution)
        {
            return;
        }

        _lastWritten[deviceId] = now;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Devices.Where(d => d.Id == deviceId).ExecuteUpdateAsync(s => s.SetProperty(d => d.LastSeenAt, now), cancellationToken);
    }
}

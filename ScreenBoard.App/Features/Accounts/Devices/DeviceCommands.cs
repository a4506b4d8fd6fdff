using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Devices;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>The office registers, pairs and revokes screens (audited, through the one write path).</summary>
public sealed class DeviceCommands(WriteRunner writes, PairingStore pairings, IOptions<KioskOptions> kiosk)
{
    /// <summary>Registers a screen (name, place, the kiosk profile it will show); the result carries its id.</summary>
    public Task<(CommandResult Result, int Id)> RegisterAsync(string name, string? place, string profile, Actor actor, CancellationToken cancellationToken = default) =>
        writes.RunAsync(actor, async write =>
        {
            WriteScope.Require(actor.IsOffice);
            RequireProfile(profile);
            var trimmed = name?.Trim() ?? string.Empty;
            if (await write.Db.Devices.AnyAsync(d => d.Name == trimmed, cancellationToken))
            {
                WriteScope.Refuse("Devices.NameTaken", trimmed);
            }

            var device = new ScreenDevice(trimmed, place, profile, write.Now);
            write.Db.Devices.Add(device);
            write.Audit("device.registered", nameof(ScreenDevice), device.Name, null, new { device.Name, device.Place, device.Profile });
            await write.Db.SaveChangesAsync(cancellationToken);
            return device.Id;
        }, cancellationToken: cancellationToken);

    /// <summary>
    /// Pairs the screen waiting with <paramref name="code"/> as the registered screen <paramref name="deviceId"/>,
    /// showing <paramref name="profile"/>: a new credential replaces any old one, and the waiting screen may claim it.
    /// The screen's credential and the approval of its code are one write, on whichever server the code is entered.
    /// </summary>
    public Task<CommandResult> PairAsync(int deviceId, string code, string profile, Actor actor, CancellationToken cancellationToken = default)
    {
        var normalized = PairingStore.Normalize(code);
        return writes.RunAsync(actor, async write =>
        {
            WriteScope.Require(actor.IsOffice);
            RequireProfile(profile);
            var pairing = await write.Db.Pairings.SingleOrDefaultAsync(p => p.Code == normalized, cancellationToken);
            if (pairing is null || !pairing.IsWaiting(write.Now))
            {
                WriteScope.Refuse("Devices.UnknownCode", normalized);
            }

            var device = WriteScope.Found(await write.Db.Devices.SingleOrDefaultAsync(d => d.Id == deviceId, cancellationToken));
            var before = new { device.Profile, State = device.State.ToString() };
            var secret = Credentials.NewSecret(string.Empty);
            device.Pair(Credentials.Hash(secret), profile, write.Now);
            pairing!.Approve(device.Id, profile, pairings.Protect(secret), write.Now);
            write.Audit("device.paired", nameof(ScreenDevice), device.Name, before, new { device.Profile, State = device.State.ToString() });
        }, cancellationToken: cancellationToken);
    }

    /// <summary>Withdraws the screen's credential: it shows a pairing code again within the re-check interval.</summary>
    public Task<CommandResult> RevokeAsync(int deviceId, Actor actor, CancellationToken cancellationToken = default) =>
        writes.RunAsync(actor, async write =>
        {
            WriteScope.Require(actor.IsOffice);
            var device = WriteScope.Found(await write.Db.Devices.SingleOrDefaultAsync(d => d.Id == deviceId, cancellationToken));
            device.Revoke(write.Now);
            write.Audit("device.revoked", nameof(ScreenDevice), device.Name, new { State = DeviceState.Paired.ToString() }, new { State = device.State.ToString() });
        }, cancellationToken: cancellationToken);

    private void RequireProfile(string? profile)
    {
        if (string.IsNullOrWhiteSpace(profile) || !kiosk.Value.Profiles.ContainsKey(profile))
        {
            WriteScope.Refuse("Devices.UnknownProfile", profile);
        }
    }
}

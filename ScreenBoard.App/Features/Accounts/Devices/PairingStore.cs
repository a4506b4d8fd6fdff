using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Devices;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>
/// The screens waiting to be paired, in the database (docs/decisions/031): a code shown by a screen connected to one
/// app server can be entered on the devices page of any other, and the screen claims its credential from whichever
/// server it reaches. A waiting screen shows a short code for a person to type; only the screen knows its claim key
/// (the row keeps its hash), so the credential the office approves can be fetched by that screen alone, once.
/// Not audited and outside the write path (docs/decisions/012) except the approval, which
/// <see cref="DeviceCommands.PairAsync"/> writes with the screen's pairing, in one transaction.
/// </summary>
public sealed class PairingStore(IDbContextFactory<ScreenBoardDbContext> contexts, IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>How long a code can be entered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Letters and digits nobody confuses on a wall or a keyboard (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).</summary>
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";

    public const int CodeLength = ScreenPairing.CodeLength;

    /// <summary>The data-protection purpose of an approved credential waiting in its row.</summary>
    public const string ProtectionPurpose = "ScreenBoard.Devices.Pairing";

    private const int Attempts = 5;

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectionPurpose);

    /// <summary>A new code for a waiting screen (expired codes are cleared first).</summary>
    public async Task<PairingTicket> BeginAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Pairings.Where(p => p.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var code = new string(Enumerable.Range(0, CodeLength).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());
            var ticket = new PairingTicket(code, Credentials.NewSecret(string.Empty), now + Lifetime);
            var pairing = new ScreenPairing(code, Credentials.Hash(ticket.ClaimKey), ticket.ExpiresAt);
            db.Pairings.Add(pairing);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ticket;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another waiting screen (on this server or another) drew the same code: draw again. Any other
                // failure fails the same way each time and is thrown at the last attempt.
                db.Entry(pairing).State = EntityState.Detached;
            }
        }
    }

    /// <summary>What a person typed, as a code: upper case, without spaces or dashes.</summary>
    public static string Normalize(string? typed) =>
        new((typed ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>Protects a new credential for the pairing row until the screen claims it.</summary>
    internal string Protect(string secret) => _protector.Protect(secret);

    /// <summary>Where the screen's request stands (a read by the code's unique index).</summary>
    public async Task<PairingStatus> StatusOfAsync(PairingTicket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pairing = await db.Pairings.AsNoTracking().SingleOrDefaultAsync(p => p.Code == ticket.Code, cancellationToken);
        if (pairing is null || !SameHash(pairing.ClaimKeyHash, ticket.ClaimKey))
        {
            return PairingStatus.Expired;
        }

        return pairing.IsApproved ? PairingStatus.Approved
            : pairing.IsLiveAt(time.GetUtcNow()) ? PairingStatus.Waiting
            : PairingStatus.Expired;
    }

    /// <summary>
    /// The approved credential and profile, handed out once to the holder of the claim key: the row is deleted by a
    /// statement that only one of two simultaneous claims (on two servers) can win.
    /// </summary>
    public async Task<(string Secret, string Profile)?> ClaimAsync(string? code, string? claimKey, CancellationToken cancellationToken = default)
    {
        var key = Normalize(code);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pairing = await db.Pairings.AsNoTracking().SingleOrDefaultAsync(p => p.Code == key, cancellationToken);
        if (pairing is not { ProtectedSecret: { } secret, Profile: { } profile } || !pairing.IsLiveAt(time.GetUtcNow())
            || !SameHash(pairing.ClaimKeyHash, claimKey ?? string.Empty))
        {
            return null;
        }

        if (await db.Pairings.Where(p => p.Id == pairing.Id).ExecuteDeleteAsync(cancellationToken) != 1)
        {
            return null;
        }

        try
        {
            return (_protector.Unprotect(secret), profile);
        }
        catch (CryptographicException)
        {
            // Protected with a key this server does not have (the key ring is not shared): the screen pairs again.
            return null;
        }
    }

    private static bool SameHash(string storedHash, string claimKey) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(storedHash), System.Text.Encoding.ASCII.GetBytes(Credentials.Hash(claimKey)));
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

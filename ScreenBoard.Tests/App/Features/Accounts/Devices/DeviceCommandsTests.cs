using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Devices;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Accounts.Devices;

/// <summary>
/// The office registers, pairs and revokes screens; anyone else, a wrong code or a second claim gets nothing. The waiting
/// codes are rows of the real SQLite file, so a code shown through one server's store is paired and claimed through another's.
/// </summary>
public sealed class DeviceCommandsTests : IDisposable
{
    private static readonly Actor Office = new("office1", ActorRole.Office, null, "10.0.0.5");

    private readonly TestDatabase _database = new();
    private readonly TestServices _services;
    private readonly EphemeralDataProtectionProvider _keys = new();
    private readonly PairingStore _pairings;
    private readonly DeviceCommands _commands;

    public DeviceCommandsTests()
    {
        _services = new TestServices(_database);
        _pairings = new PairingStore(_database, _keys, _services.Clock);
        _commands = new DeviceCommands(_services.Writes, _pairings, Options.Create(new KioskOptions()));
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Pairing_GivesTheWaitingScreen_OneClaimOfTheCredentialWhoseHashIsStored()
    {
        var id = await RegisterAsync("会议室屏");
        var ticket = await _pairings.BeginAsync();

        var paired = await _commands.PairAsync(id, ticket.Code.ToLowerInvariant(), "office", Office);
        var claim = await _pairings.ClaimAsync(ticket.Code, ticket.ClaimKey);
        var second = await _pairings.ClaimAsync(ticket.Code, ticket.ClaimKey);

        Assert.True(paired.Succeeded);
        Assert.NotNull(claim);
        Assert.Null(second);
        await using var db = _database.CreateDbContext();
        var device = await db.Devices.SingleAsync();
        Assert.Equal((DeviceState.Paired, "office", Credentials.Hash(claim!.Value.Secret)), (device.State, device.Profile, device.CredentialHash));
        Assert.Equal(["device.registered", "device.paired"], await Actions(db));
        Assert.Equal("10.0.0.5", (await db.AuditEntries.OrderBy(a => a.Id).LastAsync()).ClientAddress);
    }

    [Fact]
    public async Task TheClaim_NeedsTheScreensOwnKey_NotJustTheCodeOnTheWall()
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = await _pairings.BeginAsync();
        await _commands.PairAsync(id, ticket.Code, "hall", Office);

        Assert.Null(await _pairings.ClaimAsync(ticket.Code, "guessed-key"));
        Assert.NotNull(await _pairings.ClaimAsync(ticket.Code, ticket.ClaimKey));
    }

    [Fact]
    public async Task AnExpiredOrUnknownCode_IsRefused_AndWritesNothing()
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = await _pairings.BeginAsync();
        _services.Clock.Advance(PairingStore.Lifetime + TimeSpan.FromSeconds(1));

        var expired = await _commands.PairAsync(id, ticket.Code, "hall", Office);
        var unknown = await _commands.PairAsync(id, "AAAAAA", "hall", Office);

        Assert.Equal(("Devices.UnknownCode", "Devices.UnknownCode"), (expired.MessageKey, unknown.MessageKey));
        Assert.Equal(PairingStatus.Expired, await _pairings.StatusOfAsync(ticket));
        await using var db = _database.CreateDbContext();
        Assert.Null((await db.Devices.SingleAsync()).CredentialHash);
        Assert.Equal(["device.registered"], await Actions(db));
    }

    [Fact]
    public async Task ACodeShownThroughOneServer_IsPairedAndClaimedThroughAnother_Once()
    {
        // Two app servers: each its own store and commands over the one database, one key ring (as on PostgreSQL).
        var serverB = new PairingStore(_database, _keys, _services.Clock);
        var commandsOnB = new DeviceCommands(_services.Writes, serverB, Options.Create(new KioskOptions()));
        var id = await RegisterAsync("二楼会议室屏");
        var ticket = await _pairings.BeginAsync();

        var paired = await commandsOnB.PairAsync(id, ticket.Code, "office", Office);
        var status = await _pairings.StatusOfAsync(ticket);
        var claim = await _pairings.ClaimAsync(ticket.Code, ticket.ClaimKey);
        var onB = await serverB.ClaimAsync(ticket.Code, ticket.ClaimKey);

        Assert.True(paired.Succeeded, paired.MessageKey);
        Assert.Equal(PairingStatus.Approved, status);
        Assert.NotNull(claim);
        Assert.Null(onB);
        await using var db = _database.CreateDbContext();
        Assert.Equal(Credentials.Hash(claim.Value.Secret), (await db.Devices.SingleAsync()).CredentialHash);
        Assert.Empty(await db.Pairings.ToListAsync());
    }

    [Fact]
    public async Task TheDatabase_KeepsNoCredentialOrClaimKeyInClear()
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = await _pairings.BeginAsync();
        await _commands.PairAsync(id, ticket.Code, "hall", Office);

        await using var db = _database.CreateDbContext();
        var row = await db.Pairings.AsNoTracking().SingleAsync();
        var device = await db.Devices.AsNoTracking().SingleAsync();
        Assert.Equal((ticket.Code, Credentials.Hash(ticket.ClaimKey), id, "hall"), (row.Code, row.ClaimKeyHash, row.DeviceId, row.Profile));
        Assert.DoesNotContain(ticket.ClaimKey, row.ProtectedSecret!, StringComparison.Ordinal);
        var secret = _keys.CreateProtector(PairingStore.ProtectionPurpose).Unprotect(row.ProtectedSecret!);
        Assert.Equal(device.CredentialHash, Credentials.Hash(secret));
        Assert.DoesNotContain(secret, row.ProtectedSecret!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACodeIsPairedOnce_AndExpiredCodesAreClearedWhenTheNextScreenAsks()
    {
        var first = await RegisterAsync("大厅屏");
        var second = await RegisterAsync("走廊屏");
        var ticket = await _pairings.BeginAsync();
        var stale = await _pairings.BeginAsync();

        var paired = await _commands.PairAsync(first, ticket.Code, "hall", Office);
        var again = await _commands.PairAsync(second, ticket.Code, "hall", Office);
        _services.Clock.Advance(PairingStore.Lifetime + TimeSpan.FromSeconds(1));
        var fresh = await _pairings.BeginAsync();

        Assert.True(paired.Succeeded);
        Assert.Equal("Devices.UnknownCode", again.MessageKey);
        Assert.NotEqual(stale.Code, fresh.Code);
        await using var db = _database.CreateDbContext();
        Assert.Equal([fresh.Code], await db.Pairings.Select(p => p.Code).ToListAsync());
        Assert.Null((await db.Devices.SingleAsync(d => d.Id == second)).CredentialHash);
    }

    [Fact]
    public async Task AClaimOnAServerWithAnotherKeyRing_GetsNothing_AndTheScreenStartsAgain()
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = await _pairings.BeginAsync();
        await _commands.PairAsync(id, ticket.Code, "hall", Office);
        var stranger = new PairingStore(_database, new EphemeralDataProtectionProvider(), _services.Clock);

        Assert.Null(await stranger.ClaimAsync(ticket.Code, ticket.ClaimKey));
        Assert.Equal(PairingStatus.Expired, await _pairings.StatusOfAsync(ticket));
    }

    [Theory]
    [InlineData(ActorRole.Reporter)]
    [InlineData(ActorRole.Leader)]
    [InlineData(ActorRole.Device)]
    [InlineData(ActorRole.Anonymous)]
    public async Task OnlyTheOffice_RegistersPairsOrRevokes(ActorRole role)
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = await _pairings.BeginAsync();
        var someone = new Actor("someone", role);

        var register = await _commands.RegisterAsync("另一屏", null, "hall", someone);
        var pair = await _commands.PairAsync(id, ticket.Code, "hall", someone);
        var revoke = await _commands.RevokeAsync(id, someone);

        Assert.All([register.Result, pair, revoke], r => Assert.Equal(CommandError.Forbidden, r.Error));
        Assert.Equal(PairingStatus.Waiting, await _pairings.StatusOfAsync(ticket));
        await using var db = _database.CreateDbContext();
        Assert.Equal(["device.registered"], await Actions(db));
    }

    [Fact]
    public async Task Revoke_ClearsTheCredential_OnceOnly()
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = await _pairings.BeginAsync();
        await _commands.PairAsync(id, ticket.Code, "hall", Office);

        var first = await _commands.RevokeAsync(id, Office);
        var again = await _commands.RevokeAsync(id, Office);

        Assert.True(first.Succeeded);
        Assert.Equal("Domain.Device.NotPaired", again.MessageKey);
        await using var db = _database.CreateDbContext();
        Assert.Equal(DeviceState.Revoked, (await db.Devices.SingleAsync()).State);
        Assert.Equal(["device.registered", "device.paired", "device.revoked"], await Actions(db));
    }

    [Fact]
    public async Task Register_RefusesAnUnknownProfile_AndASecondScreenOfTheSameName()
    {
        await RegisterAsync("大厅屏");

        var (unknown, _) = await _commands.RegisterAsync("走廊屏", null, "lobby", Office);
        var (duplicate, _) = await _commands.RegisterAsync("大厅屏", "二楼", "hall", Office);

        Assert.Equal(("Devices.UnknownProfile", "Devices.NameTaken"), (unknown.MessageKey, duplicate.MessageKey));
    }

    private async Task<int> RegisterAsync(string name)
    {
        var (result, id) = await _commands.RegisterAsync(name, "一楼", "hall", Office);
        Assert.True(result.Succeeded, result.MessageKey);
        return id;
    }

    private static Task<List<string>> Actions(ScreenBoard.Domain.Persistence.ScreenBoardDbContext db) =>
        db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
}

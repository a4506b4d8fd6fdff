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

/// <summary>The office registers, pairs and revokes screens; anyone else, a wrong code or a second claim gets nothing.</summary>
public sealed class DeviceCommandsTests : IDisposable
{
    private static readonly Actor Office = new("office1", ActorRole.Office, null, "10.0.0.5");

    private readonly TestDatabase _database = new();
    private readonly TestServices _services;
    private readonly PairingRequests _pairings;
    private readonly DeviceCommands _commands;

    public DeviceCommandsTests()
    {
        _services = new TestServices(_database);
        _pairings = new PairingRequests(_services.Clock);
        _commands = new DeviceCommands(_services.Writes, _pairings, Options.Create(new KioskOptions()));
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Pairing_GivesTheWaitingScreen_OneClaimOfTheCredentialWhoseHashIsStored()
    {
        var id = await RegisterAsync("会议室屏");
        var ticket = _pairings.Begin();

        var paired = await _commands.PairAsync(id, ticket.Code.ToLowerInvariant(), "office", Office);
        var claim = _pairings.Claim(ticket.Code, ticket.ClaimKey);
        var second = _pairings.Claim(ticket.Code, ticket.ClaimKey);

        Assert.True(paired.Succeeded);
        Assert.NotNull(claim);
        Assert.Null(second);
        await using var db = _database.CreateDbContext();
        var device = await db.Devices.SingleAsync();
        Assert.Equal((DeviceState.Paired, "office", Credentials.Hash(claim.Value.Secret)), (device.State, device.Profile, device.CredentialHash));
        Assert.Equal(["device.registered", "device.paired"], await Actions(db));
        Assert.Equal("10.0.0.5", (await db.AuditEntries.OrderBy(a => a.Id).LastAsync()).ClientAddress);
    }

    [Fact]
    public async Task TheClaim_NeedsTheScreensOwnKey_NotJustTheCodeOnTheWall()
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = _pairings.Begin();
        await _commands.PairAsync(id, ticket.Code, "hall", Office);

        Assert.Null(_pairings.Claim(ticket.Code, "guessed-key"));
        Assert.NotNull(_pairings.Claim(ticket.Code, ticket.ClaimKey));
    }

    [Fact]
    public async Task AnExpiredOrUnknownCode_IsRefused_AndWritesNothing()
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = _pairings.Begin();
        _services.Clock.Advance(PairingRequests.Lifetime + TimeSpan.FromSeconds(1));

        var expired = await _commands.PairAsync(id, ticket.Code, "hall", Office);
        var unknown = await _commands.PairAsync(id, "AAAAAA", "hall", Office);

        Assert.Equal(("Devices.UnknownCode", "Devices.UnknownCode"), (expired.MessageKey, unknown.MessageKey));
        Assert.Equal(PairingStatus.Expired, _pairings.StatusOf(ticket));
        await using var db = _database.CreateDbContext();
        Assert.Null((await db.Devices.SingleAsync()).CredentialHash);
        Assert.Equal(["device.registered"], await Actions(db));
    }

    [Theory]
    [InlineData(ActorRole.Reporter)]
    [InlineData(ActorRole.Leader)]
    [InlineData(ActorRole.Device)]
    [InlineData(ActorRole.Anonymous)]
    public async Task OnlyTheOffice_RegistersPairsOrRevokes(ActorRole role)
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = _pairings.Begin();
        var someone = new Actor("someone", role);

        var register = await _commands.RegisterAsync("另一屏", null, "hall", someone);
        var pair = await _commands.PairAsync(id, ticket.Code, "hall", someone);
        var revoke = await _commands.RevokeAsync(id, someone);

        Assert.All([register.Result, pair, revoke], r => Assert.Equal(CommandError.Forbidden, r.Error));
        Assert.Equal(PairingStatus.Waiting, _pairings.StatusOf(ticket));
        await using var db = _database.CreateDbContext();
        Assert.Equal(["device.registered"], await Actions(db));
    }

    [Fact]
    public async Task Revoke_ClearsTheCredential_OnceOnly()
    {
        var id = await RegisterAsync("大厅屏");
        var ticket = _pairings.Begin();
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

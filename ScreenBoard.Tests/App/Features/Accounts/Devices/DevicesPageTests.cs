using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Accounts.Devices;

/// <summary>/devices: the office sees each screen's state and whether it is connected, and revokes one; nobody else sees anything.</summary>
public sealed class DevicesPageTests : BoardTestContext
{
    private static readonly Actor Office = new("office1", ActorRole.Office);

    private readonly TestDatabase _database = new();
    private readonly PairingStore _pairings;
    private readonly DeviceCommands _commands;
    private readonly KioskConnections _connections = new();
    private readonly BunitAuthorizationContext _auth;
    private DatabaseSettings? _settings;

    public DevicesPageTests()
    {
        var services = new TestServices(_database, Clock);
        _pairings = new PairingStore(_database, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider(), Clock);
        _commands = new DeviceCommands(services.Writes, _pairings, Options.Create(new KioskOptions()));
        _auth = AddAuthorization();
        Services.AddSingleton(_commands);
        Services.AddSingleton(new DeviceDirectory(_database, Clock));
        Services.AddSingleton(_connections);
        Services.AddSingleton(Options.Create(new KioskOptions()));
        Services.AddSingleton(_ => _settings ?? _database.Settings);
        Services.AddSingleton<DevicePresence>();

        // Last: reading the renderer builds the service provider.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }

    [Fact]
    public async Task TheOffice_SeesEachScreensStateAndConnection_AndRevokesOne()
    {
        var (_, hall) = await _commands.RegisterAsync("一楼大厅屏", "一楼大厅", "hall", Office);
        await _commands.RegisterAsync("会议室屏", "三楼", "office", Office);
        await _commands.PairAsync(hall, (await _pairings.BeginAsync()).Code, "hall", Office);
        _connections.Up(hall);
        SignInAsOffice();

        var cut = Render<DevicesPage>();
        cut.WaitForElement("tr[data-device='一楼大厅屏']");

        Assert.Equal(("Paired", "1"), Row(cut, "一楼大厅屏"));
        Assert.Equal(("Unpaired", "0"), Row(cut, "会议室屏"));
        Assert.Contains("已连接（1）", cut.Find("tr[data-device='一楼大厅屏']").TextContent);

        cut.Find("tr[data-device='一楼大厅屏'] [data-action=revoke]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Revoked", Row(cut, "一楼大厅屏").State));
        await using var db = _database.CreateDbContext();
        var audit = await db.AuditEntries.OrderBy(a => a.Id).LastAsync();
        Assert.Equal(("device.revoked", "office1", ActorRole.Office), (audit.Action, audit.Actor, audit.ActorRole));
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql, "Elsewhere", "在线（其他服务器）")]
    [InlineData(DatabaseProvider.Sqlite, "None", "未连接")]
    public async Task AScreenSeenLatelyButNotConnectedHere_IsOnlineElsewhere_OnlyWhenSeveralServersShareTheDatabase(DatabaseProvider provider, string presence, string shown)
    {
        _settings = new DatabaseSettings(provider, "Data Source=unused");
        var (_, hall) = await _commands.RegisterAsync("一楼大厅屏", "一楼大厅", "hall", Office);
        await _commands.PairAsync(hall, (await _pairings.BeginAsync()).Code, "hall", Office);
        await Services.GetRequiredService<DeviceDirectory>().SeenAsync(hall);
        var presenceRule = Services.GetRequiredService<DevicePresence>();
        SignInAsOffice();

        // Seen at 10:00 (Beijing), connected to no screen of this server: another server holds it, on PostgreSQL.
        Clock.Advance(presenceRule.Window - TimeSpan.FromSeconds(1));
        var cut = Render<DevicesPage>();
        var row = cut.WaitForElement("tr[data-device='一楼大厅屏']");
        Assert.Equal(presence, row.GetAttribute("data-presence"));
        Assert.Contains(shown, row.TextContent);

        // Past the window it is no longer taken as connected anywhere.
        Clock.Advance(TimeSpan.FromSeconds(2));
        cut = Render<DevicesPage>();
        row = cut.WaitForElement("tr[data-device='一楼大厅屏']");
        Assert.Equal("None", row.GetAttribute("data-presence"));
        Assert.Contains("未连接", row.TextContent);
    }

    [Fact]
    public async Task SomeoneElse_SeesNoScreensAndNoActions()
    {
        await _commands.RegisterAsync("一楼大厅屏", "一楼大厅", "hall", Office);
        _auth.SetAuthorized("leader1");
        _auth.SetClaims([.. ScreenBoardClaims.For("leader1", ActorRole.Leader)]);

        var cut = Render<DevicesPage>();

        Assert.NotNull(cut.Find("[data-testid=office-only]"));
        Assert.Empty(cut.FindAll("tr[data-device]"));
        Assert.Empty(cut.FindAll("[data-action]"));
    }

    private void SignInAsOffice()
    {
        _auth.SetAuthorized("office1");
        _auth.SetClaims([.. ScreenBoardClaims.For("office1", ActorRole.Office)]);
        _auth.SetPolicies(Policies.Office);
    }

    private static (string? State, string? Connected) Row(IRenderedComponent<DevicesPage> cut, string name)
    {
        var row = cut.Find($"tr[data-device='{name}']");
        return (row.GetAttribute("data-state"), row.GetAttribute("data-connected"));
    }
}

using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Accounts;

/// <summary>
/// A circuit that reaches an office page without the route's check (a replayed or crafted circuit): the
/// page is rendered directly for a Reporter and for an anonymous browser, its button clicked, and the
/// command refuses; nothing is written. The same click by the office writes, so the test can fail.
/// </summary>
public sealed class CircuitRefusalTests : BoardTestContext
{
    private readonly TestDatabase _database = new();

    public CircuitRefusalTests()
    {
        var list = new ListBuilder(_database);
        list.Task("T1", "QSZ", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        list.Save();
        var services = new TestServices(_database, Clock);
        Services.AddSingleton(services.Store);
        Services.AddSingleton(services.Quarters);
        Services.AddSingleton(new ScreenBoard.App.Features.Quarters.QuarterQueries(services.Store));
        Services.AddSingleton<IBoardNotifier>(services.Notifier);
        Services.AddCascadingValue(_ => new RequestOrigin("10.0.0.9"));
    }

    [Theory]
    [InlineData("Reporter")]
    [InlineData(null)]
    public async Task QuartersPage_ComputeClickedWithoutTheOfficeRole_IsRefusedAndWritesNothing(string? role)
    {
        SignedInAs(role);
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var cut = Render<QuartersPage>();

        await ClickComputeAsync(cut);

        Assert.Equal((0, 0), await WrittenAsync());
        cut.WaitForAssertion(() => Assert.Contains("无权", cut.Markup + Services.GetRequiredService<MudBlazor.ISnackbar>().ShownSnackbars.Select(s => s.Message).FirstOrDefault()));
    }

    [Fact]
    public async Task QuartersPage_ComputeClickedByTheOffice_WritesTheSnapshot()
    {
        SignedInAs("Office");
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var cut = Render<QuartersPage>();

        await ClickComputeAsync(cut);

        Assert.Equal((1, 1), await WrittenAsync());
    }

    /// <summary>
    /// Found and clicked on the renderer's own thread: the page's first load may still be re-rendering it (seen on
    /// PostgreSQL), and a button found before that render has lost its handler by the time it is clicked.
    /// </summary>
    private static Task ClickComputeAsync(IRenderedComponent<QuartersPage> cut) =>
        cut.InvokeAsync(() => cut.Find("[data-action=compute-last]").ClickAsync(new()));

    private void SignedInAs(string? role)
    {
        var auth = AddAuthorization();
        if (role is not null)
        {
            auth.SetAuthorized(role.ToLowerInvariant());
            auth.SetClaims(new Claim(ScreenBoardClaims.Role, role));
        }
    }

    private async Task<(int Snapshots, int AuditEntries)> WrittenAsync()
    {
        await using var db = _database.CreateDbContext();
        return (await db.Snapshots.CountAsync(), await db.AuditEntries.CountAsync(a => a.Action != "LoadListFile"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}

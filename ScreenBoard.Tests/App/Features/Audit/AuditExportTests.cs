using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ScreenBoard.App.Features.Audit;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Audit;

/// <summary>/audit and GET /api/audit.xlsx in the running app: the office only, the filtered rows, every text cell neutralised.</summary>
[Collection(AppCollection.Name)]
public sealed class AuditExportTests(AuditExportTests.AuditedApp app) : IClassFixture<AuditExportTests.AuditedApp>
{
    [Fact]
    public async Task TheExport_HoldsTheFilteredRows_WithChineseHeaders_AndNeutralisedCells()
    {
        using var client = await SignInClient.CreateAsync(app, "office");

        using var response = await client.GetAsync("/api/audit.xlsx?user=%3DHYPER");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AuditExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        var row = Assert.Single(rows);
        Assert.Equal(["时间", "账号", "角色", "单位", "地址", "操作", "对象", "对象编号", "变更前", "变更后"], row.Keys);
        Assert.Equal("'=HYPERLINK(\"http://x\")", row["账号"]);
        Assert.Equal("督查室", row["角色"]);
        Assert.Equal("'-1+2", row["对象编号"]);
        Assert.Equal("'@SUM(A1)", row["操作"]);
        Assert.Equal("note: +1", row["变更后"]);
        Assert.Equal("2026-11-25 10:00:00", row["时间"]);
    }

    [Fact]
    public async Task TheExport_AndThePage_AreTheOfficesOnly()
    {
        using var reviewer = await SignInClient.CreateAsync(app, "reviewer");
        using var token = await app.CreateApiClientAsync();
        using var anonymous = await SignInClient.CreateAsync(app, null);

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/audit.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await token.GetAsync("/api/audit.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/audit.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/audit")).StatusCode);
    }

    [Fact]
    public async Task ThePage_ListsTheFilteredEntries_WithTheChangedKeysMarked()
    {
        using var client = await SignInClient.CreateAsync(app, "office");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?user=%3DHYPER"));

        Assert.Contains("共 1 条", html, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK", html, StringComparison.Ordinal);
        Assert.Contains("data-key=\"note\" data-changed=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("2026-11-25 10:00:00", html, StringComparison.Ordinal);
    }

    public sealed class AuditedApp : AppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ScreenBoardDbContext>>().CreateDbContextAsync();
            db.AuditEntries.Add(new AuditEntry(new Actor("=HYPERLINK(\"http://x\")", ActorRole.Office, null, "127.0.0.1"), Clock.GetUtcNow(), "@SUM(A1)", "Other", "-1+2", null, "{\"note\":\"+1\"}"));
            await db.SaveChangesAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}

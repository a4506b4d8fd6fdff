using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts.Tokens;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Tokens;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Import;

/// <summary>
/// <c>GET /api/list.xlsx</c> (read token) and <c>POST /api/list/import</c> (import token only): 200 with the counts,
/// or 422/413 with a problem document listing every problem, and nothing written.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImportApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TheExport_WithAReadToken_IsTheDemoListAsAWorkbook()
    {
        using var client = await factory.CreateApiClientAsync();

        var response = await client.GetAsync("/api/list.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.True(ImportRig.Rows(await response.Content.ReadAsByteArrayAsync(), "任务").Count >= 150);
    }

    [Fact]
    public async Task TheDemoListsExport_ImportedWithAnImportToken_Is200AndChangesNothing()
    {
        using var reader = await factory.CreateApiClientAsync();
        var exported = await reader.GetByteArrayAsync("/api/list.xlsx");
        using var importer = await ClientAsync(ApiTokenScope.Import);

        var response = await importer.PostAsync("/api/list/import", Upload(exported, "list.xlsx"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((0, 0), (json.RootElement.GetProperty("added").GetProperty("tasks").GetInt32(), json.RootElement.GetProperty("changed").GetProperty("tasks").GetInt32()));
    }

    [Fact]
    public async Task ABadWorkbook_Is422WithEveryProblemAndWritesNothing()
    {
        using var client = await ClientAsync(ApiTokenScope.Import);
        var before = await TaskCountAsync();

        var response = await client.PostAsync("/api/list/import", Upload(ImportRig.Workbook([ImportRig.TaskRow("N-1", lead: "XXX")]), "list.xlsx"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(("任务", 2, "牵头单位代码"), (error.GetProperty("sheet").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Contains("XXX", error.GetProperty("reason").GetString());
        Assert.Equal(before, await TaskCountAsync());
    }

    [Fact]
    public async Task ABadJsonListFile_Is422NamingEntryAndField()
    {
        using var client = await ClientAsync(ApiTokenScope.Import);
        var file = """{ "format": "screenboard-list/1", "list": { "title": "清单", "year": 2026 }, "units": [], "tasks": [ { "code": "J-9", "title": "任务", "category": "Big", "source": "AnnualList", "lead": "QSZ", "deadline": "12-31" } ] }""";

        var response = await client.PostAsync("/api/list/import", Upload(Encoding.UTF8.GetBytes(file), "list.json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(("tasks[0] (J-9)", "category"), (error.GetProperty("entry").GetString(), error.GetProperty("field").GetString()));
        Assert.StartsWith("\"Big\" 不是 Major, Key, PeopleLivelihood 之一", error.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task WithoutAToken_Is401_AndAReadToken_Is403()
    {
        using var anonymous = factory.CreateClient();
        using var reader = await factory.CreateApiClientAsync();
        var file = ImportRig.Workbook([ImportRig.TaskRow("N-2")]);

        var unauthenticated = await anonymous.PostAsync("/api/list/import", Upload(file, "list.xlsx"));
        var readOnly = await reader.PostAsync("/api/list/import", Upload(file, "list.xlsx"));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (unauthenticated.StatusCode, readOnly.StatusCode));
        await using var db = factory.Database.CreateDbContext();
        Assert.False(await db.Tasks.AnyAsync(t => t.Code == "N-2"));
    }

    [Fact]
    public async Task AFiftyMegabyteUpload_Is413WithAChineseReason()
    {
        using var client = await ClientAsync(ApiTokenScope.Import);

        var response = await client.PostAsync("/api/list/import", Upload(new byte[50 * 1024 * 1024], "list.xlsx"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("文件超过 10 MB 的上限，未读取，未写入任何内容。", json.RootElement.GetProperty("errors")[0].GetProperty("reason").GetString());
    }

    private static MultipartFormDataContent Upload(byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private async Task<HttpClient> ClientAsync(ApiTokenScope scope)
    {
        var (result, token) = await factory.Services.GetRequiredService<TokenCommands>()
            .IssueAsync("import-" + Guid.NewGuid().ToString("N"), scope, 30, Actor.System("test"));
        Assert.True(result.Succeeded, result.MessageKey);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<int> TaskCountAsync()
    {
        await using var db = factory.Database.CreateDbContext();
        return await db.Tasks.CountAsync();
    }
}

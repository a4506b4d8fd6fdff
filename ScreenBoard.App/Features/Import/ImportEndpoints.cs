using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// The list as a workbook and its import: <c>GET /api/list.xlsx</c> (read token or signed-in person),
/// <c>POST /api/list/import</c> (an import token; multipart, the file in the field <c>file</c>), and the office's
/// downloads from the import page (<c>/list/export.xlsx</c>, <c>/list/template.xlsx</c>, cookie, Office policy).
/// </summary>
public static class ImportEndpoints
{
    public const string ExportPath = "/list/export.xlsx";
    public const string TemplatePath = "/list/template.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Room for the multipart envelope around a file of the largest size allowed.</summary>
    private const long FormSlack = 64 * 1024;

    /// <summary>The export, on the API group (<c>/api</c>, policy ApiRead).</summary>
    public static RouteGroupBuilder MapListExportApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/list.xlsx", ExportAsync);
        return api;
    }

    /// <summary>
    /// The import, under <paramref name="prefix"/> but outside the read group: its one policy is ApiImport (an import
    /// token), so a refused caller gets exactly one 401 or 403 problem document.
    /// </summary>
    public static WebApplication MapListImportApi(this WebApplication app, string prefix)
    {
        ArgumentNullException.ThrowIfNull(app);
        var maxBytes = app.Services.GetRequiredService<IOptions<ImportOptions>>().Value.MaxBytes;
        app.MapPost(prefix + "/list/import", ImportAsync)
            .RequireAuthorization(Policies.ApiImport)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + FormSlack), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxBytes + FormSlack });
        return app;
    }

    /// <summary>The import page's downloads, for the office's signed-in browser.</summary>
    public static WebApplication MapImportDownloads(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(ExportPath, ExportAsync).RequireAuthorization(Policies.Office);
        app.MapGet(TemplatePath, (ListExportQueries queries) =>
            Results.File(ListWorkbookWriter.Write(queries.Template()), ContentType, "督查清单导入模板.xlsx")).RequireAuthorization(Policies.Office);
        return app;
    }

    private static async Task<IResult> ExportAsync(string? unit, ListExportQueries queries, CancellationToken cancellationToken)
    {
        var list = await queries.ListAsync(string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), cancellationToken: cancellationToken);
        var name = string.IsNullOrWhiteSpace(unit) ? $"督查清单-{list.Year}.xlsx" : $"督查清单-{list.Year}-{unit.Trim()}.xlsx";
        return Results.File(ListWorkbookWriter.Write(list), ContentType, name);
    }

    private static async Task<IResult> ImportAsync(HttpContext http, ImportCommands commands, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var actor = ScreenBoardClaims.ActorOf(http.User, RequestOrigin.For(http).ClientAddress);
        if (http.Request.ContentLength > commands.MaxBytes + FormSlack)
        {
            return Problem(commands.TooLarge(), StatusCodes.Status413PayloadTooLarge, localizer);
        }

        IFormFile? file;
        try
        {
            file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(cancellationToken)).Files.GetFile("file") : null;
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status413PayloadTooLarge))
        {
            return Problem(commands.TooLarge(), StatusCodes.Status413PayloadTooLarge, localizer);
        }

        if (file is null)
        {
            return Problem(ImportOutcome.Refused([ImportProblem.OfFile(localizer["Import.NoFile"].Value)]), StatusCodes.Status422UnprocessableEntity, localizer);
        }

        if (file.Length > commands.MaxBytes)
        {
            return Problem(commands.TooLarge(), StatusCodes.Status413PayloadTooLarge, localizer);
        }

        await using var stream = file.OpenReadStream();
        var outcome = await commands.ImportAsync(stream, file.Length, actor, cancellationToken);
        return outcome switch
        {
            { Succeeded: true } => Results.Ok(new { added = outcome.Added, changed = outcome.Changed }),
            { Result.Error: CommandError.Forbidden } => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: localizer.Describe(outcome.Result)),
            _ => Problem(outcome, StatusCodes.Status422UnprocessableEntity, localizer),
        };
    }

    /// <summary>A problem document whose <c>errors</c> lists every problem: sheet/row/column or entry/field, and the reason.</summary>
    private static IResult Problem(ImportOutcome outcome, int status, IStringLocalizer localizer)
    {
        var errors = outcome.Problems.Select(p => new Dictionary<string, object?>
        {
            ["sheet"] = p.Sheet, ["row"] = p.Row, ["column"] = p.Column, ["entry"] = p.Entry, ["field"] = p.Field, ["reason"] = p.Reason,
        }.Where(kv => kv.Value is not null).ToDictionary()).ToList();
        var title = outcome.Problems.Count > 0 && outcome.Result.MessageKey == ImportCommands.ProblemsKey
            ? localizer["Import.ProblemsTitle", outcome.Problems.Count].Value
            : localizer.Describe(outcome.Result);
        return Results.Problem(statusCode: status, title: title, detail: localizer["Import.Refused"].Value,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }
}

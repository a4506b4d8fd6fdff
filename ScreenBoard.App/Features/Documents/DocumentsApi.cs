using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Api;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Documents;

/// <summary>
/// The office's documents under /api (policy ApiRead: a cookie or a read token):
/// <c>GET /api/quarters/{year}Q{n}/scores.xlsx?version=</c>, <c>GET /api/years/{year}/appraisal.xlsx</c>,
/// <c>GET /api/notices/{id}.docx?step=</c> (Office, Leaders and tokens), <c>GET /api/bulletins/{yyyy-MM-dd}.docx</c>.
/// </summary>
public static class DocumentsApi
{
    /// <summary>Who may fetch a notice's document: the office, the city's leaders and systems with a token.</summary>
    private static readonly ActorRole[] NoticeReaders = [ActorRole.Office, ActorRole.Leader, ActorRole.ApiClient];

    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/quarters/{quarter}/scores.xlsx", QuarterWorkbookAsync);
        api.MapGet("/years/{year}/appraisal.xlsx", YearWorkbookAsync);
        api.MapGet("/notices/{id}.docx", NoticeAsync);
        api.MapGet("/bulletins/{week}.docx", BulletinAsync);
        return api;
    }

    /// <summary>A quarter's scores as the scores API gives them; a draft only for the office (anyone else: 404, as if there were none).</summary>
    private static async Task<IResult> QuarterWorkbookAsync(
        string quarter, string? version, HttpContext http, AppraisalQueries queries, AppraisalWorkbook workbook, CancellationToken cancellationToken)
    {
        if (!QuarterId.TryParse(quarter, out var id))
        {
            return ApiParameters.Invalid(nameof(quarter), $"'{quarter}' is not a quarter like 2026Q3.");
        }

        int? number = null;
        if (version is not null)
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return ApiParameters.Invalid(nameof(version), $"'{version}' is not a version number (1, 2, …).");
            }

            number = parsed;
        }

        var appraisal = await queries.QuarterAsync(id, number, cancellationToken);
        if (appraisal is null || (!appraisal.Quarter.Published && ScreenBoardClaims.RoleOf(http.User) != ActorRole.Office))
        {
            return NotFound("No snapshot", $"There is no published snapshot for {id}{(number is null ? string.Empty : $" version {number}")}.");
        }

        var suffix = appraisal.Quarter.Published ? $"v{appraisal.Quarter.Version}" : "draft";
        return Results.File(workbook.Quarter(appraisal), AppraisalWorkbook.ContentType, $"scores-{id}-{suffix}.xlsx");
    }

    private static async Task<IResult> YearWorkbookAsync(string year, AppraisalQueries queries, AppraisalWorkbook workbook, CancellationToken cancellationToken)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 2000 or > 2100)
        {
            return ApiParameters.Invalid(nameof(year), $"'{year}' is not a year between 2000 and 2100.");
        }

        var appraisal = await queries.YearAsync(number, cancellationToken);
        return appraisal.Quarters.Count == 0
            ? NotFound("No published quarter", $"{number} has no published quarter.")
            : Results.File(workbook.Year(appraisal), AppraisalWorkbook.ContentType, $"appraisal-{number}.xlsx");
    }

    private static async Task<IResult> NoticeAsync(
        string id, string? step, HttpContext http, NoticeDocumentQueries queries, IOptions<DocumentsOptions> options, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        if (!NoticeReaders.Contains(ScreenBoardClaims.RoleOf(http.User)))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Notices are for the office and the city's leaders.");
        }

        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var noticeId))
        {
            return ApiParameters.Invalid(nameof(id), $"'{id}' is not a notice id.");
        }

        if (!ApiParameters.TryEnum<LadderStep>(step, nameof(step), out var wanted, out var problem))
        {
            return problem;
        }

        var notice = await queries.FindAsync(noticeId, wanted, cancellationToken);
        return notice is null
            ? NotFound("No such notice", $"Notice {noticeId} does not exist or has not reached {wanted?.ToString() ?? "a step"}.")
            : Results.File(NoticeDocx.Write(notice, options.Value, localizer), NoticeDocx.ContentType, NoticeDocx.FileName(localizer, notice));
    }

    private static async Task<IResult> BulletinAsync(
        string week, WeeklyBulletinQueries queries, IOptions<DocumentsOptions> options, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monday))
        {
            return ApiParameters.Invalid(nameof(week), $"'{week}' is not a date YYYY-MM-DD.");
        }

        var bulletin = await queries.FindAsync(monday, cancellationToken);
        return bulletin is not { } found
            ? NotFound("No bulletin", $"There is no weekly bulletin for the week of {week}.")
            : Results.File(BulletinDocx.Write(found.Content, options.Value, localizer), NoticeDocx.ContentType, BulletinDocx.FileName(localizer, found.Content));
    }

    private static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);
}

using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using ScreenBoard.App.Api;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Import;

namespace ScreenBoard.App.Features.Audit;

/// <summary>
/// <c>GET /api/audit.xlsx?user=&amp;unit=&amp;task=&amp;from=&amp;to=</c>: the filtered audit log as a spreadsheet, for the office
/// (a signed-in Office account; a token or another role is refused). Every text cell goes through
/// <see cref="SpreadsheetText.Neutralise"/>; headers are Chinese.
/// </summary>
public static class AuditExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit.xlsx", ExportAsync).RequireAuthorization(Policies.Office);
        return api;
    }

    /// <summary>The rows as the sheet has them: one dictionary per entry, headers as keys, in column order.</summary>
    public static IEnumerable<Dictionary<string, object?>> Sheet(IEnumerable<AuditRow> rows, AuditQueries queries, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(localizer);
        return rows.Select(row => new Dictionary<string, object?>
        {
            ["时间"] = queries.When(row.At),
            ["账号"] = SpreadsheetText.Neutralise(row.Actor),
            ["角色"] = SpreadsheetText.Neutralise(localizer[$"ActorRole.{row.Role}"].Value),
            ["单位"] = SpreadsheetText.Neutralise(row.UnitName),
            ["地址"] = SpreadsheetText.Neutralise(row.ClientAddress),
            ["操作"] = SpreadsheetText.Neutralise(AuditText.Action(localizer, row.Action)),
            ["对象"] = SpreadsheetText.Neutralise(AuditText.Entity(localizer, row.EntityType)),
            ["对象编号"] = SpreadsheetText.Neutralise(row.EntityKey),
            ["变更前"] = SpreadsheetText.Neutralise(AuditChanges.Flat(row.Before)),
            ["变更后"] = SpreadsheetText.Neutralise(AuditChanges.Flat(row.After)),
        });
    }

    private static async Task<IResult> ExportAsync(
        string? user, string? unit, string? task, string? from, string? to,
        AuditQueries queries, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        if (!TryDate(from, nameof(from), out var fromDate, out var problem) || !TryDate(to, nameof(to), out var toDate, out problem))
        {
            return problem;
        }

        var rows = await queries.AllAsync(new AuditFilter(user, unit, task, fromDate, toDate), cancellationToken);
        var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, Sheet(rows, queries, localizer).ToList(), sheetName: "审计日志", cancellationToken: cancellationToken);
        stream.Position = 0;
        return Results.File(stream, ContentType, "audit.xlsx");
    }

    private static bool TryDate(string? text, string parameter, out DateOnly? date, out IResult problem)
    {
        date = null;
        problem = Results.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        problem = ApiParameters.Invalid(parameter, $"'{text}' is not a date YYYY-MM-DD.");
        return false;
    }
}

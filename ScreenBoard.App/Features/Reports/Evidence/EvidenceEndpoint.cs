using System.Net.Mime;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Reports.Reporting;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Reports.Evidence;

/// <summary>
/// <c>GET /evidence/{id}</c>: a file of evidence, to those allowed to see its report — the office, leaders, the
/// reporting unit's people, the reviewer of that unit's competent department. Anyone else gets 404 (whether the
/// file exists is not theirs to know); not signed in goes to the sign-in page. Served inline with its
/// content's type, <c>nosniff</c>, and a cleaned name.
/// </summary>
public static class EvidenceEndpoint
{
    public const string Route = "/evidence/{id:int}";

    /// <summary>The address of a file of evidence (an &lt;img&gt; source or a link).</summary>
    public static string For(int id) => "evidence/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IEndpointRouteBuilder MapEvidenceEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, ServeAsync).RequireAuthorization(Policies.Boards);
        return endpoints;
    }

    /// <summary>Whether <paramref name="actor"/> may see the evidence of a report of <paramref name="file"/>'s unit.</summary>
    public static bool MaySee(Actor actor, EvidenceFile file)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(file);
        return actor.Role switch
        {
            ActorRole.Office or ActorRole.Leader => true,
            ActorRole.Reporter => actor.UnitId == file.ReportUnitId,
            ActorRole.Reviewer => actor.UnitId == file.ReportUnitId || (actor.UnitId is not null && actor.UnitId == file.ReviewingUnitId),
            _ => false,
        };
    }

    private static async Task<IResult> ServeAsync(int id, HttpContext context, ReportingQueries queries, EvidenceStore store)
    {
        var actor = ScreenBoardClaims.ActorOf(context.User, context.Connection.RemoteIpAddress?.ToString());
        var file = await queries.EvidenceAsync(id, context.RequestAborted);
        var stream = file is not null && MaySee(actor, file) ? store.Open(file.UploadedAt, file.StoredName) : null;
        if (stream is null)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, max-age=3600";
        headers.ContentDisposition = new ContentDisposition { Inline = true, FileName = AsciiName(file!) }.ToString()
            + "; filename*=UTF-8''" + Uri.EscapeDataString(file!.OriginalName);
        return Results.Stream(stream, file.ContentType);
    }

    /// <summary>The name for old clients: ASCII only, the stored name's extension (the content's, not the upload's).</summary>
    private static string AsciiName(EvidenceFile file)
    {
        var stem = Path.GetFileNameWithoutExtension(file.OriginalName);
        var ascii = new string(stem.Where(c => c is >= ' ' and < (char)127 && c is not ('"' or '\\' or ';')).ToArray()).Trim();
        return (ascii.Length == 0 ? "evidence-" + file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : ascii) + Path.GetExtension(file.StoredName);
    }
}

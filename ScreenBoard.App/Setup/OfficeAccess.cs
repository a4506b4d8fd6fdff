using System.Net;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Setup;

/// <summary>
/// Who may use the office's pages (report review, quarterly briefing). Until accounts exist, as for
/// Hangfire's dashboard: requests from this machine only. Decided once per page load from the request
/// and cascaded to every component, with the actor the office's commands are run as.
/// </summary>
public sealed record OfficeAccess(bool Allowed, string? ClientAddress = null)
{
    /// <summary>The name the office acts under until accounts exist.</summary>
    public const string OfficeName = "督查室";

    /// <summary>Who the commands run as: the office from this machine, or an anonymous visitor (who may write nothing).</summary>
    public Actor Actor => Allowed
        ? new Actor(OfficeName, ActorRole.Office, null, ClientAddress)
        : new Actor("anonymous", ActorRole.Anonymous, null, ClientAddress);

    public static OfficeAccess For(HttpContext? context)
    {
        var address = context?.Connection.RemoteIpAddress;
        return new(address is not null && IPAddress.IsLoopback(address), address?.ToString());
    }
}

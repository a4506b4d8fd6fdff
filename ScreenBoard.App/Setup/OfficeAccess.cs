using System.Net;

namespace ScreenBoard.App.Setup;

/// <summary>
/// Who may use the office's pages (report review, quarterly briefing). Until accounts exist, as for
/// Hangfire's dashboard: requests from this machine only. Decided once per page load from the request
/// and cascaded to every component.
/// </summary>
public sealed record OfficeAccess(bool Allowed)
{
    public static OfficeAccess For(HttpContext? context) =>
        new(context?.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address));
}

using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using ScreenBoard.App.Api;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Briefing.Components;

/// <summary>
/// /briefing/{year}Q{n}?version=N: the quarter's briefing, full screen. Leaders see published quarters;
/// a quarter with only a draft is the office's (a leader gets 尚未发布, answered 404). /briefing opens
/// the newest quarter the viewer may see.
/// </summary>
public sealed partial class BriefingPage
{
    private BriefingDeck? _deck;
    private string? _missing;
    private string? _detail;
    private BriefingAvailability? _reason;

    /// <summary>The quarter as written in the address, e.g. 2026Q3.</summary>
    [Parameter] public string? QuarterText { get; set; }

    /// <summary>A published version (1, 2, …); the newest when absent.</summary>
    [SupplyParameterFromQuery(Name = "version")] public string? Version { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>Present while the page is rendered on the server for the first request: its status code says 404 for a missing briefing.</summary>
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    [Inject] private BriefingQueries Queries { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        var role = ScreenBoardClaims.RoleOf(user);
        (_deck, _missing, _detail, _reason) = (null, null, null, null);
        if (QuarterText is null)
        {
            if (await Queries.NewestAsync(role) is { } newest)
            {
                Navigation.NavigateTo($"briefing/{newest}", replace: true);
                return;
            }

            Missing(L["Briefing.NoSnapshot", string.Empty], L["Briefing.NoSnapshotDetail"], BriefingAvailability.NoSnapshot);
            return;
        }

        if (!QuarterId.TryParse(QuarterText, out var quarter) || !ApiParameters.TryVersion(Version, out var version, out _))
        {
            Missing(L["Briefing.NotAQuarter", QuarterText], null, BriefingAvailability.NoSnapshot);
            return;
        }

        var lookup = await Queries.FindAsync(quarter, version, role);
        switch (lookup.Availability)
        {
            case BriefingAvailability.Found:
                _deck = lookup.Deck;
                break;
            case BriefingAvailability.NotPublished:
                Missing(L["Briefing.NotPublished", quarter], L["Briefing.NotPublishedDetail"], lookup.Availability);
                break;
            default:
                Missing(L["Briefing.NoSnapshot", quarter], L["Briefing.NoSnapshotDetail"], lookup.Availability);
                break;
        }
    }

    private static string DownloadUrl(BriefingDeck deck) =>
        $"{ApiEndpoints.Prefix.TrimStart('/')}/quarters/{deck.Quarter}/briefing.pptx" + (deck.IsDraft ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"?version={deck.Version}"));

    private void Missing(string title, string? detail, BriefingAvailability reason)
    {
        (_missing, _detail, _reason) = (title, detail, reason);
        if (HttpContext is { Response.HasStarted: false } context)
        {
            // This page is its own 404 page: the status goes out with its headers, after Blazor has rendered
            // the page (a 404 set during rendering would make Blazor hand the request to the generic not-found page).
            context.Response.OnStarting(() =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }
    }
}

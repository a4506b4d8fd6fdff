using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>
/// /kiosk/pair: a screen without a credential shows a one-time code and waits, with no data. Once the
/// office enters the code, the screen fetches its credential from <see cref="KioskRoutes.Claim"/> (a plain
/// request, so the cookie is set) and goes on to its kiosk. A paired screen that lands here goes straight on.
/// </summary>
public partial class KioskPairPage
{
    /// <summary>How often the waiting screen asks whether it was approved (one read by the code's unique index).</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    private PairingTicket? _ticket;
    private ITimer? _timer;
    private bool _polling;

    [Inject] private PairingStore Pairings { get; set; } = null!;

    [Inject] private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private OfficeClock Clock { get; set; } = null!;

    public void Dispose()
    {
        _timer?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (ScreenBoardClaims.RoleOf(user) == ActorRole.Device && user.FindFirst(ScreenBoardClaims.KioskProfile)?.Value is { } profile)
        {
            Navigation.NavigateTo(KioskRoutes.Profile(profile), forceLoad: RendererInfo.IsInteractive);
            return;
        }

        // A code only for a live screen: the prerendered page would waste one.
        if (RendererInfo.IsInteractive)
        {
            _ticket = await Pairings.BeginAsync();
            _timer = Time.CreateTimer(_ => _ = InvokeAsync(PollAsync), null, PollInterval, PollInterval);
        }
    }

    private async Task PollAsync()
    {
        if (_ticket is null || _polling)
        {
            return;
        }

        _polling = true;
        try
        {
            await PollOnceAsync(_ticket);
        }
        catch (System.Data.Common.DbException)
        {
            // The database did not answer this time (a restart, a busy moment): the next tick asks again.
        }
        finally
        {
            _polling = false;
        }
    }

    private async Task PollOnceAsync(PairingTicket ticket)
    {
        switch (await Pairings.StatusOfAsync(ticket))
        {
            case PairingStatus.Approved:
                _timer?.Dispose();
                Navigation.NavigateTo(KioskRoutes.ClaimFor(ticket.Code, ticket.ClaimKey), forceLoad: true);
                break;
            case PairingStatus.Expired:
                _ticket = await Pairings.BeginAsync();
                StateHasChanged();
                break;
        }
    }
}

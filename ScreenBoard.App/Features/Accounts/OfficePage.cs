using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Base of the office's own pages (devices, tokens): the page asks the <see cref="Policies.Office"/> policy
/// itself (also inside a live circuit) and runs commands as the signed-in actor; the commands check again.
/// </summary>
[Authorize(Policy = Policies.Office)]
public abstract class OfficePage : ComponentBase
{
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject] private IAuthorizationService Authorization { get; set; } = null!;

    [Inject] protected ISnackbar Snackbar { get; set; } = null!;

    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = null!;

    [Inject] protected OfficeClock Clock { get; set; } = null!;

    /// <summary>The client's address as the page's request showed it (for the audit trail).</summary>
    [CascadingParameter] private RequestOrigin? Origin { get; set; }

    /// <summary>Whether the viewer is the office; the page shows nothing else otherwise.</summary>
    protected bool IsOffice { get; private set; }

    /// <summary>Who the page's commands run as.</summary>
    protected Actor Actor { get; private set; } = new("anonymous", ActorRole.Anonymous);

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        IsOffice = (await Authorization.AuthorizeAsync(user, Policies.Office)).Succeeded;
        Actor = ScreenBoardClaims.ActorOf(user, Origin?.ClientAddress);
        if (IsOffice)
        {
            await LoadAsync();
        }
    }

    /// <summary>Reads what the page lists.</summary>
    protected abstract Task LoadAsync();

    /// <summary>Shows a command's outcome; reloads after success. True when it succeeded.</summary>
    protected async Task<bool> ReportAsync(CommandResult result, string doneKey)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            Snackbar.Add(Text.Describe(result), Severity.Error);
            return false;
        }

        Snackbar.Add(Text[doneKey], Severity.Success);
        await LoadAsync();
        return true;
    }
}

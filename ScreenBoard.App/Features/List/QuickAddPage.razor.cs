using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts;

namespace ScreenBoard.App.Features.List;

/// <summary>快速添加: a 批示件, a 12345 ticket or an inspection finding becomes a task in one step; refusals next to their field.</summary>
public partial class QuickAddPage
{
    private QuickAddForm _form = new();
    private IReadOnlyList<ListUnit> _units = [];
    private (string? Field, string Message)? _error;
    private bool _busy;

    [Inject] private ListCommands Commands { get; set; } = null!;

    [Inject] private ListQueries Queries { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter] private RequestOrigin? Origin { get; set; }

    protected override async Task OnInitializedAsync() => _units = await Queries.UnitsAsync();

    private bool Has(string field) => _error?.Field == field;

    private string? ErrorOf(string field) => Has(field) ? _error!.Value.Message : null;

    private void SetKind(QuickAddKind kind)
    {
        _form.Kind = kind;
        _error = null;
    }

    private async Task AddAsync()
    {
        _busy = true;
        var (result, code) = await Commands.QuickAddAsync(_form, await Origin.ActorAsync(AuthenticationState));
        _busy = false;
        if (!result.Succeeded)
        {
            _error = (result.Error == CommandError.Rule ? ListFields.Of(result) : null, L.Describe(result));
            return;
        }

        Snackbar.Add(L["QuickAdd.Done", code!], Severity.Success);
        Navigation.NavigateTo($"list/tasks/{Uri.EscapeDataString(code!)}");
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts;

namespace ScreenBoard.App.Features.List;

/// <summary>单位管理: the office adds units and edits their name, kind and competent department; refusals next to their field.</summary>
public partial class ListUnitsPage
{
    private IReadOnlyList<ListUnit> _units = [];
    private UnitForm _form = new();
    private ListUnit? _editing;
    private (string? Field, string Message)? _error;
    private bool _busy;

    [Inject] private ListCommands Commands { get; set; } = null!;

    [Inject] private ListQueries Queries { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter] private RequestOrigin? Origin { get; set; }

    protected override async Task OnInitializedAsync() => _units = await Queries.UnitsAsync();

    private bool Has(string field) => _error?.Field == field;

    private string? ErrorOf(string field) => Has(field) ? _error!.Value.Message : null;

    private void Edit(ListUnit unit)
    {
        _editing = unit;
        _form = new UnitForm { Code = unit.Code, Name = unit.Name, Kind = unit.Kind, CompetentCode = unit.CompetentCode };
        _error = null;
    }

    private void New()
    {
        _editing = null;
        _form = new UnitForm();
        _error = null;
    }

    private async Task SaveAsync()
    {
        _busy = true;
        var actor = await Origin.ActorAsync(AuthenticationState);
        var result = _editing is { } unit
            ? await Commands.UpdateUnitAsync(unit.Id, unit.Version, _form, actor)
            : (await Commands.CreateUnitAsync(_form, actor)).Result;
        _busy = false;
        if (!result.Succeeded)
        {
            _error = (result.Error == CommandError.Rule ? ListFields.Of(result) : null, L.Describe(result));
            return;
        }

        Snackbar.Add(L["Units.Saved"], Severity.Success);
        _units = await Queries.UnitsAsync();
        New();
    }
}

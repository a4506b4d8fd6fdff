using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ScreenBoard.App.Features.List;

/// <summary>单位管理: the office adds units and edits their name, kind and competent department; refusals next to their field.</summary>
public partial class ListUnitsPage : ListFormPage
{
    private IReadOnlyList<ListUnit> _units = [];
    private UnitForm _form = new();
    private ListUnit? _editing;
    private bool _busy;

    protected override async Task OnInitializedAsync() => _units = await Queries.UnitsAsync();

    private void Edit(ListUnit unit)
    {
        _editing = unit;
        _form = new UnitForm { Code = unit.Code, Name = unit.Name, Kind = unit.Kind, CompetentCode = unit.CompetentCode };
        Refusal = null;
    }

    private void New()
    {
        _editing = null;
        _form = new UnitForm();
        Refusal = null;
    }

    private async Task SaveAsync()
    {
        _busy = true;
        var actor = await ActorAsync();
        var result = _editing is { } unit
            ? await Commands.UpdateUnitAsync(unit.Id, unit.Version, _form, actor)
            : (await Commands.CreateUnitAsync(_form, actor)).Result;
        _busy = false;
        if (Show(result))
        {
            Snackbar.Add(L["Units.Saved"], Severity.Success);
            _units = await Queries.UnitsAsync();
            New();
        }
    }
}

using Microsoft.AspNetCore.Components;

namespace ScreenBoard.App.Features.List;

/// <summary>快速添加: a 批示件, a 12345 ticket or an inspection finding becomes a task in one step; refusals next to their field.</summary>
public partial class QuickAddPage : ListFormPage
{
    private readonly QuickAddForm _form = new();
    private IReadOnlyList<ListUnit> _units = [];
    private bool _busy;

    protected override async Task OnInitializedAsync() => _units = await Queries.UnitsAsync();

    private void SetKind(QuickAddKind kind)
    {
        _form.Kind = kind;
        Refusal = null;
    }

    private async Task AddAsync()
    {
        _busy = true;
        var (result, code) = await Commands.QuickAddAsync(_form, await ActorAsync());
        _busy = false;
        if (Show(result))
        {
            Opened("QuickAdd.Done", code!);
        }
    }
}

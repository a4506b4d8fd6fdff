using Microsoft.AspNetCore.Components;
using MudBlazor;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.List;

/// <summary>
/// 新建 / 编辑任务: the whole task in one form, saved in one write. Each edit is checked by the command without
/// saving (<see cref="ListCommands.CheckTaskAsync"/>) and its refusal shown next to the field it is about, once the
/// office has touched that field; a save shows every refusal; a stale save shows what the other person changed.
/// </summary>
public partial class TaskEditPage : ListFormPage
{
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private TaskForm _form = new();
    private IReadOnlyList<ListUnit> _units = [];
    private ListConflict? _conflict;
    private bool _reloaded;
    private bool _notFound;
    private bool _busy;

    /// <summary>The task's code; null for a new task.</summary>
    [Parameter] public string? Code { get; set; }

    private Actor Actor { get; set; } = ScreenBoardClaims.ActorOf(null, null);

    private string Heading => Code is null ? L["List.NewTitle"] : L["List.EditTitle", Code];

    protected override async Task OnParametersSetAsync()
    {
        Actor = await ActorAsync();
        _units = await Queries.UnitsAsync();
        _conflict = null;
        Refusal = null;
        _touched.Clear();
        if (Code is null)
        {
            _form = new TaskForm { Start = new DateOnly(Queries.Year, 1, 1), Deadline = new DateOnly(Queries.Year, 12, 31) };
            return;
        }

        var form = await Queries.TaskFormAsync(Code);
        _notFound = form is null;
        _form = form ?? new TaskForm();
    }

    private string Label(string field) => L["Field." + field];

    private string CoUnitText(IReadOnlyList<string?> codes) =>
        string.Join("、", codes.Select(c => _units.FirstOrDefault(u => u.Code == c)?.Name ?? c));

    private Task SetCoUnitsAsync(IEnumerable<string?>? codes)
    {
        _form.CoUnitCodes = (codes ?? []).OfType<string>().ToList();
        return ChangedAsync(TaskFields.CoUnits);
    }

    /// <summary>Checks the form through the command (nothing saved); shows a refusal next to a field already touched.</summary>
    private async Task ChangedAsync(string field)
    {
        _touched.Add(field);
        var result = await Commands.CheckTaskAsync(Code, _form, Actor);
        var at = ListFields.Of(result);
        Refusal = result.Error == CommandError.Rule && at is not null && _touched.Contains(at) ? (at, L.Describe(result)) : null;
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            if (Code is null)
            {
                var (result, code) = await Commands.CreateTaskAsync(_form, Actor);
                if (Show(result))
                {
                    Opened("List.Created", code!);
                }

                return;
            }

            var saved = await Commands.UpdateTaskAsync(Code, _form.Version, _form, Actor);
            _conflict = saved.Conflict;
            _reloaded = false;
            if (Show(saved.Result))
            {
                Snackbar.Add(L["List.Saved"], Severity.Success);
                _form = await Queries.TaskFormAsync(Code) ?? _form;
            }
            else if (_conflict is not null)
            {
                Refusal = null;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Reload()
    {
        if (_conflict is { } conflict)
        {
            _form = conflict.Current;
            _reloaded = true;
        }
    }
}

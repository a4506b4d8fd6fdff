using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.List;

/// <summary>
/// Base of the list's form pages (task, quick add, units): the office's commands and queries, the signed-in actor,
/// and one refusal shown next to the field it is about (<see cref="ListFields"/>) or above the form.
/// </summary>
[Authorize(Policy = Policies.Office)]
public abstract class ListFormPage : ComponentBase
{
    [Inject] protected ListCommands Commands { get; set; } = null!;

    [Inject] protected ListQueries Queries { get; set; } = null!;

    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    [Inject] protected ISnackbar Snackbar { get; set; } = null!;

    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter] private RequestOrigin? Origin { get; set; }

    /// <summary>The refusal shown: the field it belongs next to (null: above the form) and its message.</summary>
    protected (string? Field, string Message)? Refusal { get; set; }

    /// <summary>A refusal about the whole form, shown above it.</summary>
    protected string? FormError => Refusal is { Field: null } refusal ? refusal.Message : null;

    /// <summary>Who the page's commands run as (the commands check it again).</summary>
    protected Task<Actor> ActorAsync() => Origin.ActorAsync(AuthenticationState);

    protected bool Has(string field) => Refusal?.Field == field;

    protected string? ErrorOf(string field) => Has(field) ? Refusal!.Value.Message : null;

    /// <summary>Shows a result's refusal next to its field (or above the form); true when the command succeeded.</summary>
    protected bool Show(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Refusal = result.Succeeded ? null : (result.Error == CommandError.Rule ? ListFields.Of(result) : null, Text.Describe(result));
        return result.Succeeded;
    }

    /// <summary>After a new task is saved: says so and opens it.</summary>
    protected void Opened(string doneKey, string code)
    {
        Snackbar.Add(Text[doneKey, code], Severity.Success);
        Navigation.NavigateTo($"list/tasks/{Uri.EscapeDataString(code)}");
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>账号管理: the office creates accounts, sets roles and units, resets passwords, disables accounts — all through <see cref="AccountCommands"/>.</summary>
public partial class AccountsPage
{
    private readonly Dictionary<string, AccountEdit> _edits = new(StringComparer.Ordinal);
    private AccountEdit _new = new();
    private IReadOnlyList<AccountRow> _rows = [];
    private IReadOnlyList<UnitChoice> _units = [];
    private (string UserName, string Password)? _shownPassword;

    [Inject] private AccountCommands Commands { get; set; } = default!;

    [Inject] private AccountQueries Queries { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter] private RequestOrigin? Origin { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _units = await Queries.UnitsAsync();

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _rows = await Commands.ListAsync();
        _edits.Clear();
        foreach (var row in _rows)
        {
            _edits[row.UserName] = new AccountEdit { Role = row.Role, UnitCode = _units.FirstOrDefault(u => u.Id == row.UnitId)?.Code };
        }
    }

    private Task<Actor> ActorAsync() => Origin.ActorAsync(AuthenticationState);

    private async Task CreateAsync()
    {
        var (result, password) = await Commands.CreateAsync(await ActorAsync(), new NewAccount(_new.UserName ?? string.Empty, _new.DisplayName ?? string.Empty, _new.Role, _new.UnitCode));
        if (await ShowAsync(result))
        {
            _shownPassword = (_new.UserName!.Trim(), password!);
            _new = new AccountEdit();
        }
    }

    private async Task SetRoleAsync(string userName, AccountEdit edit) =>
        await ShowAsync(await Commands.SetRoleAsync(await ActorAsync(), userName, edit.Role, edit.UnitCode));

    private async Task ResetPasswordAsync(string userName)
    {
        var (result, password) = await Commands.ResetPasswordAsync(await ActorAsync(), userName);
        if (await ShowAsync(result))
        {
            _shownPassword = (userName, password!);
        }
    }

    private async Task SetDisabledAsync(string userName, bool disabled) =>
        await ShowAsync(await Commands.SetDisabledAsync(await ActorAsync(), userName, disabled));

    private async Task<bool> ShowAsync(CommandResult result)
    {
        Snackbar.Add(result.Succeeded ? L["Accounts.Done"] : L.Describe(result), result.Succeeded ? Severity.Success : Severity.Error);
        await LoadAsync();
        return result.Succeeded;
    }

    private string StateOf(AccountRow row) =>
        row.IsDisabled ? L["Accounts.Disabled"]
        : row.MustChangePassword ? L["Accounts.MustChange"]
        : L["Accounts.Active"];

    /// <summary>What the office is typing for one account.</summary>
    private sealed class AccountEdit
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public ActorRole Role { get; set; } = ActorRole.Reporter;

        public string? UnitCode { get; set; }
    }
}

/// <summary>A unit an account can be bound to.</summary>
public sealed record UnitChoice(int Id, string Code, string Name);

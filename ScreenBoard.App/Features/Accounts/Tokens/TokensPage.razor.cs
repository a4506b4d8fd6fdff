using Microsoft.AspNetCore.Components;
using ScreenBoard.Domain.Tokens;

namespace ScreenBoard.App.Features.Accounts.Tokens;

/// <summary>/tokens, the office's: issue a token (shown once, here), list them, revoke one.</summary>
public partial class TokensPage
{
    private IReadOnlyList<TokenListItem> _tokens = [];
    private string? _name;
    private ApiTokenScope _scope = ApiTokenScope.Read;
    private int _days = 365;
    private string? _issued;

    [Inject] private TokenCommands Commands { get; set; } = null!;

    protected override async Task LoadAsync() => _tokens = await Commands.ListAsync();

    private async Task IssueAsync()
    {
        _issued = null;
        var (result, token) = await Commands.IssueAsync(_name ?? string.Empty, _scope, _days, Actor);
        if (await ReportAsync(result, "Tokens.Issued"))
        {
            (_issued, _name) = (token, null);
        }
    }

    private async Task RevokeAsync(string name)
    {
        _issued = null;
        await ReportAsync(await Commands.RevokeAsync(name, Actor), "Tokens.RevokedDone");
    }
}

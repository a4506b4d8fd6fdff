using Microsoft.Extensions.Localization;
using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts.Cli;

/// <summary>The command line's account changes, made by the same <see cref="AccountCommands"/> as the office's page (audited alike).</summary>
public sealed class AccountAdministration(AccountCommands accounts, IStringLocalizer<SharedResource> text) : IAccountAdministration
{
    public async Task<AccountOutcome> AddAsync(string user, ActorRole role, string? unitCode, Actor actor, CancellationToken cancellationToken = default)
    {
        var (result, password) = await accounts.CreateAsync(actor, new NewAccount(user, user, role, unitCode), cancellationToken: cancellationToken);
        return Outcome(result, password);
    }

    public async Task<AccountOutcome> ResetPasswordAsync(string user, Actor actor, CancellationToken cancellationToken = default)
    {
        var (result, password) = await accounts.ResetPasswordAsync(actor, user, cancellationToken);
        return Outcome(result, password);
    }

    public async Task<AccountOutcome> DisableAsync(string user, Actor actor, CancellationToken cancellationToken = default) =>
        Outcome(await accounts.SetDisabledAsync(actor, user, disabled: true, cancellationToken), null);

    private AccountOutcome Outcome(CommandResult result, string? password) =>
        result.Succeeded ? AccountOutcome.Done(password) : AccountOutcome.Failed(text.Describe(result));
}

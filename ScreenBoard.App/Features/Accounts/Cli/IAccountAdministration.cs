using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts.Cli;

/// <summary>
/// What the command line asks of the people's accounts. The accounts feature's own commands implement it
/// (<see cref="AccountAdministration"/>, registered in <see cref="CliServices.Build"/>); each change is audited there, as in the UI.
/// </summary>
public interface IAccountAdministration
{
    /// <summary>Creates an account with a generated password, which it returns (to be changed at first sign-in).</summary>
    Task<AccountOutcome> AddAsync(string user, ActorRole role, string? unitCode, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Sets a new generated password, which it returns.</summary>
    Task<AccountOutcome> ResetPasswordAsync(string user, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Disables the account: its sessions lose their pages within a minute.</summary>
    Task<AccountOutcome> DisableAsync(string user, Actor actor, CancellationToken cancellationToken = default);
}

/// <summary>An account change: done (with the generated password, when there is one) or refused with a reason.</summary>
public sealed record AccountOutcome(bool Succeeded, string? Password = null, string? Error = null)
{
    public static AccountOutcome Done(string? password = null) => new(true, password);

    public static AccountOutcome Failed(string error) => new(false, null, error);
}

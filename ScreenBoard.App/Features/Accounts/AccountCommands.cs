using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>A new person's account: the user name they sign in with, the name people read, the role and (Reviewer, Reporter) the unit's code.</summary>
public sealed record NewAccount(string UserName, string DisplayName, ActorRole Role, string? UnitCode);

/// <summary>An account as the office's list shows it.</summary>
public sealed record AccountRow(string UserName, string DisplayName, ActorRole Role, int? UnitId, bool IsDisabled, bool MustChangePassword, DateTimeOffset? LockedUntil);

/// <summary>
/// The office's account operations (the Accounts page and the command line): create, set role and unit,
/// reset a password, disable or enable. Each checks the actor (the office, or the application itself),
/// checks the unit against the domain's units, and writes its audit entry on the one write path: a refused
/// change writes neither the account nor the audit entry. Role, unit and disabling change the security
/// stamp, so open sessions of that account end at their next revalidation.
/// </summary>
public sealed class AccountCommands(WriteRunner writes, IServiceScopeFactory scopes)
{
    private const string Entity = "Account";

    /// <summary>Creates an account; returns the password to hand over (generated unless given).</summary>
    /// <param name="actor">Who creates it: the office or the application.</param>
    /// <param name="account">The account.</param>
    /// <param name="password">A fixed password (first start, demo); null generates one.</param>
    /// <param name="mustChangePassword">Whether the first sign-in leads to change-password.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public Task<(CommandResult Result, string? Password)> CreateAsync(Actor actor, NewAccount account, string? password = null, bool mustChangePassword = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var unitId = await UnitOfAsync(scope, account.Role, account.UnitCode, cancellationToken);
            var user = new ScreenBoardUser
            {
                UserName = account.UserName?.Trim(),
                DisplayName = Required(account.DisplayName, "Accounts.DisplayNameRequired"),
                Role = account.Role,
                UnitId = unitId,
                MustChangePassword = mustChangePassword,
            };
            var secret = password ?? PasswordGenerator.Generate();
            scope.Audit("CreateAccount", Entity, user.UserName ?? "?", null, Describe(user));
            await WithUsersAsync(users => users.CreateAsync(user, secret));
            return secret;
        }, cancellationToken: cancellationToken);
    }

    /// <summary>Changes an account's role and bound unit; its open sessions lose what the old role gave.</summary>
    public Task<CommandResult> SetRoleAsync(Actor actor, string userName, ActorRole role, string? unitCode, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, userName, "ChangeRole", async (scope, user) =>
        {
            user.UnitId = await UnitOfAsync(scope, role, unitCode, cancellationToken);
            user.Role = role;
        }, cancellationToken);

    /// <summary>Gives the account a new generated password, to be changed at its next sign-in; returns it (shown once).</summary>
    public async Task<(CommandResult Result, string? Password)> ResetPasswordAsync(Actor actor, string userName, CancellationToken cancellationToken = default)
    {
        var password = PasswordGenerator.Generate();
        var result = await ChangeAsync(actor, userName, "ResetPassword", (_, user) =>
        {
            user.MustChangePassword = true;
            return Task.CompletedTask;
        }, cancellationToken, (users, user) => users.RemovePasswordAsync(user), (users, user) => users.AddPasswordAsync(user, password));
        return (result, result.Succeeded ? password : null);
    }

    /// <summary>Disables (or enables again) an account: a disabled account cannot sign in and its sessions end.</summary>
    public Task<CommandResult> SetDisabledAsync(Actor actor, string userName, bool disabled, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, userName, disabled ? "DisableAccount" : "EnableAccount", (_, user) =>
        {
            // Nobody locks themselves out of the office's own page.
            if (disabled && string.Equals(user.UserName, actor.Name, StringComparison.OrdinalIgnoreCase))
            {
                WriteScope.Refuse("Accounts.NotYourself");
            }

            user.IsDisabled = disabled;
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Every account, by user name (for the office's page).</summary>
    public async Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        return users.OrderBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => new AccountRow(u.UserName!, u.DisplayName, u.Role, u.UnitId, u.IsDisabled, u.MustChangePassword, u.LockoutEnd))
            .ToList();
    }

    /// <summary>Whether any account exists (first start).</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AnyAsync(cancellationToken);
    }

    private Task<CommandResult> ChangeAsync(
        Actor actor, string userName, string action, Func<WriteScope, ScreenBoardUser, Task> change, CancellationToken cancellationToken,
        params Func<UserManager<ScreenBoardUser>, ScreenBoardUser, Task<IdentityResult>>[] thenIdentity) =>
        writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            await using var services = scopes.CreateAsyncScope();
            var users = services.ServiceProvider.GetRequiredService<UserManager<ScreenBoardUser>>();
            var user = WriteScope.Found(await users.FindByNameAsync(userName ?? string.Empty));
            var before = Describe(user);
            await change(scope, user);
            scope.Audit(action, Entity, user.UserName!, before, Describe(user));

            // Identity saves in its own context, so it goes last: any refusal above leaves both untouched.
            foreach (var step in thenIdentity)
            {
                Succeeded(await step(users, user));
            }

            Succeeded(await users.UpdateSecurityStampAsync(user));
        }, cancellationToken: cancellationToken);

    private async Task WithUsersAsync(Func<UserManager<ScreenBoardUser>, Task<IdentityResult>> step)
    {
        await using var services = scopes.CreateAsyncScope();
        Succeeded(await step(services.ServiceProvider.GetRequiredService<UserManager<ScreenBoardUser>>()));
    }

    /// <summary>The unit a role is bound to: required (and existing) for Reviewer and Reporter, none for Office and Leader.</summary>
    private static async Task<int?> UnitOfAsync(WriteScope scope, ActorRole role, string? unitCode, CancellationToken cancellationToken)
    {
        if (!Policies.People.Contains(role))
        {
            WriteScope.Refuse("Accounts.NotAPersonRole", role);
        }

        if (role is not (ActorRole.Reviewer or ActorRole.Reporter))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(unitCode))
        {
            WriteScope.Refuse("Accounts.UnitRequired", role);
        }

        var code = unitCode!.Trim();
        var unit = await scope.Db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => new { u.Id }).SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            WriteScope.Refuse("Accounts.UnknownUnit", code);
        }

        return unit!.Id;
    }

    private static string Required(string? value, string messageKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            WriteScope.Refuse(messageKey);
        }

        return value!.Trim();
    }

    /// <summary>Identity's refusals (name taken, name or password not allowed) as keyed refusals.</summary>
    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            var error = result.Errors.First();
            WriteScope.Refuse("Identity." + error.Code, error.Description);
        }
    }

    private static object Describe(ScreenBoardUser user) =>
        new { user.UserName, user.DisplayName, role = user.Role.ToString(), user.UnitId, user.IsDisabled, user.MustChangePassword };
}

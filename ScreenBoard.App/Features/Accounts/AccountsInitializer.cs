using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Migrates the accounts' tables and, against an empty accounts table, creates the first Office account
/// (password from <c>Accounts:InitialOfficePassword</c> or generated and logged once; changed at first
/// sign-in) — or, with demo accounts on (Development), one account per role with the demo password.
/// </summary>
public sealed class AccountsInitializer(
    IServiceScopeFactory scopes,
    AccountCommands accounts,
    IOptions<AccountsOptions> options,
    IHostEnvironment environment,
    ILogger<AccountsInitializer> logger)
{
    /// <summary>The first Office account's user name.</summary>
    public const string OfficeUserName = "office";

    /// <summary>The demo's accounts (user name, display name, role, unit code): a town, and the department competent for it.</summary>
    public static readonly NewAccount[] DemoAccounts =
    [
        new(OfficeUserName, "督查室", ActorRole.Office, null),
        new("reviewer", "市农业农村局（审核）", ActorRole.Reviewer, "NYJ"),
        new("reporter", "青石镇（填报）", ActorRole.Reporter, "QSZ"),
        new("leader", "市领导", ActorRole.Leader, null),
    ];

    private static readonly Actor Setup = Actor.System("accounts:first-start");

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.ApplyMigrationsAsync(cancellationToken);
        }

        if (await accounts.AnyAsync(cancellationToken))
        {
            return;
        }

        if (options.Value.DemoAccounts ?? environment.IsDevelopment())
        {
            foreach (var account in DemoAccounts)
            {
                var (result, _) = await accounts.CreateAsync(Setup, account, AccountsOptions.DemoPassword, mustChangePassword: false, cancellationToken);
                logger.LogInformation("Demo account {User} ({Role}): {Outcome}", account.UserName, account.Role, result.Succeeded ? "created" : result.MessageKey);
            }

            return;
        }

        var configured = options.Value.InitialOfficePassword;
        var (created, password) = await accounts.CreateAsync(Setup, DemoAccounts[0], string.IsNullOrEmpty(configured) ? null : configured, mustChangePassword: true, cancellationToken);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"{AccountsOptions.Section}:InitialOfficePassword: the first Office account could not be created ({created.MessageKey}: {string.Join(", ", created.Arguments ?? [])}).");
        }

        if (string.IsNullOrEmpty(configured))
        {
            // Printed once, on the one start that creates it; it must be changed at the first sign-in.
            logger.LogWarning("First start: Office account '{User}' created with password {Password} — change it at the first sign-in.", OfficeUserName, password);
        }
        else
        {
            logger.LogWarning("First start: Office account '{User}' created with the configured password — change it at the first sign-in.", OfficeUserName);
        }
    }
}

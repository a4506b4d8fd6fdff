using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts.Tokens;
using ScreenBoard.App.Features.Installation;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Tokens;

namespace ScreenBoard.App.Features.Accounts.Cli;

/// <summary>
/// The app's own command line (<c>dotnet run --project ScreenBoard.App -- tokens issue …</c>): works on the
/// configured database and exits without starting the server. What a script reads (a token, a password)
/// is the only thing on standard output; messages and logs go to standard error. Wrong arguments print
/// the usage and exit 2; a refused change exits 1. Every change is audited as <c>cli:{OS user}</c>.
/// </summary>
public static class Cli
{
    public const int Ok = 0;

    public const int Refused = 1;

    public const int Usage = 2;

    public const int DefaultDays = 365;

    public const string UsageText = """
        usage:
          tokens issue --name NAME --scope read|import [--days N]   prints the new token (shown once)
          tokens revoke --name NAME
          tokens list
          accounts add --user NAME --role Office|Reviewer|Reporter|Leader [--unit CODE]   prints a generated password
          accounts reset-password --user NAME                                             prints a generated password
          accounts disable --user NAME
          db migrate                 applies the pending migrations of the configured database and prints them
          db copy --from FILE        copies a SQLite installation (FILE) into the configured, empty PostgreSQL database
        Configuration as for the server, e.g. --ConnectionStrings:ScreenBoard="Data Source=/srv/screenboard.db".
        """;

    private static readonly ActorRole[] PeopleRoles = [ActorRole.Office, ActorRole.Reviewer, ActorRole.Reporter, ActorRole.Leader];

    /// <summary>Whether the arguments are a command-line command rather than the server's start.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args is [("tokens" or "accounts" or "db"), ..];

    /// <summary>Runs one command and returns the process's exit code.</summary>
    /// <param name="args">The command line (verbs, options, configuration overrides).</param>
    /// <param name="stdout">What a script reads.</param>
    /// <param name="stderr">Messages, usage and logs.</param>
    /// <param name="settings">Configuration added on top (tests).</param>
    /// <param name="configure">Services replaced or added (tests; the accounts feature's registration).</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, IEnumerable<KeyValuePair<string, string?>>? settings = null, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parsed = CliArguments.Parse(args);
        var command = parsed is null ? null : Match(parsed);
        if (command is null)
        {
            await stderr.WriteLineAsync(UsageText);
            return Usage;
        }

        await using var services = CliServices.Build(parsed!.Configuration, settings, configure);
        if (parsed.Words[0] == "db")
        {
            // db migrate and db copy migrate (or refuse) themselves and say what they did.
            return await command(new CliContext(services, Actor.System("cli:" + Environment.UserName), stdout, stderr));
        }

        await using (var db = await services.GetRequiredService<IDbContextFactory<ScreenBoardDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ApplyMigrationsAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.ApplyMigrationsAsync();
        }

        var actor = Actor.System("cli:" + Environment.UserName);
        return await command(new CliContext(services, actor, stdout, stderr));
    }

    /// <summary>The command the arguments name, checked; null for wrong arguments.</summary>
    private static Func<CliContext, Task<int>>? Match(CliArguments a) => a.Words switch
    {
        ["tokens", "issue"] when a.OnlyOptions("name", "scope", "days")
            && a.Option("name") is { Length: > 0 } name
            && ParseScope(a.Option("scope")) is { } scope
            && ParseDays(a.Option("days")) is { } days => c => IssueAsync(c, name, scope, days),
        ["tokens", "revoke"] when a.OnlyOptions("name") && a.Option("name") is { Length: > 0 } name => c => RevokeAsync(c, name),
        ["tokens", "list"] when a.OnlyOptions() => ListAsync,
        ["accounts", "add"] when a.OnlyOptions("user", "role", "unit")
            && a.Option("user") is { Length: > 0 } user
            && ParseRole(a.Option("role")) is { } role
            && (role is ActorRole.Office or ActorRole.Leader ? a.Option("unit") is null : a.Option("unit") is { Length: > 0 }) =>
            c => AccountAsync(c, (accounts, actor) => accounts.AddAsync(user, role, a.Option("unit"), actor)),
        ["accounts", "reset-password"] when a.OnlyOptions("user") && a.Option("user") is { Length: > 0 } user =>
            c => AccountAsync(c, (accounts, actor) => accounts.ResetPasswordAsync(user, actor)),
        ["accounts", "disable"] when a.OnlyOptions("user") && a.Option("user") is { Length: > 0 } user =>
            c => AccountAsync(c, (accounts, actor) => accounts.DisableAsync(user, actor)),
        ["db", "migrate"] when a.OnlyOptions() => DatabaseCli.MigrateAsync,
        ["db", "copy"] when a.OnlyOptions("from") && a.Option("from") is { Length: > 0 } from => c => DatabaseCli.CopyAsync(c, from),
        _ => null,
    };

    private static ApiTokenScope? ParseScope(string? value) => value switch
    {
        "read" => ApiTokenScope.Read,
        "import" => ApiTokenScope.Import,
        _ => null,
    };

    private static int? ParseDays(string? value) =>
        value is null ? DefaultDays
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= ApiToken.MaxDays ? days
        : null;

    private static ActorRole? ParseRole(string? value) =>
        PeopleRoles.Where(r => r.ToString() == value).Select(r => (ActorRole?)r).FirstOrDefault();

    private static async Task<int> IssueAsync(CliContext c, string name, ApiTokenScope scope, int days)
    {
        var (result, token) = await c.Services.GetRequiredService<TokenCommands>().IssueAsync(name, scope, days, c.Actor);
        if (!result.Succeeded)
        {
            return await c.RefusedAsync(result);
        }

        await c.Stdout.WriteLineAsync(token);
        return Ok;
    }

    private static async Task<int> RevokeAsync(CliContext c, string name)
    {
        var result = await c.Services.GetRequiredService<TokenCommands>().RevokeAsync(name, c.Actor);
        if (!result.Succeeded)
        {
            return await c.RefusedAsync(result);
        }

        await c.Stderr.WriteLineAsync($"Revoked token '{name}'.");
        return Ok;
    }

    private static async Task<int> ListAsync(CliContext c)
    {
        var tokens = await c.Services.GetRequiredService<TokenCommands>().ListAsync();
        foreach (var t in tokens)
        {
            var state = t.RevokedAt is not null ? "revoked" : t.Valid ? "valid" : "expired";
            await c.Stdout.WriteLineAsync(string.Join('\t', t.Name, TokenAuthentication.Scope(t.Scope), t.Hint + "…", t.IssuedAt.ToString("u", CultureInfo.InvariantCulture), t.ExpiresAt.ToString("u", CultureInfo.InvariantCulture), state));
        }

        return Ok;
    }

    private static async Task<int> AccountAsync(CliContext c, Func<IAccountAdministration, Actor, Task<AccountOutcome>> change)
    {
        var outcome = await change(c.Services.GetRequiredService<IAccountAdministration>(), c.Actor);
        if (!outcome.Succeeded)
        {
            await c.Stderr.WriteLineAsync(outcome.Error);
            return Refused;
        }

        if (outcome.Password is not null)
        {
            await c.Stdout.WriteLineAsync(outcome.Password);
        }

        return Ok;
    }

    internal sealed record CliContext(IServiceProvider Services, Actor Actor, TextWriter Stdout, TextWriter Stderr)
    {
        public async Task<int> RefusedAsync(CommandResult result)
        {
            var localizer = Services.GetRequiredService<IStringLocalizer<SharedResource>>();
            await Stderr.WriteLineAsync(localizer.Describe(result));
            return Refused;
        }
    }
}

using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Tests.TestSupport;
using CommandLine = ScreenBoard.App.Features.Accounts.Cli.Cli;

namespace ScreenBoard.Tests.App.Features.Accounts.Cli;

/// <summary>The accounts command line against a fresh database (SQLite or the run's PostgreSQL), through the real Identity store and AccountCommands.</summary>
public sealed class AccountsCliRealTests : IDisposable
{
    private readonly TestDatabase _database = new(migrate: false);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Add_PrintsOnlyAGeneratedPassword_ThenReset_AndDisable_AreAuditedAsTheCommandLine()
    {
        await RunAsync("tokens", "list"); // the command line migrates the empty file first
        var list = new ListBuilder(_database);
        list.Task("T1", "HXZ", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        list.Save();

        var (added, addOut, addErr) = await RunAsync("accounts", "add", "--user", "hxz-reporter", "--role", "Reporter", "--unit", "HXZ");
        var (reset, resetOut, _) = await RunAsync("accounts", "reset-password", "--user", "hxz-reporter");
        var (disabled, _, _) = await RunAsync("accounts", "disable", "--user", "hxz-reporter");
        var (unknown, _, unknownErr) = await RunAsync("accounts", "disable", "--user", "ghost");

        Assert.True(added == CommandLine.Ok, addErr);
        var password = addOut.Trim();
        Assert.Matches(@"^\S{8,}$", password);
        Assert.Equal(addOut.TrimEnd('\r', '\n'), password);
        Assert.Equal(CommandLine.Ok, reset);
        Assert.NotEqual(password, resetOut.Trim());
        Assert.Equal(CommandLine.Ok, disabled);
        Assert.NotEqual(CommandLine.Ok, unknown);
        Assert.False(string.IsNullOrWhiteSpace(unknownErr));
        await using var db = _database.CreateDbContext();
        var audit = await db.AuditEntries.Where(a => a.EntityKey == "hxz-reporter").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["CreateAccount", "ResetPassword", "DisableAccount"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(("cli:" + Environment.UserName, ActorRole.System), (a.Actor, a.ActorRole)));
        Assert.All(audit, a => Assert.DoesNotContain(password, a.After ?? string.Empty));
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, [.. _database.Configuration]);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

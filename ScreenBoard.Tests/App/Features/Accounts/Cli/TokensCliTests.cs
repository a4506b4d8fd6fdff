using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Tests.TestSupport;
using CommandLine = ScreenBoard.App.Features.Accounts.Cli.Cli;

namespace ScreenBoard.Tests.App.Features.Accounts.Cli;

/// <summary>The tokens command line, in-process, against a fresh database of the run's engine that it migrates itself.</summary>
public sealed partial class TokensCliTests : IDisposable
{
    private readonly TestDatabase _database = new(migrate: false);

    private static string CliActor => "cli:" + Environment.UserName;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Issue_PrintsOnlyTheToken_StoresItsHash_AndIsAudited()
    {
        var (code, stdout, _) = await RunAsync("tokens", "issue", "--name", "erp", "--scope", "read", "--days", "30");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Matches(TokenLine(), stdout);
        var token = stdout.Trim();
        await using var db = _database.CreateDbContext();
        var stored = await db.ApiTokens.SingleAsync();
        Assert.Equal(("erp", Credentials.Hash(token), 30d), (stored.Name, stored.SecretHash, (stored.ExpiresAt - stored.IssuedAt).TotalDays));
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("token.issued", "erp", CliActor, ActorRole.System), (audit.Action, audit.EntityKey, audit.Actor, audit.ActorRole));
        Assert.DoesNotContain(token, audit.After);
    }

    [Fact]
    public async Task List_ShowsTheTokens_ThenRevoke_MarksItRevoked_AndIsAudited()
    {
        await RunAsync("tokens", "issue", "--name", "bi", "--scope", "import");

        var (listed, before, _) = await RunAsync("tokens", "list");
        var (revoked, _, _) = await RunAsync("tokens", "revoke", "--name", "bi");
        var (_, after, _) = await RunAsync("tokens", "list");

        Assert.Equal((CommandLine.Ok, CommandLine.Ok), (listed, revoked));
        Assert.Matches(@"^bi\timport\tsb_.{4}…\t.+\tvalid\r?\n$", before);
        Assert.EndsWith("\trevoked", after.TrimEnd());
        await using var db = _database.CreateDbContext();
        Assert.Equal(["token.issued", "token.revoked"], await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Revoke_OfAnUnknownName_ExitsOne_AndWritesNothing()
    {
        var (code, stdout, stderr) = await RunAsync("tokens", "revoke", "--name", "nobody");

        Assert.Equal(CommandLine.Refused, code);
        Assert.Empty(stdout);
        Assert.NotEmpty(stderr);
        await using var db = _database.CreateDbContext();
        Assert.Empty(await db.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task Issue_UnderALiveName_IsRefused_InChinese()
    {
        await RunAsync("tokens", "issue", "--name", "erp", "--scope", "read");

        var (code, stdout, stderr) = await RunAsync("tokens", "issue", "--name", "ERP", "--scope", "read");

        Assert.Equal(CommandLine.Refused, code);
        Assert.Empty(stdout);
        Assert.Contains("已有名为“ERP”的有效令牌", stderr);
    }

    [Theory]
    [InlineData]
    [InlineData("tokens")]
    [InlineData("tokens", "issue", "--name", "x")]
    [InlineData("tokens", "issue", "--name", "x", "--scope", "write")]
    [InlineData("tokens", "issue", "--name", "x", "--scope", "read", "--days", "0")]
    [InlineData("tokens", "issue", "--name", "x", "--scope", "read", "--days", "ten")]
    [InlineData("tokens", "issue", "--name", "x", "--scope", "read", "--colour", "red")]
    [InlineData("tokens", "revoke")]
    [InlineData("tokens", "list", "extra")]
    [InlineData("tokens", "issue", "--name")]
    public async Task WrongArguments_PrintTheUsage_AndExitTwo(params string[] args)
    {
        var (code, stdout, stderr) = await RunAsync(args);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Empty(stdout);
        Assert.Contains("tokens issue --name NAME --scope read|import", stderr);
        Assert.False(File.Exists(_database.FilePath) && new FileInfo(_database.FilePath).Length > 0, "wrong arguments touch no database");
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, [.. _database.Configuration]);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex(@"^sb_[A-Za-z0-9_-]{43}\r?\n$")]
    private static partial Regex TokenLine();
}

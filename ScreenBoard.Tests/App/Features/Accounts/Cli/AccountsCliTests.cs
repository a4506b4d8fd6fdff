using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts.Cli;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Tests.TestSupport;
using CommandLine = ScreenBoard.App.Features.Accounts.Cli.Cli;

namespace ScreenBoard.Tests.App.Features.Accounts.Cli;

/// <summary>
/// The accounts command line reads its arguments and hands them to <see cref="IAccountAdministration"/>.
/// The accounts feature's real implementation arrives with it; until then a recorder stands in.
/// </summary>
public sealed class AccountsCliTests : IDisposable
{
    private readonly TestDatabase _database = new(migrate: false);
    private readonly RecordingAccounts _accounts = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Add_PassesUserRoleAndUnit_AsTheCliActor_AndPrintsOnlyThePassword()
    {
        var (code, stdout, _) = await RunAsync("accounts", "add", "--user", "hxz-reporter", "--role", "Reporter", "--unit", "HXZ");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal("generated-password" + Environment.NewLine, stdout);
        var call = Assert.Single(_accounts.Calls);
        Assert.Equal("add hxz-reporter Reporter HXZ", call.What);
        Assert.Equal(("cli:" + Environment.UserName, ActorRole.System), (call.Actor.Name, call.Actor.Role));
    }

    [Fact]
    public async Task ResetPassword_PrintsTheNewPassword_AndDisable_PrintsNothing()
    {
        var (reset, resetOut, _) = await RunAsync("accounts", "reset-password", "--user", "leader1");
        var (disable, disableOut, _) = await RunAsync("accounts", "disable", "--user", "leader1");

        Assert.Equal((CommandLine.Ok, CommandLine.Ok), (reset, disable));
        Assert.Equal("generated-password" + Environment.NewLine, resetOut);
        Assert.Empty(disableOut);
        Assert.Equal(["reset leader1", "disable leader1"], _accounts.Calls.Select(c => c.What));
    }

    [Fact]
    public async Task ARefusal_ExitsOne_WithTheReasonOnStandardError()
    {
        _accounts.Refuse = "no such account";

        var (code, stdout, stderr) = await RunAsync("accounts", "disable", "--user", "ghost");

        Assert.Equal((CommandLine.Refused, string.Empty), (code, stdout));
        Assert.Contains("no such account", stderr);
    }

    [Theory]
    [InlineData("accounts")]
    [InlineData("accounts", "add", "--user", "x")]
    [InlineData("accounts", "add", "--user", "x", "--role", "System")]
    [InlineData("accounts", "add", "--user", "x", "--role", "Device")]
    [InlineData("accounts", "add", "--user", "x", "--role", "office")]
    [InlineData("accounts", "add", "--user", "x", "--role", "Reporter")]
    [InlineData("accounts", "add", "--user", "x", "--role", "Leader", "--unit", "HXZ")]
    [InlineData("accounts", "reset-password")]
    [InlineData("accounts", "disable", "--user", "x", "--user", "y")]
    [InlineData("accounts", "remove", "--user", "x")]
    public async Task WrongArguments_PrintTheUsage_ExitTwo_AndChangeNothing(params string[] args)
    {
        var (code, stdout, stderr) = await RunAsync(args);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Empty(stdout);
        Assert.Contains("accounts add --user NAME --role Office|Reviewer|Reporter|Leader [--unit CODE]", stderr);
        Assert.Empty(_accounts.Calls);
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, [.. _database.Configuration],
            services => services.AddSingleton<IAccountAdministration>(_accounts));
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Records what the command line asked; the one test double here (the real one comes with the accounts feature).</summary>
    private sealed class RecordingAccounts : IAccountAdministration
    {
        public List<(string What, Actor Actor)> Calls { get; } = [];

        public string? Refuse { get; set; }

        public Task<AccountOutcome> AddAsync(string user, ActorRole role, string? unitCode, Actor actor, CancellationToken cancellationToken = default) =>
            Record($"add {user} {role} {unitCode}", actor, "generated-password");

        public Task<AccountOutcome> ResetPasswordAsync(string user, Actor actor, CancellationToken cancellationToken = default) =>
            Record($"reset {user}", actor, "generated-password");

        public Task<AccountOutcome> DisableAsync(string user, Actor actor, CancellationToken cancellationToken = default) =>
            Record($"disable {user}", actor, null);

        private Task<AccountOutcome> Record(string what, Actor actor, string? password)
        {
            Calls.Add((what, actor));
            return Task.FromResult(Refuse is { } reason ? AccountOutcome.Failed(reason) : AccountOutcome.Done(password));
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Accounts;

/// <summary>
/// Who may write what, as one table: rows are actors, columns are the write commands, called directly (as a
/// circuit or the command line would, with no page in between). ✓ = done; ✗ = Forbidden and nothing written
/// (no audit entry, the report, the snapshots and the accounts as they were). The report is 青石镇's (QSZ),
/// whose competent department is 市农业农村局 (NYJ).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CommandMatrixTests(CommandMatrixTests.QuietApp factory) : IClassFixture<CommandMatrixTests.QuietApp>
{
    /// <summary>The demo app without the job server: a background sweep must not write between a cell's before and after.</summary>
    public sealed class QuietApp : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Jobs:RunServer", "false")];
    }

    private static readonly string[] Commands =
        ["Review", "Accept", "Return", "ComputeQuarter", "PublishQuarter", "CreateAccount", "SetRole", "ResetPassword", "Disable"];

    /// <summary>The policy at a glance (column order as <see cref="Commands"/>). A new actor is a new row.</summary>
    public static readonly TheoryData<string, string> Matrix = new()
    {
        //                       review accept return compute publish create setRole reset disable
        { "anonymous",          "✗      ✗      ✗      ✗       ✗       ✗      ✗       ✗     ✗" },
        { "office",             "✓      ✓      ✓      ✓       ✓       ✓      ✓       ✓     ✓" },
        { "reviewer NYJ",       "✓      ✗      ✓      ✗       ✗       ✗      ✗       ✗     ✗" },
        { "reviewer elsewhere", "✗      ✗      ✗      ✗       ✗       ✗      ✗       ✗     ✗" },
        { "reporter QSZ",       "✗      ✗      ✗      ✗       ✗       ✗      ✗       ✗     ✗" },
        { "leader",             "✗      ✗      ✗      ✗       ✗       ✗      ✗       ✗     ✗" },
    };

    private static readonly QuarterId Q3 = new(2026, 3);

    private static readonly QuarterId Q4 = new(2026, 4);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryCommand_IsDoneOrRefusedAsTheMatrixSays(string actorName, string cells)
    {
        var expected = cells.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Commands.Length, expected.Length);
        var actor = await ActorAsync(actorName);

        var wrong = new List<string>();
        for (var i = 0; i < Commands.Length; i++)
        {
            var run = await PrepareAsync(Commands[i]);
            var before = await FingerprintAsync();
            var result = await RefusalOf(() => run(actor));
            var after = await FingerprintAsync();
            var actual = result.Succeeded ? "✓" : result.Error == CommandError.Forbidden && before == after ? "✗" : $"{result.Error} (written: {before != after})";
            if (actual != expected[i])
            {
                wrong.Add($"{actorName} × {Commands[i]}: expected {expected[i]}, got {actual}");
            }
        }

        Assert.Empty(wrong);
    }

    private async Task<Actor> ActorAsync(string name)
    {
        const string From = "10.0.0.7";
        return name switch
        {
            "anonymous" => new Actor("anonymous", ActorRole.Anonymous, null, From),
            "office" => new Actor("office", ActorRole.Office, null, From),
            "reviewer NYJ" => new Actor("reviewer", ActorRole.Reviewer, await UnitIdAsync("NYJ"), From),
            "reviewer elsewhere" => new Actor("reviewer2", ActorRole.Reviewer, await UnitIdAsync("CGJ"), From),
            "reporter QSZ" => new Actor("reporter", ActorRole.Reporter, await UnitIdAsync("QSZ"), From),
            "leader" => new Actor("leader", ActorRole.Leader, null, From),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    /// <summary>A fresh target for one cell, and the call to make with the row's actor.</summary>
    private async Task<Func<Actor, Task<CommandResult>>> PrepareAsync(string command)
    {
        var reports = factory.Services.GetRequiredService<ReportCommands>();
        var quarters = factory.Services.GetRequiredService<QuarterCommands>();
        var accounts = factory.Services.GetRequiredService<AccountCommands>();
        switch (command)
        {
            case "Review":
            case "Return":
                var submitted = await NewReportAsync(reviewed: false);
                return command == "Review"
                    ? a => reports.ReviewAsync(submitted.Id, submitted.Version, a)
                    : a => reports.ReturnAsync(submitted.Id, submitted.Version, a, "材料不全");
            case "Accept":
                var reviewed = await NewReportAsync(reviewed: true);
                return a => reports.AcceptAsync(reviewed.Id, reviewed.Version, a);
            case "ComputeQuarter":
                return async a => await quarters.ComputeAsync(Q3, a) == SnapshotOutcome.Forbidden ? CommandResult.Forbidden : CommandResult.Done;
            case "PublishQuarter":
                // A fresh draft to publish (Q3 of the demo is published already); only the office's row publishes it.
                await quarters.ComputeAsync(Q4, Actor.System("test:matrix"));
                return a => quarters.PublishAsync(Q4, a);
            case "CreateAccount":
                var name = "new-" + Guid.NewGuid().ToString("N")[..8];
                return async a => (await accounts.CreateAsync(a, new NewAccount(name, "新账号", ActorRole.Reporter, "QSZ"))).Result;
        }

        var target = "target-" + Guid.NewGuid().ToString("N")[..8];
        Assert.True((await accounts.CreateAsync(Actor.System("test"), new NewAccount(target, "目标账号", ActorRole.Leader, null))).Result.Succeeded);
        return command switch
        {
            "SetRole" => a => accounts.SetRoleAsync(a, target, ActorRole.Reporter, "QSZ"),
            "ResetPassword" => async a => (await accounts.ResetPasswordAsync(a, target)).Result,
            "Disable" => a => accounts.SetDisabledAsync(a, target, disabled: true),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
        };
    }

    /// <summary>Quarter commands refuse by throwing (they are not on the write runner yet); the table reads both alike.</summary>
    private static async Task<CommandResult> RefusalOf(Func<Task<CommandResult>> call)
    {
        try
        {
            return await call();
        }
        catch (WriteRefusedException refused)
        {
            return refused.Result;
        }
    }

    private async Task<(int Id, long Version)> NewReportAsync(bool reviewed)
    {
        await using var db = await Domain().CreateDbContextAsync();
        var task = await db.Tasks.Include(t => t.LeadUnit).FirstAsync(t => t.LeadUnit.Code == "QSZ");
        var report = new ProgressReport(task, task.LeadUnit, new DateOnly(2026, 11, 20), 50, "按计划推进", "reporter", Build.Noon);
        if (reviewed)
        {
            report.Review("reviewer", Build.Noon);
        }

        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return (report.Id, report.Version);
    }

    /// <summary>Everything a command could write: the audit log, the reports' states, the snapshots, the accounts.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var db = await Domain().CreateDbContextAsync();
        var audit = await db.AuditEntries.CountAsync();
        var reports = string.Join(",", await db.Reports.OrderBy(r => r.Id).Select(r => r.State).ToListAsync());
        var snapshots = string.Join(",", (await db.Snapshots.AsNoTracking().ToListAsync()).Select(s => $"{s.ComputedAt:O}/{s.PublishedAt:O}"));
        var users = string.Join(",", (await factory.Services.GetRequiredService<AccountCommands>().ListAsync()).Select(u => u.ToString()));
        await using var scope = factory.Services.CreateAsyncScope();
        var stamps = string.Join(",", await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.OrderBy(u => u.UserName).Select(u => u.SecurityStamp + u.PasswordHash).ToListAsync());
        return $"{audit}|{reports}|{snapshots}|{users}|{stamps}";
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var db = await Domain().CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    private IDbContextFactory<ScreenBoardDbContext> Domain() => factory.Services.GetRequiredService<IDbContextFactory<ScreenBoardDbContext>>();
}

using System.Globalization;
using Npgsql;
using ScreenBoard.App.Features.Reports.Reporting;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using CommandLine = ScreenBoard.App.Features.Accounts.Cli.Cli;

namespace ScreenBoard.App.Features.Installation;

/// <summary>
/// <c>db migrate</c> and <c>db copy --from FILE</c> on the configured database. What was applied or copied goes
/// to standard output; refusals to standard error, exit 1.
/// </summary>
internal static class DatabaseCli
{
    public static async Task<int> MigrateAsync(CommandLine.CliContext c)
    {
        var database = c.Services.GetRequiredService<DatabaseSettings>();
        IReadOnlyList<string> applied;
        try
        {
            applied = await InstallationDatabase.MigrateAsync(database);
        }
        catch (Exception e) when (e is NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            await c.Stderr.WriteLineAsync($"迁移失败 (migration failed): {e.Message}");
            return CommandLine.Refused;
        }

        foreach (var migration in applied)
        {
            await c.Stdout.WriteLineAsync(migration);
        }

        await c.Stderr.WriteLineAsync(applied.Count == 0
            ? $"数据库已是最新版本，无需迁移 (the {database.Provider} database is up to date)."
            : $"已应用 {applied.Count} 个迁移 (applied {applied.Count} migrations to the {database.Provider} database).");
        return CommandLine.Ok;
    }

    public static async Task<int> CopyAsync(CommandLine.CliContext c, string from)
    {
        var target = c.Services.GetRequiredService<DatabaseSettings>();
        var today = c.Services.GetRequiredService<OfficeClock>().Today;
        CopyOutcome outcome;
        try
        {
            outcome = await new DatabaseCopy(c.Services.GetRequiredService<ScoringRules>()).CopyAsync(from, target, today);
        }
        catch (Exception e) when (e is NpgsqlException or Microsoft.Data.Sqlite.SqliteException)
        {
            outcome = new CopyOutcome(false, $"无法连接数据库 (cannot reach a database): {e.Message}", [], TimeSpan.Zero);
        }

        if (!outcome.Succeeded)
        {
            await c.Stderr.WriteLineAsync(outcome.Error);
            return CommandLine.Refused;
        }

        foreach (var table in outcome.Tables)
        {
            await c.Stdout.WriteLineAsync(FormattableString.Invariant($"{table.Table}\t{table.Rows}"));
        }

        var configuration = c.Services.GetRequiredService<IConfiguration>();
        var contentRoot = c.Services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var evidenceFrom = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(from))!, "evidence");
        var evidenceTo = ReportingServiceCollectionExtensions.EvidenceFolder(configuration[ReportingServiceCollectionExtensions.EvidenceFolderKey], target, contentRoot);
        await c.Stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"已复制并核对 {outcome.Tables.Count} 张表、{outcome.Rows} 行，用时 {outcome.Elapsed.TotalSeconds:0.0} 秒 (copied and verified {outcome.Tables.Count} tables, {outcome.Rows} rows in {outcome.Elapsed.TotalSeconds:0.0} s)."));
        await c.Stdout.WriteLineAsync(
            $"佐证材料文件不在数据库中：请把 {evidenceFrom} 下的文件复制到 {evidenceTo}（或以 Evidence:Folder 指向原文件夹）"
            + $" (evidence files are not in the database: copy {evidenceFrom} to {evidenceTo}, or point Evidence:Folder at the old folder).");
        return CommandLine.Ok;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.App.Options;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Seeding;

namespace ScreenBoard.App.Setup;

/// <summary>Applies migrations and, on an empty database, loads the configured list file.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<ScreenBoardDbContext> contextFactory,
    SeedLoader seedLoader,
    OfficeClock clock,
    IOptions<SeedOptions> seedOptions,
    QuarterCommands quarters,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            if (!seedOptions.Value.Enabled || await db.Lists.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        var path = ResolvePath(seedOptions.Value.Path);
        var result = await seedLoader.LoadAsync(path, clock.Today.Year, cancellationToken);
        logger.LogInformation(
            "Loaded {File} into {Year}: {Units} units, {Tasks} tasks, {Reports} reports, {Notices} notices",
            path, result.Year, result.UnitsAdded, result.TasksAdded, result.ReportsAdded, result.NoticesAdded);
        if (seedOptions.Value.PublishPastQuarters)
        {
            await PublishPastQuartersAsync(result.Year, cancellationToken);
        }
    }

    /// <summary>The file's past briefings: every quarter of its year that ended before today, published.</summary>
    private async Task PublishPastQuartersAsync(int year, CancellationToken cancellationToken)
    {
        for (var q = 1; q <= 4; q++)
        {
            var quarter = new QuarterId(year, q);
            if (quarter.LastDay >= clock.Today)
            {
                break;
            }

            await quarters.ComputeAsync(quarter, ScreenBoard.Domain.Auditing.Actor.System(SeedLoader.Actor), republish: false, cancellationToken);
            await quarters.PublishAsync(quarter, ScreenBoard.Domain.Auditing.Actor.System(SeedLoader.Actor), cancellationToken);
        }
    }

    /// <summary>A relative path is read from the working folder if the file is there, else from the app's folder.</summary>
    internal static string ResolvePath(string path) =>
        Path.IsPathRooted(path) || File.Exists(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}

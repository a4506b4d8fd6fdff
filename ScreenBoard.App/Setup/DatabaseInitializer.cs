using ScreenBoard.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.App.Options;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Seeding;

namespace ScreenBoard.App.Setup;

/// <summary>
/// Applies migrations and, on an empty database, loads the list file: the one <c>Seed:Path</c> names, or
/// the demo list in Development only. A production database with no list stays empty.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<ScreenBoardDbContext> contextFactory,
    SeedLoader seedLoader,
    OfficeClock clock,
    IOptions<SeedOptions> seedOptions,
    IHostEnvironment environment,
    QuarterCommands quarters,
    ILogger<DatabaseInitializer> logger)
{
    /// <exception cref="SeedFormatException">The list file cannot be loaded; nothing was written.</exception>
    /// <summary>The loader's own actor: the past briefings of a loaded list are the list file's, not a person's.</summary>
    private static readonly Actor ListFileActor = Actor.System(SeedLoader.Actor);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var options = seedOptions.Value;
        var file = options.FileFor(environment.IsDevelopment());
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.ApplyMigrationsAsync(cancellationToken);
            if (await db.Lists.AnyAsync(cancellationToken))
            {
                return;
            }

            if (file is null)
            {
                logger.LogInformation("The database has no list and no list file is configured (Seed:Path): starting empty");
                return;
            }
        }

        var path = ResolvePath(file);
        var result = await seedLoader.LoadAsync(path, clock.Today.Year, cancellationToken);
        logger.LogInformation(
            "Loaded {File} into {Year}: {Units} units, {Tasks} tasks, {Reports} reports, {Notices} notices",
            path, result.Year, result.UnitsAdded, result.TasksAdded, result.ReportsAdded, result.NoticesAdded);
        if (options.PublishPastQuarters ?? file == SeedOptions.DemoPath)
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

            await quarters.ComputeAsync(quarter, ListFileActor, cancellationToken);
            await quarters.PublishAsync(quarter, ListFileActor, cancellationToken);
        }
    }

    /// <summary>A relative path is read from the working folder if the file is there, else from the app's folder.</summary>
    internal static string ResolvePath(string path) =>
        Path.IsPathRooted(path) || File.Exists(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}

using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Seeding;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Loads a list file into the database in one save, all of it or nothing: read strictly
/// (<see cref="SeedReader"/>), checked (<see cref="SeedChecker"/>), built (<see cref="SeedBuilder"/>),
/// audited. Idempotent: loading a file again adds only what is not there yet (nothing, for the same file).
/// </summary>
public sealed class SeedLoader(IDbContextFactory<ScreenBoardDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>Who the audit trail and the reports name for loaded data.</summary>
    public const string Actor = "list-file";

    /// <param name="path">The file.</param>
    /// <param name="currentYear">The year a list with no year of its own is loaded into (today's year in the office's zone).</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <exception cref="SeedFormatException">The file is malformed; the message names each entry and field. Nothing was written.</exception>
    public async Task<SeedResult> LoadAsync(string path, int currentYear, CancellationToken cancellationToken = default)
    {
        var file = await SeedReader.ReadAsync(path, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var builder = await SeedBuilder.OpenAsync(db, file.List?.Year ?? currentYear, cancellationToken);
        var problems = SeedChecker.Check(file, currentYear, builder.Known);
        if (problems.Count > 0)
        {
            throw new SeedFormatException(path, problems);
        }

        var (errors, added) = builder.Build(file);
        if (errors.Count > 0)
        {
            throw new SeedFormatException(path, errors);
        }

        if (added.AddedAnything)
        {
            db.AuditEntries.Add(new Auditing.AuditEntry(
                Auditing.Actor.System(Actor), timeProvider.GetUtcNow(), "LoadListFile", nameof(SupervisionList), added.Year.ToString(CultureInfo.InvariantCulture), null,
                JsonSerializer.Serialize(new { file = Path.GetFileName(path), Added = added })));
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }
}

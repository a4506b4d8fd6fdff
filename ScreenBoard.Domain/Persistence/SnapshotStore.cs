using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Stores quarterly snapshots, upserting by quarter: one snapshot row per quarter (unique index) and
/// one row per task and unit in it. Each write runs in one IMMEDIATE SQLite transaction, so two
/// workers writing the same quarter at once are serialised and leave exactly one set of rows.
/// </summary>
public sealed class SnapshotStore(IDbContextFactory<ScreenBoardDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>Writes the board of the quarter's last day as its snapshot.</summary>
    /// <param name="quarter">The quarter.</param>
    /// <param name="board">The board computed for <see cref="QuarterId.LastDay"/>.</param>
    /// <param name="rules">The parameters used, stored with the rows.</param>
    /// <param name="legend">Flag labels stored with the rows.</param>
    /// <param name="actor">Who asked (the job or a person), for the audit trail.</param>
    /// <param name="republish">True only when the office republishes a published quarter.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<SnapshotOutcome> WriteAsync(QuarterId quarter, Board board, ScoringRules rules, FlagLegend legend, string actor, bool republish, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (board.AsOf != quarter.LastDay)
        {
            throw new ArgumentException($"The board is for {board.AsOf:yyyy-MM-dd}, not {quarter.LastDay:yyyy-MM-dd}, the last day of {quarter}.", nameof(board));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var list = await db.Lists.AsNoTracking().Where(l => l.Year == quarter.Year).Select(l => new { l.Id }).SingleOrDefaultAsync(cancellationToken);
        if (list is null || !board.HasList)
        {
            return SnapshotOutcome.NoList;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var snapshot = await db.Snapshots.SingleOrDefaultAsync(s => s.Year == quarter.Year && s.Quarter == quarter.Quarter, cancellationToken);
        var outcome = snapshot is null ? SnapshotOutcome.Created
            : !snapshot.IsPublished ? SnapshotOutcome.Replaced
            : republish ? SnapshotOutcome.Republished
            : SnapshotOutcome.SkippedPublished;
        if (outcome == SnapshotOutcome.SkippedPublished)
        {
            return outcome;
        }

        var before = snapshot is null ? null : Summary(snapshot.ComputedAt, await db.UnitSnapshotRows.Where(r => r.SnapshotId == snapshot.Id).CountAsync(cancellationToken));
        if (snapshot is null)
        {
            snapshot = new QuarterSnapshot(quarter, list.Id);
            db.Snapshots.Add(snapshot);
        }
        else
        {
            await db.TaskSnapshotRows.Where(r => r.SnapshotId == snapshot.Id).ExecuteDeleteAsync(cancellationToken);
            await db.UnitSnapshotRows.Where(r => r.SnapshotId == snapshot.Id).ExecuteDeleteAsync(cancellationToken);
        }

        var now = timeProvider.GetUtcNow();
        snapshot.ReplaceRows(
            board.Tasks.Select(t => new TaskSnapshotRow(t.TaskId, t.Code, t.LeadUnitId, t.Start, t.Deadline, t.Expected, t.Actual, t.Status, legend[t.Status].LabelZh, t.Points)),
            board.Units.Select(u => new UnitSnapshotRow(u.UnitId, u.Code, u.Base, u.Deductions, u.Score, u.Rank)),
            JsonSerializer.Serialize(rules),
            now,
            republish);
        db.AuditEntries.Add(new AuditEntry(
            actor, now, outcome == SnapshotOutcome.Republished ? "RepublishQuarter" : "ComputeQuarter", nameof(QuarterSnapshot),
            quarter.ToString(), before, Summary(now, board.Units.Count)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Publishes a quarter's snapshot: from now on the job leaves it alone. Audited.</summary>
    /// <returns>False when the quarter has no snapshot.</returns>
    public async Task<bool> PublishAsync(QuarterId quarter, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.Snapshots.SingleOrDefaultAsync(s => s.Year == quarter.Year && s.Quarter == quarter.Quarter, cancellationToken);
        if (snapshot is null)
        {
            return false;
        }

        var now = timeProvider.GetUtcNow();
        var before = snapshot.PublishedAt?.ToString("O", CultureInfo.InvariantCulture);
        snapshot.Publish(actor, now);
        db.AuditEntries.Add(new AuditEntry(actor, now, "PublishQuarter", nameof(QuarterSnapshot), quarter.ToString(),
            before is null ? null : JsonSerializer.Serialize(new { publishedAt = before }),
            JsonSerializer.Serialize(new { publishedAt = now.ToString("O", CultureInfo.InvariantCulture) })));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>All snapshots, newest first, without rows.</summary>
    public async Task<IReadOnlyList<QuarterSnapshot>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Snapshots.AsNoTracking().OrderByDescending(s => s.Year).ThenByDescending(s => s.Quarter).ToListAsync(cancellationToken);
    }

    /// <summary>One snapshot without its rows, or null.</summary>
    public async Task<QuarterSnapshot?> FindHeaderAsync(QuarterId quarter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Snapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Year == quarter.Year && s.Quarter == quarter.Quarter, cancellationToken);
    }

    /// <summary>One snapshot with its rows, or null.</summary>
    public async Task<QuarterSnapshot?> FindAsync(QuarterId quarter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Snapshots.AsNoTracking().AsSplitQuery()
            .Include(s => s.TaskRows)
            .Include(s => s.UnitRows)
            .SingleOrDefaultAsync(s => s.Year == quarter.Year && s.Quarter == quarter.Quarter, cancellationToken);
    }

    /// <summary>Every unit's score in every published quarter, for the trend board.</summary>
    public async Task<IReadOnlyList<(QuarterId Quarter, int UnitId, decimal? Score, int? Rank)>> PublishedUnitScoresAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.UnitSnapshotRows.AsNoTracking()
            .Join(db.Snapshots.Where(s => s.PublishedAt != null), r => r.SnapshotId, s => s.Id, (r, s) => new { s.Year, s.Quarter, r.UnitId, r.Score, r.Rank })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (new QuarterId(r.Year, r.Quarter), r.UnitId, r.Score, r.Rank)).OrderBy(r => r.Item1.Year).ThenBy(r => r.Item1.Quarter).ToList();
    }

    private static string Summary(DateTimeOffset computedAt, int units) =>
        JsonSerializer.Serialize(new { computedAt = computedAt.ToString("O", CultureInfo.InvariantCulture), units });
}

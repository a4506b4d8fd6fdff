using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Stores quarterly snapshots as versions: per quarter either one draft (version 0, upserted by the
/// job and by the office's recompute) or published versions 1, 2, … (each with its own task and unit
/// rows, never rewritten). The writes put their changes in the caller's context: the app's write path
/// runs them in one IMMEDIATE SQLite transaction (what Microsoft.Data.Sqlite begins by default), so two
/// workers writing the same quarter at once are serialised and leave exactly one set of rows per version.
/// </summary>
public sealed class SnapshotStore(IDbContextFactory<ScreenBoardDbContext> contextFactory)
{

    /// <summary>
    /// Puts the board of the quarter's last day in <paramref name="db"/> as its draft, replacing the draft
    /// there is (its old rows are deleted at once: run it inside the write's IMMEDIATE transaction). A
    /// published quarter is left alone (<see cref="SnapshotOutcome.SkippedPublished"/>). The caller saves
    /// and audits with the returned before/after summaries.
    /// </summary>
    public static async Task<SnapshotWrite<SnapshotOutcome>> WriteDraftAsync(
        ScreenBoardDbContext db, QuarterId quarter, Board board, ScoringRules rules, FlagLegend legend, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        EnsureQuarterBoard(quarter, board);
        var listId = await ListIdAsync(db, quarter, board, cancellationToken);
        if (listId is null)
        {
            return new(SnapshotOutcome.NoList);
        }

        var snapshot = await Versions(db, quarter).OrderByDescending(s => s.PublishedVersion).FirstOrDefaultAsync(cancellationToken);
        if (snapshot is { IsPublished: true })
        {
            return new(SnapshotOutcome.SkippedPublished);
        }

        var outcome = snapshot is null ? SnapshotOutcome.Created : SnapshotOutcome.Replaced;
        var before = snapshot is null ? null : Summary(snapshot.ComputedAt, await db.UnitSnapshotRows.Where(r => r.SnapshotId == snapshot.Id).CountAsync(cancellationToken));
        if (snapshot is null)
        {
            snapshot = new QuarterSnapshot(quarter, listId.Value);
            db.Snapshots.Add(snapshot);
        }
        else
        {
            await db.TaskSnapshotRows.Where(r => r.SnapshotId == snapshot.Id).ExecuteDeleteAsync(cancellationToken);
            await db.UnitSnapshotRows.Where(r => r.SnapshotId == snapshot.Id).ExecuteDeleteAsync(cancellationToken);
        }

        snapshot.ReplaceRows(TaskRows(board, legend), UnitRows(board), JsonSerializer.Serialize(rules), now);
        return new(outcome, before, Summary(now, board.Units.Count));
    }

    /// <summary>
    /// The office's republication, put in <paramref name="db"/>: the board becomes a new published version
    /// above <paramref name="basedOnVersion"/>, whose rows stay. The audit summaries carry the reason and
    /// every unit whose score or rank moved (old in before, new in after). A missing or too long reason is
    /// refused (<see cref="Common.DomainException"/>).
    /// </summary>
    /// <param name="db">The write's context (inside its IMMEDIATE transaction).</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="board">The board computed for <see cref="QuarterId.LastDay"/> (the one the office was shown).</param>
    /// <param name="rules">The parameters used, stored with the rows.</param>
    /// <param name="legend">Flag labels stored with the rows.</param>
    /// <param name="by">Who republishes.</param>
    /// <param name="reason">Why (required, at most <see cref="QuarterSnapshot.ReasonMaxLength"/> characters).</param>
    /// <param name="basedOnVersion">The newest version when the changes were shown; another newest means stale.</param>
    /// <param name="now">The instant of the write.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<SnapshotWrite<RepublishOutcome>> RepublishAsync(
        ScreenBoardDbContext db, QuarterId quarter, Board board, ScoringRules rules, FlagLegend legend, string by, string reason, int basedOnVersion, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        EnsureQuarterBoard(quarter, board);
        var newest = await Versions(db, quarter).OrderByDescending(s => s.PublishedVersion).FirstOrDefaultAsync(cancellationToken);
        if (newest is not { IsPublished: true })
        {
            return new(RepublishOutcome.NotPublished);
        }

        if (newest.PublishedVersion != basedOnVersion)
        {
            return new(RepublishOutcome.Stale);
        }

        var next = QuarterSnapshot.Republication(newest, TaskRows(board, legend), UnitRows(board), JsonSerializer.Serialize(rules), by, reason, now);
        var oldUnits = await db.UnitSnapshotRows.AsNoTracking().Where(r => r.SnapshotId == newest.Id).ToListAsync(cancellationToken);
        var changes = UnitChange.Between(oldUnits.Select(UnitStanding.Of), Standings(board));
        db.Snapshots.Add(next);
        return new(
            RepublishOutcome.Republished,
            JsonSerializer.Serialize(new
            {
                version = newest.PublishedVersion,
                publishedAt = newest.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
                publishedBy = newest.PublishedBy,
                units = changes.Select(c => new { unitCode = c.UnitCode, score = c.OldScore, rank = c.OldRank }),
            }, AuditJson.Options),
            JsonSerializer.Serialize(new
            {
                version = next.PublishedVersion,
                publishedAt = now.ToString("O", CultureInfo.InvariantCulture),
                reason = next.Reason,
                units = changes.Select(c => new { unitCode = c.UnitCode, score = c.NewScore, rank = c.NewRank }),
            }, AuditJson.Options));
    }

    /// <summary>Publishes a quarter's draft as version 1 in <paramref name="db"/>: from now on the job leaves the quarter alone.</summary>
    /// <returns>Published false when the quarter has no draft (no snapshot, or published already).</returns>
    public static async Task<SnapshotWrite<bool>> PublishAsync(ScreenBoardDbContext db, QuarterId quarter, string by, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var versions = await Versions(db, quarter).ToListAsync(cancellationToken);
        if (versions is not [{ IsPublished: false } draft])
        {
            return new(false);
        }

        draft.Publish(by, now);
        return new(true, null, JsonSerializer.Serialize(new { version = draft.PublishedVersion, publishedAt = now.ToString("O", CultureInfo.InvariantCulture) }));
    }

    /// <summary>Every quarter's newest snapshot (its newest published version, or its draft), newest quarter first, without rows.</summary>
    public async Task<IReadOnlyList<QuarterSnapshot>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Newest(db.Snapshots).AsNoTracking()
            .OrderByDescending(s => s.Year).ThenByDescending(s => s.Quarter).ToListAsync(cancellationToken);
    }

    /// <summary>The published versions of a quarter, oldest first, without rows; empty for a draft or no snapshot.</summary>
    public async Task<IReadOnlyList<QuarterSnapshot>> VersionsAsync(QuarterId quarter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Versions(db, quarter).AsNoTracking().Where(s => s.PublishedVersion > 0).OrderBy(s => s.PublishedVersion).ToListAsync(cancellationToken);
    }

    /// <summary>A quarter's newest snapshot without its rows, or null.</summary>
    public async Task<QuarterSnapshot?> FindHeaderAsync(QuarterId quarter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Versions(db, quarter).AsNoTracking().OrderByDescending(s => s.PublishedVersion).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// One snapshot with its rows, or null: published version <paramref name="version"/> (1, 2, …), or
    /// when null the newest (the newest published version, or the draft of a quarter never published).
    /// </summary>
    public async Task<QuarterSnapshot?> FindAsync(QuarterId quarter, int? version = null, CancellationToken cancellationToken = default)
    {
        if (version is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "A published version is 1 or more.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var snapshots = Versions(db, quarter).AsNoTracking().AsSplitQuery().Include(s => s.TaskRows).Include(s => s.UnitRows);
        return version is { } number
            ? await snapshots.SingleOrDefaultAsync(s => s.PublishedVersion == number, cancellationToken)
            : await snapshots.OrderByDescending(s => s.PublishedVersion).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The unit rows of a quarter's newest published version, with that version's number; null when
    /// the quarter has never been published. What a republication is compared against.
    /// </summary>
    public async Task<(int Version, IReadOnlyList<UnitStanding> Units)?> NewestPublishedUnitsAsync(QuarterId quarter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var newest = await Versions(db, quarter).AsNoTracking().Where(s => s.PublishedVersion > 0)
            .OrderByDescending(s => s.PublishedVersion).Select(s => new { s.Id, s.PublishedVersion }).FirstOrDefaultAsync(cancellationToken);
        if (newest is null)
        {
            return null;
        }

        var rows = await db.UnitSnapshotRows.AsNoTracking().Where(r => r.SnapshotId == newest.Id).ToListAsync(cancellationToken);
        return (newest.PublishedVersion, rows.Select(UnitStanding.Of).ToList());
    }

    /// <summary>Every unit's score in the newest published version of every published quarter, for the trend board.</summary>
    public async Task<IReadOnlyList<(QuarterId Quarter, int UnitId, decimal? Score, int? Rank)>> PublishedUnitScoresAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.UnitSnapshotRows.AsNoTracking()
            .Join(Newest(db.Snapshots).Where(s => s.PublishedVersion > 0), r => r.SnapshotId, s => s.Id, (r, s) => new { s.Year, s.Quarter, r.UnitId, r.Score, r.Rank })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (new QuarterId(r.Year, r.Quarter), r.UnitId, r.Score, r.Rank)).OrderBy(r => r.Item1.Year).ThenBy(r => r.Item1.Quarter).ToList();
    }

    /// <summary>What the board's units stand at, to compare with a published version.</summary>
    public static IEnumerable<UnitStanding> Standings(Board board) =>
        board.Units.Select(u => new UnitStanding(u.UnitId, u.Code, u.Score, u.Rank));

    private static IQueryable<QuarterSnapshot> Versions(ScreenBoardDbContext db, QuarterId quarter) =>
        db.Snapshots.Where(s => s.Year == quarter.Year && s.Quarter == quarter.Quarter);

    /// <summary>Per quarter, the snapshot with the highest version (a quarter is a draft or published, never both).</summary>
    private static IQueryable<QuarterSnapshot> Newest(IQueryable<QuarterSnapshot> snapshots) =>
        snapshots.Where(s => !snapshots.Any(o => o.Year == s.Year && o.Quarter == s.Quarter && o.PublishedVersion > s.PublishedVersion));

    private static void EnsureQuarterBoard(QuarterId quarter, Board board)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (board.AsOf != quarter.LastDay)
        {
            throw new ArgumentException($"The board is for {board.AsOf:yyyy-MM-dd}, not {quarter.LastDay:yyyy-MM-dd}, the last day of {quarter}.", nameof(board));
        }
    }

    private static async Task<int?> ListIdAsync(ScreenBoardDbContext db, QuarterId quarter, Board board, CancellationToken cancellationToken)
    {
        var list = await db.Lists.AsNoTracking().Where(l => l.Year == quarter.Year).Select(l => new { l.Id }).SingleOrDefaultAsync(cancellationToken);
        return list is null || !board.HasList ? null : list.Id;
    }

    private static IEnumerable<TaskSnapshotRow> TaskRows(Board board, FlagLegend legend) =>
        board.Tasks.Select(t => new TaskSnapshotRow(t.TaskId, t.Code, t.LeadUnitId, t.Start, t.Deadline, t.Expected, t.Actual, t.Status, legend[t.Status].LabelZh, t.Points));

    private static IEnumerable<UnitSnapshotRow> UnitRows(Board board) =>
        board.Units.Select(u => new UnitSnapshotRow(u.UnitId, u.Code, u.Base, u.Deductions, u.Score, u.Rank));

    private static string Summary(DateTimeOffset computedAt, int units) =>
        JsonSerializer.Serialize(new { computedAt = computedAt.ToString("O", CultureInfo.InvariantCulture), units });
}

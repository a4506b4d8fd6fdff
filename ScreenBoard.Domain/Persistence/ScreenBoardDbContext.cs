using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Bulletins;
using ScreenBoard.Domain.Chasing;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Devices;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Tokens;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// The one truth: the list, its units, reports, the ladder, snapshots and the audit trail. This type is the
/// SQLite one (its migrations are Persistence/Migrations); <see cref="PostgreSqlScreenBoardDbContext"/> derives
/// from it for PostgreSQL. Open one through <see cref="DatabaseSettings"/> or the registered factory.
/// </summary>
public class ScreenBoardDbContext : DbContext
{
    public ScreenBoardDbContext(DbContextOptions<ScreenBoardDbContext> options)
        : base(options)
    {
    }

    /// <summary>For an engine's derived context, whose options are typed by it.</summary>
    protected ScreenBoardDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<SupervisionList> Lists => Set<SupervisionList>();

    public DbSet<SupervisionTask> Tasks => Set<SupervisionTask>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<ProgressReport> Reports => Set<ProgressReport>();

    /// <summary>佐证材料: the files' records (the files live under the data folder).</summary>
    public DbSet<ReportEvidence> Evidence => Set<ReportEvidence>();

    /// <summary>延期申请.</summary>
    public DbSet<ExtensionRequest> Extensions => Set<ExtensionRequest>();

    public DbSet<RectificationNotice> Notices => Set<RectificationNotice>();

    /// <summary>The 文号 given to each step of a notice (docs/decisions/018).</summary>
    public DbSet<NoticeNumber> NoticeNumbers => Set<NoticeNumber>();

    /// <summary>周通报, one per week.</summary>
    public DbSet<WeeklyBulletin> WeeklyBulletins => Set<WeeklyBulletin>();

    public DbSet<QuarterSnapshot> Snapshots => Set<QuarterSnapshot>();

    public DbSet<TaskSnapshotRow> TaskSnapshotRows => Set<TaskSnapshotRow>();

    public DbSet<UnitSnapshotRow> UnitSnapshotRows => Set<UnitSnapshotRow>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>催办 items in the units' inboxes.</summary>
    public DbSet<Reminder> Reminders => Set<Reminder>();

    /// <summary>Chasing summaries posted to group webhooks.</summary>
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<ScreenDevice> Devices => Set<ScreenDevice>();

    /// <summary>Screens waiting to be paired, and approved ones not yet claimed (docs/decisions/031).</summary>
    public DbSet<ScreenPairing> Pairings => Set<ScreenPairing>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ScreenBoardDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no DateTimeOffset type; stored as a sortable 64-bit number so queries can order and compare.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 6);
    }

    /// <summary>
    /// The app-managed concurrency token: every modified versioned entity goes up by one, and EF Core
    /// checks the original value in the UPDATE's WHERE clause, so a stale edit fails instead of overwriting.
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified || HasChangedOwnedCollections(entry))
            {
                entry.Entity.Version++;
            }
        }
    }

    private static bool HasChangedOwnedCollections(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<IVersioned> entry) =>
        entry.State == EntityState.Unchanged
        && entry.Navigations.Any(n => n.IsModified);
}

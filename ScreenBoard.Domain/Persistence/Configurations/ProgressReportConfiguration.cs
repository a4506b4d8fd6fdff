using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("Reports", t => t.HasCheckConstraint("CK_Reports_Percent", "Percent BETWEEN 0 AND 100"));
        // Covers the board's two report reads (latest accepted report per task on or before E, earliest accepted 100 %):
        // they run from the index alone, without visiting the table (docs/decisions/021). Its prefix serves a task's reports.
        builder.HasIndex(r => new { r.TaskId, r.State, r.ReportDate, r.AcceptedAt, r.Percent });
        builder.HasIndex(r => r.UnitId);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Narrative).HasMaxLength(ProgressReport.NarrativeMaxLength);
        builder.Property(r => r.SubmittedBy).HasMaxLength(100);
        builder.Property(r => r.ReviewedBy).HasMaxLength(100);
        builder.Property(r => r.AcceptedBy).HasMaxLength(100);
        builder.Property(r => r.ReturnedBy).HasMaxLength(100);
        builder.Property(r => r.ReturnReason).HasMaxLength(1000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Task).WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Milestone).WithMany().HasForeignKey(r => r.MilestoneId).OnDelete(DeleteBehavior.Restrict);

        // A returned report is resubmitted once: the index holds even when two resubmissions race.
        builder.HasOne(r => r.ResubmitsReport).WithMany().HasForeignKey(r => r.ResubmitsReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ResubmitsReportId).IsUnique().HasFilter("ResubmitsReportId IS NOT NULL");
        builder.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

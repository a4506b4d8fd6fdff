using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Chasing;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");

        // Each occasion is raised once (docs/decisions/015-chasing.md).
        builder.HasIndex(r => new { r.UnitId, r.TaskId, r.Kind, r.DueKey }).IsUnique();
        builder.HasIndex(r => new { r.UnitId, r.DismissedAt, r.RaisedOn });
        builder.HasIndex(r => r.BatchId);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.DueKey).HasMaxLength(64);
        builder.Property(r => r.BatchId).HasMaxLength(32);
        builder.Property(r => r.MilestoneTitle).HasMaxLength(200);
        builder.Ignore(r => r.Identity);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SupervisionTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

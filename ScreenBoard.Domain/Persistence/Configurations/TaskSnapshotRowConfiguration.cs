using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class TaskSnapshotRowConfiguration : IEntityTypeConfiguration<TaskSnapshotRow>
{
    public void Configure(EntityTypeBuilder<TaskSnapshotRow> builder)
    {
        builder.ToTable("TaskSnapshotRows");
        builder.HasKey(r => new { r.SnapshotId, r.TaskId });
        builder.Property(r => r.TaskCode).HasMaxLength(32);
        builder.Property(r => r.FlagLabel).HasMaxLength(32);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(24);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class QuarterSnapshotConfiguration : IEntityTypeConfiguration<QuarterSnapshot>
{
    public void Configure(EntityTypeBuilder<QuarterSnapshot> builder)
    {
        builder.ToTable("Snapshots");

        // One snapshot per quarter and version (0 = the draft the quarterly job upserts on; 1, 2, … published).
        builder.HasIndex(s => new { s.Year, s.Quarter, s.PublishedVersion }).IsUnique();
        builder.Property(s => s.PublishedBy).HasMaxLength(100);
        builder.Property(s => s.Reason).HasMaxLength(QuarterSnapshot.ReasonMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsPublished);
        builder.Ignore(s => s.QuarterId);
        builder.HasMany(s => s.TaskRows).WithOne().HasForeignKey(r => r.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.UnitRows).WithOne().HasForeignKey(r => r.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.TaskRows).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.UnitRows).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

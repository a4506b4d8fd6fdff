using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class UnitSnapshotRowConfiguration : IEntityTypeConfiguration<UnitSnapshotRow>
{
    public void Configure(EntityTypeBuilder<UnitSnapshotRow> builder)
    {
        builder.ToTable("UnitSnapshotRows");
        builder.HasKey(r => new { r.SnapshotId, r.UnitId });
        builder.Property(r => r.UnitCode).HasMaxLength(32);
    }
}

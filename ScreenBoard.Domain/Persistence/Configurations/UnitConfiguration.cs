using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Code).HasMaxLength(32).UseCollation("NOCASE");
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasOne(u => u.ReviewingUnit).WithMany().HasForeignKey(u => u.ReviewingUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

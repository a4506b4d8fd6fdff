using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Devices;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class ScreenPairingConfiguration : IEntityTypeConfiguration<ScreenPairing>
{
    public void Configure(EntityTypeBuilder<ScreenPairing> builder)
    {
        builder.ToTable("ScreenPairings");

        // One waiting screen per code at a time, whichever server it asked (docs/decisions/031).
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.ExpiresAt);
        builder.Property(p => p.Code).HasMaxLength(ScreenPairing.CodeLength);
        builder.Property(p => p.ClaimKeyHash).HasMaxLength(ScreenPairing.HashLength);
        builder.Property(p => p.Profile).HasMaxLength(32);
        builder.Property(p => p.ProtectedSecret).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<ScreenDevice>().WithMany().HasForeignKey(p => p.DeviceId).OnDelete(DeleteBehavior.Cascade);
    }
}

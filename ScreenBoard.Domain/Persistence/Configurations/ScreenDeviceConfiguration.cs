using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Devices;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class ScreenDeviceConfiguration : IEntityTypeConfiguration<ScreenDevice>
{
    public void Configure(EntityTypeBuilder<ScreenDevice> builder)
    {
        builder.ToTable("ScreenDevices");
        builder.HasIndex(d => d.Name).IsUnique();
        builder.HasIndex(d => d.CredentialHash).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(100).UseCollation("NOCASE");
        builder.Property(d => d.Place).HasMaxLength(100);
        builder.Property(d => d.Profile).HasMaxLength(32);
        builder.Property(d => d.CredentialHash).HasMaxLength(ScreenDevice.HashLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.State);
    }
}

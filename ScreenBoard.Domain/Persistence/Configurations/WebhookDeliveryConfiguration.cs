using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Chasing;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");

        // One post of a batch's summary per webhook (docs/decisions/015-chasing.md).
        builder.HasIndex(d => new { d.WebhookName, d.BatchId }).IsUnique();
        builder.Property(d => d.WebhookName).HasMaxLength(100);
        builder.Property(d => d.BatchId).HasMaxLength(32);
    }
}

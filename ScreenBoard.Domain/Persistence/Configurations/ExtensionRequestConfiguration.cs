using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.ToTable("ExtensionRequests");
        builder.HasIndex(e => new { e.State, e.RequestedAt });

        // At most one pending request per task, also when two people ask at the same moment.
        builder.HasIndex(e => e.TaskId).IsUnique().HasFilter("State = 'Pending'").HasDatabaseName("IX_ExtensionRequests_PendingTask");
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(ExtensionRequest.ReasonMaxLength);
        builder.Property(e => e.DecisionNote).HasMaxLength(ExtensionRequest.ReasonMaxLength);
        builder.Property(e => e.RequestedBy).HasMaxLength(100);
        builder.Property(e => e.DecidedBy).HasMaxLength(100);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Task).WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

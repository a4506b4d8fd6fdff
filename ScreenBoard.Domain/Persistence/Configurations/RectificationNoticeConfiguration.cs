using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Escalation;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class RectificationNoticeConfiguration : IEntityTypeConfiguration<RectificationNotice>
{
    public void Configure(EntityTypeBuilder<RectificationNotice> builder)
    {
        builder.ToTable("Notices", t => t.HasCheckConstraint("CK_Notices_FixDeadline", "FixDeadline >= IssuedOn"));
        builder.HasIndex(n => n.UnitId);
        builder.HasIndex(n => n.TaskId);
        builder.Property(n => n.Reason).HasMaxLength(2000);
        builder.Property(n => n.Resolution).HasMaxLength(2000);
        builder.Property(n => n.IssuedBy).HasMaxLength(100);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.Ignore(n => n.Steps);
        builder.Ignore(n => n.Step);
        builder.Ignore(n => n.StepDate);
        builder.Ignore(n => n.IsResolved);
        builder.HasOne(n => n.Unit).WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Task).WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

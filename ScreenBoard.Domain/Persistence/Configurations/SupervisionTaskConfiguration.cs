using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class SupervisionTaskConfiguration : IEntityTypeConfiguration<SupervisionTask>
{
    public void Configure(EntityTypeBuilder<SupervisionTask> builder)
    {
        builder.ToTable("Tasks", t => t.HasCheckConstraint("CK_Tasks_Schedule", "Deadline >= Start"));
        builder.HasIndex(t => new { t.ListId, t.Code }).IsUnique();
        builder.HasIndex(t => t.LeadUnitId);
        builder.Property(t => t.Code).HasMaxLength(32).UseCollation("NOCASE");
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.Property(t => t.Goal).HasMaxLength(2000);
        builder.Property(t => t.ResponsibleLeader).HasMaxLength(100);
        builder.Property(t => t.ClosedOutBy).HasMaxLength(100);
        builder.Property(t => t.ClosedOutNote).HasMaxLength(1000);
        builder.Property(t => t.SourceReference).HasMaxLength(64);
        builder.Property(t => t.SourceLeader).HasMaxLength(100);
        builder.Property(t => t.SourceText).HasMaxLength(2000);
        builder.Ignore(t => t.Origin);
        builder.Property(t => t.Category).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.Source).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.LeadUnit).WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.SupervisingUnit).WithMany().HasForeignKey(t => t.SupervisingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Milestones).WithOne().HasForeignKey(m => m.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.CoUnits).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(t => t.CoUnits).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

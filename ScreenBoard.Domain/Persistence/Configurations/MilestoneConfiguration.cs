using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("Milestones");
        builder.HasIndex(m => new { m.TaskId, m.Due });
        builder.Property(m => m.Title).HasMaxLength(200);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class TaskCoUnitConfiguration : IEntityTypeConfiguration<TaskCoUnit>
{
    public void Configure(EntityTypeBuilder<TaskCoUnit> builder)
    {
        builder.ToTable("TaskCoUnits");
        builder.HasKey(c => new { c.TaskId, c.UnitId });
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

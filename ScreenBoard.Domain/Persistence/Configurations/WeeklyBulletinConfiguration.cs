using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Bulletins;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class WeeklyBulletinConfiguration : IEntityTypeConfiguration<WeeklyBulletin>
{
    public void Configure(EntityTypeBuilder<WeeklyBulletin> builder)
    {
        builder.ToTable("WeeklyBulletins");

        // One bulletin per week: a second run of the job, or two at once, cannot add another.
        builder.HasIndex(b => b.WeekStart).IsUnique();
        builder.Property(b => b.GeneratedBy).HasMaxLength(100);
        builder.Ignore(b => b.WeekEnd);
    }
}

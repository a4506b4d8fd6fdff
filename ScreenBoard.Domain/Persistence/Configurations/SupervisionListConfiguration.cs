using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class SupervisionListConfiguration : IEntityTypeConfiguration<SupervisionList>
{
    public void Configure(EntityTypeBuilder<SupervisionList> builder)
    {
        builder.ToTable("Lists");
        builder.HasIndex(l => l.Year).IsUnique();
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.FirstDay);
        builder.HasMany(l => l.Tasks).WithOne(t => t.List).HasForeignKey(t => t.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Tasks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

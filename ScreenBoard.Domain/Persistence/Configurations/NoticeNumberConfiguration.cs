using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Escalation;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class NoticeNumberConfiguration : IEntityTypeConfiguration<NoticeNumber>
{
    public void Configure(EntityTypeBuilder<NoticeNumber> builder)
    {
        builder.ToTable("NoticeNumbers", t => t.HasCheckConstraint("CK_NoticeNumbers_Number", "Number >= 1"));

        // A 文号 is given once (docs/decisions/018): one per (year, kind, number), one per step of a notice.
        builder.HasIndex(n => new { n.Year, n.Step, n.Number }).IsUnique();
        builder.HasIndex(n => new { n.NoticeId, n.Step }).IsUnique();
        builder.Property(n => n.Step).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(n => n.Text);
        builder.HasOne<RectificationNotice>().WithMany().HasForeignKey(n => n.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

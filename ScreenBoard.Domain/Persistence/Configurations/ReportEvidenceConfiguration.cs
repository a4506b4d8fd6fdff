using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class ReportEvidenceConfiguration : IEntityTypeConfiguration<ReportEvidence>
{
    public void Configure(EntityTypeBuilder<ReportEvidence> builder)
    {
        builder.ToTable("ReportEvidence", t => t.HasCheckConstraint("CK_ReportEvidence_Size", "Size BETWEEN 1 AND " + ReportEvidence.MaxBytes));
        builder.HasIndex(e => e.ReportId);
        builder.HasIndex(e => e.StoredName).IsUnique();
        builder.Property(e => e.OriginalName).HasMaxLength(ReportEvidence.NameMaxLength);
        builder.Property(e => e.StoredName).HasMaxLength(48);
        builder.Property(e => e.ContentType).HasMaxLength(32);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Ignore(e => e.IsImage);
    }
}

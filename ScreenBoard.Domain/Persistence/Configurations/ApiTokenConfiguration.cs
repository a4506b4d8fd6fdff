using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ScreenBoard.Domain.Tokens;

namespace ScreenBoard.Domain.Persistence.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");

        // A name names one live token; a revoked token keeps its name in the list and the audit trail.
        builder.HasIndex(t => t.Name).IsUnique().HasFilter("\"RevokedAt\" IS NULL");
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(100).UseCollation("NOCASE");
        builder.Property(t => t.Scope).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.SecretHash).HasMaxLength(ApiToken.HashLength);
        builder.Property(t => t.Hint).HasMaxLength(16);
    }
}

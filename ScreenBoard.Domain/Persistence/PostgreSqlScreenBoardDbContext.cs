using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so its migrations (Persistence/Migrations/PostgreSql)
/// are told apart from SQLite's; every reader and writer sees it as a <see cref="ScreenBoardDbContext"/>.
/// </summary>
public sealed class PostgreSqlScreenBoardDbContext(DbContextOptions<PostgreSqlScreenBoardDbContext> options) : ScreenBoardDbContext(options)
{
    /// <summary>SQLite's case-insensitive collation; PostgreSQL gets the citext type for the same columns.</summary>
    public const string SqliteNoCase = "NOCASE";

    /// <summary>
    /// A sequence every write that changes the board bumps in its transaction: the stored board version the app
    /// servers compare every minute (a lost change notification then costs at most a minute). PostgreSQL only;
    /// on SQLite there is one server and its notifier is in-process.
    /// </summary>
    public const string BoardVersionSequence = "BoardVersion";

    /// <summary><see cref="BoardVersionSequence"/> as nextval and last_value take it (a quoted name).</summary>
    public const string BoardVersionSequenceSql = "\"" + BoardVersionSequence + "\"";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        UseCitextForNoCase(modelBuilder);
        QuoteColumnsInSql(modelBuilder);
        modelBuilder.HasSequence<long>(BoardVersionSequence);

        // SQLite carries the row id in every index; PostgreSQL needs it included for the scoring read's tie-break
        // (ORDER BY … "Id" DESC) to be answered from the covering index alone (docs/decisions/021, 023).
        modelBuilder.Entity<Reports.ProgressReport>()
            .HasIndex(r => new { r.TaskId, r.State, r.ReportDate, r.AcceptedAt, r.Percent })
            .IncludeProperties(r => r.Id);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HaveConversion<AsWrittenDecimalConverter>();
    }

    /// <summary>
    /// The configurations write check constraints and index filters in SQLite's SQL, where column names need no
    /// quotes (<c>Deadline &gt;= Start</c>). PostgreSQL folds unquoted names to lower case, so here every column
    /// name of the table is double-quoted (<c>"Deadline" &gt;= "Start"</c>); string literals are left alone.
    /// </summary>
    internal static void QuoteColumnsInSql(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var columns = entity.GetProperties().Select(p => p.GetColumnName()).OrderByDescending(c => c.Length).ToList();
            foreach (var check in entity.GetCheckConstraints().ToList())
            {
                var name = check.ModelName;
                var sql = Quote(check.Sql, columns);
                entity.RemoveCheckConstraint(name);
                entity.AddCheckConstraint(name, sql);
            }

            foreach (var index in entity.GetIndexes().Where(i => i.GetFilter() is not null))
            {
                index.SetFilter(Quote(index.GetFilter()!, columns));
            }
        }
    }

    private static string Quote(string sql, IReadOnlyList<string> columns)
    {
        // Split off string literals ('…'); quote whole-word column names outside them that are not quoted yet.
        var parts = Regex.Split(sql, "('(?:[^']|'')*')");
        var pattern = new Regex("(?<![\\w\"])(" + string.Join("|", columns.Select(Regex.Escape)) + ")(?![\\w\"])");
        return string.Concat(parts.Select(part => part.StartsWith('\'') ? part : pattern.Replace(part, "\"$1\"")));
    }

    /// <summary>
    /// Codes and names compared without case (unique 'nyj' and 'NYJ' clash, a lookup finds either) are
    /// <c>citext</c> columns: case-insensitive in equality, unique indexes and LIKE, which a nondeterministic
    /// ICU collation would refuse.
    /// </summary>
    internal static void UseCitextForNoCase(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("citext");
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (string.Equals(property.GetCollation(), SqliteNoCase, StringComparison.OrdinalIgnoreCase))
            {
                property.SetCollation(null);
                property.SetColumnType("citext");
            }
        }
    }
}

/// <summary>
/// numeric(18,6) reads every value back with six decimals (0.6 as 0.600000); SQLite keeps the text it was
/// given. Read without trailing zeros, a share, a weight or a stored score prints the same on both engines
/// (in messages, exports and the API). The value itself is unchanged, so comparisons in SQL are too.
/// </summary>
internal sealed class AsWrittenDecimalConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<decimal, decimal>(
    value => value,
    value => value / 1.000000000000000000000000000000000m);

/// <summary>Lets `dotnet ef migrations add --context PostgreSqlScreenBoardDbContext` build the context without a server.</summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlScreenBoardDbContext>
{
    public PostgreSqlScreenBoardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlScreenBoardDbContext>().UseNpgsql("Host=localhost;Database=screenboard_design").Options);
}

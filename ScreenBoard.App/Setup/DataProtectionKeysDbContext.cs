using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Setup;

/// <summary>
/// The data-protection key ring in the database, on PostgreSQL only: every app server reads and writes the same
/// keys, so a sign-in cookie, an anti-forgery token or a screen device's credential issued by one server is
/// valid on all. One table, with its own migrations history beside the domain's and the accounts'.
/// (SQLite keeps its key folder: one server.)
/// </summary>
public sealed class DataProtectionKeysDbContext(DbContextOptions<DataProtectionKeysDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>This context's migrations history, apart from the domain's and the accounts'.</summary>
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_DataProtection";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The PostgreSQL options, with this context's own history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable));

    /// <summary>The context on <paramref name="connectionString"/>, outside dependency injection (db migrate, dotnet ef); the caller disposes it.</summary>
    public static DataProtectionKeysDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<DataProtectionKeysDbContext>();
        Configure(options, connectionString);
        return new DataProtectionKeysDbContext(options.Options);
    }

    public static void Register(IServiceCollection services, DatabaseSettings database) =>
        services.AddDbContext<DataProtectionKeysDbContext>(options => Configure(options, database.ConnectionString));

    /// <summary>Creates or upgrades the key table (start-up, before the first key is read).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DataProtectionKeysDbContext>().Database.MigrateAsync(cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
}

/// <summary>Lets `dotnet ef migrations add --context DataProtectionKeysDbContext` build the context without a server.</summary>
internal sealed class DataProtectionKeysDesignTimeFactory : IDesignTimeDbContextFactory<DataProtectionKeysDbContext>
{
    public DataProtectionKeysDbContext CreateDbContext(string[] args) =>
        DataProtectionKeysDbContext.Open("Host=localhost;Database=screenboard_design");
}

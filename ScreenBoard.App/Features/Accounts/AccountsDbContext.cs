using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// The Identity tables, in the same database as the domain but in their own context (and migrations
/// history table), because Identity is ASP.NET and the domain may not reference ASP.NET (decision 013).
/// This type is the SQLite one; <see cref="PostgreSqlAccountsDbContext"/> derives from it for PostgreSQL.
/// </summary>
public class AccountsDbContext : IdentityDbContext<ScreenBoardUser>
{
    /// <summary>This context's migrations history, apart from the domain's <c>__EFMigrationsHistory</c>.</summary>
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Accounts";

    public AccountsDbContext(DbContextOptions<AccountsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For an engine's derived context, whose options are typed by it.</summary>
    protected AccountsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The engine's options, with this context's own history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings database)
    {
        if (database.IsPostgreSql)
        {
            options.UseNpgsql(database.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable));
        }
        else
        {
            // The model EF Core would otherwise build on every start, generated ahead (docs/decisions/027).
            options.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
                .UseModel(CompiledModel.AccountsDbContextModel.Instance)
                .AddInterceptors(SqliteBusyTimeout.Instance);
        }
    }

    /// <summary>Registers the engine's context type as <see cref="AccountsDbContext"/>, which Identity's stores ask for.</summary>
    public static void Register(IServiceCollection services, DatabaseSettings database)
    {
        if (database.IsPostgreSql)
        {
            services.AddDbContext<AccountsDbContext, PostgreSqlAccountsDbContext>(options => Configure(options, database));
        }
        else
        {
            services.AddDbContext<AccountsDbContext>(options => Configure(options, database));
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ScreenBoardUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100).IsRequired();
            user.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        });
    }
}

/// <summary>The Identity tables on PostgreSQL: a type of its own only for its migrations (Migrations/PostgreSql).</summary>
public sealed class PostgreSqlAccountsDbContext(DbContextOptions<PostgreSqlAccountsDbContext> options) : AccountsDbContext(options);

/// <summary>Lets `dotnet ef migrations add --context AccountsDbContext` build the context without starting the app.</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        AccountsDbContext.Configure(options, new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
        return new AccountsDbContext(options.Options);
    }
}

/// <summary>Lets `dotnet ef migrations add --context PostgreSqlAccountsDbContext` build the context without a server.</summary>
internal sealed class PostgreSqlAccountsDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAccountsDbContext>
{
    public PostgreSqlAccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlAccountsDbContext>();
        AccountsDbContext.Configure(options, new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=localhost;Database=screenboard_design"));
        return new PostgreSqlAccountsDbContext(options.Options);
    }
}

using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// The Identity tables, in the same SQLite file as the domain but in their own context (and migrations
/// history table), because Identity is ASP.NET and the domain may not reference ASP.NET (decision 013).
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<ScreenBoardUser>(options)
{
    /// <summary>This context's migrations history, apart from the domain's <c>__EFMigrationsHistory</c>.</summary>
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Accounts";

    public static void UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));

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

/// <summary>Lets `dotnet ef migrations add --context AccountsDbContext` build the context without starting the app.</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        AccountsDbContext.UseSqlite(options, "Data Source=design-time.db");
        return new AccountsDbContext(options.Options);
    }
}

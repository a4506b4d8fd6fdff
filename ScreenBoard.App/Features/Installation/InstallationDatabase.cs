using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Installation;

/// <summary>
/// One installation's database as a whole: the domain's context and Identity's (two models, two migration
/// histories, one database), opened for either engine. What <c>db migrate</c> and <c>db copy</c> work on.
/// </summary>
public static class InstallationDatabase
{
    /// <summary>A SQLite installation's file, opened read-only (the copy never writes to its source).</summary>
    public static DatabaseSettings ReadOnlySqlite(string file) =>
        new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);

    /// <summary>Both contexts on <paramref name="database"/>, domain first; the caller disposes them.</summary>
    public static IReadOnlyList<DbContext> Open(DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return [database.CreateContext(), OpenAccounts(database)];
    }

    /// <summary>
    /// Applies both contexts' pending migrations, and on PostgreSQL the data-protection key table's, and returns them
    /// as <c>context: migration</c>, in the order applied (empty when the database was up to date).
    /// </summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(DatabaseSettings database, CancellationToken cancellationToken = default)
    {
        var applied = new List<string>();
        // The key ring's table too on PostgreSQL, where the servers share it (SQLite keeps its key folder); not part of a copy.
        foreach (var context in database.IsPostgreSql ? [.. Open(database), DataProtectionKeysDbContext.Open(database.ConnectionString)] : Open(database))
        {
            await using (context)
            {
                var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await context.Database.MigrateAsync(cancellationToken);
                applied.AddRange(pending.Select(m => $"{Name(context)}: {m}"));
            }
        }

        return applied;
    }

    /// <summary>Pending migrations of both contexts (a source must have none: it is copied as its model describes it).</summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(DatabaseSettings database, CancellationToken cancellationToken = default)
    {
        var pending = new List<string>();
        foreach (var context in Open(database))
        {
            await using (context)
            {
                pending.AddRange((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Select(m => $"{Name(context)}: {m}"));
            }
        }

        return pending;
    }

    /// <summary>
    /// Every table of both models, principals before their dependents (a table's foreign keys point only to
    /// tables earlier in the list, apart from a table's references to itself), then by name.
    /// </summary>
    public static IReadOnlyList<ITable> TablesInDependencyOrder(IEnumerable<DbContext> contexts)
    {
        var tables = contexts.SelectMany(c => c.Model.GetRelationalModel().Tables).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<ITable>();
        var placed = new HashSet<ITable>();
        while (ordered.Count < tables.Count)
        {
            var next = tables.FirstOrDefault(t => !placed.Contains(t)
                && t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || placed.Contains(fk.PrincipalTable)))
                ?? throw new InvalidOperationException("The model's foreign keys form a cycle between tables; no copy order exists.");
            ordered.Add(next);
            placed.Add(next);
        }

        return ordered;
    }

    private static string Name(DbContext context) => context switch
    {
        AccountsDbContext => "accounts",
        DataProtectionKeysDbContext => "keys",
        _ => "domain",
    };

    private static AccountsDbContext OpenAccounts(DatabaseSettings database)
    {
        if (database.IsPostgreSql)
        {
            var postgres = new DbContextOptionsBuilder<PostgreSqlAccountsDbContext>();
            AccountsDbContext.Configure(postgres, database);
            return new PostgreSqlAccountsDbContext(postgres.Options);
        }

        var sqlite = new DbContextOptionsBuilder<AccountsDbContext>();
        AccountsDbContext.Configure(sqlite, database);
        return new AccountsDbContext(sqlite.Options);
    }
}

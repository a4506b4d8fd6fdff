using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ScreenBoard.Domain.Persistence;

/// <summary>How every context (the list's and the accounts') applies its migrations, on either engine, on every start.</summary>
public static class DatabaseMigration
{
    /// <summary>
    /// Applies the pending migrations, cheaply when there are none:
    /// <list type="bullet">
    /// <item>the migrations history table is created first when missing: on an empty PostgreSQL database Npgsql
    /// otherwise reads the missing table before creating it, and EF Core logs that read as a failed command
    /// ("Failed executing DbCommand … __EFMigrationsHistory") although the migration goes on and succeeds;</item>
    /// <item><c>MigrateAsync</c> runs only when this build knows a migration the history table does not list: it
    /// takes the migrations lock and diffs the model snapshot against the model even when every migration is
    /// applied, which was most of a restart's database time (docs/decisions/022).</item>
    /// </list>
    /// </summary>
    /// <returns>True when migrations were applied.</returns>
    public static async Task<bool> ApplyMigrationsAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var applied = (await database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (database.GetMigrations().All(applied.Contains))
        {
            return false;
        }

        await database.MigrateAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc cref="ApplyMigrationsAsync"/>
    public static void ApplyMigrations(this DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.GetService<IHistoryRepository>().CreateIfNotExists();
        database.Migrate();
    }
}

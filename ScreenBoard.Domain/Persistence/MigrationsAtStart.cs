using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Migrations on every start, cheaply when there is nothing to do (docs/decisions/022): EF's <c>MigrateAsync</c>
/// takes the migrations lock and diffs the model snapshot against the model even when every migration is applied,
/// which was most of a restart's database time. The history table read here is one query.
/// </summary>
public static class MigrationsAtStart
{
    /// <summary>
    /// Applies the pending migrations through <c>MigrateAsync</c>, as before, if this build knows any migration the
    /// database's history table does not list (a new database has none); otherwise returns without touching the schema.
    /// </summary>
    /// <returns>True when <c>MigrateAsync</c> ran.</returns>
    public static async Task<bool> MigrateIfBehindAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        var applied = (await database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (database.GetMigrations().All(applied.Contains))
        {
            return false;
        }

        await database.MigrateAsync(cancellationToken);
        return true;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ScreenBoard.Domain.Persistence;

/// <summary>How every context (the list's and the accounts') applies its migrations, on either engine.</summary>
public static class DatabaseMigration
{
    /// <summary>
    /// Applies the pending migrations, creating the migrations history table first when it is missing. On an
    /// empty PostgreSQL database Npgsql otherwise reads the missing table before creating it, and EF Core logs
    /// that read as a failed command ("Failed executing DbCommand … __EFMigrationsHistory") although the
    /// migration goes on and succeeds.
    /// </summary>
    public static async Task ApplyMigrationsAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await database.MigrateAsync(cancellationToken);
    }

    /// <inheritdoc cref="ApplyMigrationsAsync"/>
    public static void ApplyMigrations(this DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.GetService<IHistoryRepository>().CreateIfNotExists();
        database.Migrate();
    }
}

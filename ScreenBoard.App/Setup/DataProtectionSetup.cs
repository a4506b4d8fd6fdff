using Microsoft.AspNetCore.DataProtection;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Setup;

/// <summary>
/// The data-protection key ring lives beside the database (data/keys) on SQLite, and in the database itself on
/// PostgreSQL (<see cref="DataProtectionKeysDbContext"/>, shared by every app server), so sign-in cookies,
/// anti-forgery tokens, device credentials and the circuits' protected state stay valid across restarts and
/// servers. Safe to call more than once.
/// </summary>
public static class DataProtectionSetup
{
    public const string ApplicationName = "ScreenBoard";

    /// <summary>The key folder: <c>keys</c> in the data folder (beside the SQLite file).</summary>
    public static string KeyFolder(DatabaseSettings database, string contentRoot) => Path.Combine(database.DataFolder(contentRoot), "keys");

    public static IServiceCollection AddPersistentDataProtection(this IServiceCollection services, DatabaseSettings database, string contentRoot)
    {
        if (services.Any(s => s.ServiceType == typeof(Marker)))
        {
            return services;
        }

        services.AddSingleton<Marker>();
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (database.IsPostgreSql)
        {
            DataProtectionKeysDbContext.Register(services, database);
            protection.PersistKeysToDbContext<DataProtectionKeysDbContext>();
        }
        else
        {
            protection.PersistKeysToFileSystem(Directory.CreateDirectory(KeyFolder(database, contentRoot)));
        }

        return services;
    }

    /// <summary>
    /// On PostgreSQL: creates the key table and makes sure the ring holds a key before requests come, so the
    /// first server started creates the key the others then load (rather than each making its own).
    /// </summary>
    public static async Task PrepareKeysAsync(IServiceProvider services, DatabaseSettings database, CancellationToken cancellationToken = default)
    {
        if (!database.IsPostgreSql)
        {
            return;
        }

        await DataProtectionKeysDbContext.MigrateAsync(services, cancellationToken);
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ApplicationName + ".Start").Protect("ready");
    }

    private sealed class Marker;
}

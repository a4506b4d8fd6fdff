using Microsoft.AspNetCore.DataProtection;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Setup;

/// <summary>
/// The data-protection key ring lives beside the database (data/keys), so sign-in cookies, anti-forgery
/// tokens and the circuits' protected state stay valid across restarts. Safe to call more than once.
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
        var folder = Directory.CreateDirectory(KeyFolder(database, contentRoot));
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(folder);
        return services;
    }

    private sealed class Marker;
}

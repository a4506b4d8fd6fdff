using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace ScreenBoard.App.Setup;

/// <summary>
/// The data-protection key ring lives beside the database (data/keys), so sign-in cookies, anti-forgery
/// tokens and the circuits' protected state stay valid across restarts. Safe to call more than once.
/// </summary>
public static class DataProtectionSetup
{
    public const string ApplicationName = "ScreenBoard";

    /// <summary>The key folder for a (resolved) SQLite connection string: <c>keys</c> beside the database file.</summary>
    public static string KeyFolder(string connectionString, string contentRoot)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = string.IsNullOrEmpty(file) || file == ":memory:" ? Path.Combine(contentRoot, "data") : Path.GetDirectoryName(Path.GetFullPath(file))!;
        return Path.Combine(folder, "keys");
    }

    public static IServiceCollection AddPersistentDataProtection(this IServiceCollection services, string connectionString, string contentRoot)
    {
        if (services.Any(s => s.ServiceType == typeof(Marker)))
        {
            return services;
        }

        services.AddSingleton<Marker>();
        var folder = Directory.CreateDirectory(KeyFolder(connectionString, contentRoot));
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(folder);
        return services;
    }

    private sealed class Marker;
}

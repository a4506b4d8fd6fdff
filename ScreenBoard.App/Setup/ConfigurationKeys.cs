using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Setup;

/// <summary>Configuration keys read outside an options class.</summary>
public static class ConfigurationKeys
{
    /// <summary>The database's connection string (<c>ConnectionStrings:ScreenBoard</c>): a SQLite file or a PostgreSQL server.</summary>
    public const string ConnectionStringName = "ScreenBoard";

    /// <summary>The engine (<c>Database:Provider</c>: Sqlite, the default, or PostgreSQL) and its connection string.</summary>
    public static DatabaseSettings Database(IConfiguration configuration, string contentRoot) =>
        DatabaseSettings.Resolve(
            configuration[DatabaseSettings.ProviderKey],
            configuration.GetConnectionString(ConnectionStringName),
            contentRoot);
}

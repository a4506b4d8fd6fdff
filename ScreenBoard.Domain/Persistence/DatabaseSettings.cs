using Microsoft.EntityFrameworkCore;

namespace ScreenBoard.Domain.Persistence;

/// <summary>The database engines ScreenBoard runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file beside the app: the default, one server.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server: several app servers on one database.</summary>
    PostgreSql = 1,
}

/// <summary>
/// The configured engine and its connection string, resolved once at start. The one place that knows how to
/// open a <see cref="ScreenBoardDbContext"/> for either engine: the app, the command line and the tests use it.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The configuration key of the engine.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>
    /// Reads <c>Database:Provider</c> (<c>Sqlite</c> when empty, or <c>PostgreSQL</c>) and the connection string.
    /// A relative SQLite file is resolved against <paramref name="baseDirectory"/>; PostgreSQL needs a connection string.
    /// </summary>
    /// <exception cref="InvalidOperationException">An unknown engine, or PostgreSQL without a connection string.</exception>
    public static DatabaseSettings Resolve(string? provider, string? connectionString, string baseDirectory)
    {
        var engine = ParseProvider(provider);
        if (engine == DatabaseProvider.Sqlite)
        {
            return new DatabaseSettings(engine, DatabasePath.Resolve(connectionString, baseDirectory));
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is PostgreSQL but ConnectionStrings:ScreenBoard is empty (数据库为 PostgreSQL 时须配置 ConnectionStrings:ScreenBoard)。");
        }

        return new DatabaseSettings(engine, connectionString);
    }

    /// <summary><c>Sqlite</c> (or empty) and <c>PostgreSQL</c> (also <c>Postgres</c>, <c>Npgsql</c>), any case.</summary>
    public static DatabaseProvider ParseProvider(string? provider) => provider?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException(
            $"Database:Provider '{provider}' is not known; use Sqlite or PostgreSQL (数据库类型只能是 Sqlite 或 PostgreSQL)。"),
    };

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>
    /// Where the installation's files live (evidence, keys when kept on disk): the SQLite file's folder, else
    /// <c>data</c> under <paramref name="contentRoot"/>.
    /// </summary>
    public string DataFolder(string contentRoot)
    {
        if (!IsPostgreSql)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:")
            {
                return Path.GetDirectoryName(Path.GetFullPath(file))!;
            }
        }

        return Path.Combine(contentRoot, "data");
    }

    /// <summary>Options for the engine's context type (<see cref="PostgreSqlScreenBoardDbContext"/> on PostgreSQL, for its migrations).</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (IsPostgreSql)
        {
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            // The model EF Core would otherwise build on every start, generated ahead (docs/decisions/027).
            // SQLite's busy timeout: a write waits for a reader instead of failing with "database is locked".
            options.UseSqlite(ConnectionString).UseModel(CompiledModel.ScreenBoardDbContextModel.Instance).AddInterceptors(SqliteBusyTimeout.Instance);
        }
    }

    /// <summary>A new context on this database, of the engine's own context type.</summary>
    public ScreenBoardDbContext CreateContext()
    {
        if (IsPostgreSql)
        {
            var options = new DbContextOptionsBuilder<PostgreSqlScreenBoardDbContext>();
            Configure(options);
            return new PostgreSqlScreenBoardDbContext(options.Options);
        }

        var sqlite = new DbContextOptionsBuilder<ScreenBoardDbContext>();
        Configure(sqlite);
        return new ScreenBoardDbContext(sqlite.Options);
    }
}

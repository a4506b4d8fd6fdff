using Microsoft.EntityFrameworkCore;
using Npgsql;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>
/// A real database of its own, migrated, deleted with the test: a SQLite file in a temporary folder, or, when
/// the run is on PostgreSQL (<see cref="TestEngine"/>), a fresh PostgreSQL database copied from a migrated
/// template. <see cref="Folder"/> is a temporary folder either way (evidence, Hangfire's file, list files).
/// </summary>
public sealed class TestDatabase : IDbContextFactory<ScreenBoardDbContext>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screenboard-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresName;

    public TestDatabase(bool migrate = true)
        : this(TestEngine.Current, migrate)
    {
    }

    public TestDatabase(DatabaseProvider provider, bool migrate = true)
    {
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "screenboard.db");
        if (provider == DatabaseProvider.PostgreSql)
        {
            _postgresName = "sbt_" + Guid.NewGuid().ToString("N");
            TestEngine.CreatePostgresDatabase(_postgresName, fromMigratedTemplate: migrate);
            ConnectionString = TestEngine.PostgresConnectionString(_postgresName);
        }
        else
        {
            ConnectionString = $"Data Source={FilePath};Pooling=False";
        }

        Settings = new DatabaseSettings(provider, ConnectionString);
        if (migrate && provider == DatabaseProvider.Sqlite)
        {
            using var db = CreateDbContext();
            db.Database.ApplyMigrations();
        }
    }

    /// <summary>The engine and connection string, as the app reads them from configuration.</summary>
    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    /// <summary>The SQLite file (on PostgreSQL a path in <see cref="Folder"/> that no one writes).</summary>
    public string FilePath { get; }

    public string ConnectionString { get; }

    public string Folder => _folder;

    /// <summary>The configuration a host on this database needs (<c>Database:Provider</c>, the connection string).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Configuration =>
    [
        new(DatabaseSettings.ProviderKey, Provider.ToString()),
        new("ConnectionStrings:ScreenBoard", ConnectionString),
    ];

    public ScreenBoardDbContext CreateDbContext() => Settings.CreateContext();

    /// <summary>One SQL statement on this PostgreSQL database, with named parameters: the first column of its first row.</summary>
    public async Task<object?> PostgresScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        Assert.Equal(DatabaseProvider.PostgreSql, Provider);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            TestEngine.DropPostgresDatabase(_postgresName);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing host; the OS temp folder is cleaned eventually.
        }
    }
}

/// <summary>
/// Which engine this test run uses: <c>SCREENBOARD_TEST_DATABASE=PostgreSQL</c> runs every database test on the
/// PostgreSQL server <c>SCREENBOARD_TEST_POSTGRES</c> names (default: the local one, user screenboard), else SQLite.
/// .ci/run runs the suite once on each.
/// </summary>
public static class TestEngine
{
    public const string EngineVariable = "SCREENBOARD_TEST_DATABASE";
    public const string ServerVariable = "SCREENBOARD_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Username=screenboard;Password=screenboard";
    private static readonly Lock TemplateGate = new();

    /// <summary>
    /// Databases in the C locale, as docs/decisions/023 asks of an installation: text sorts by code point and
    /// citext folds only Latin letters, as SQLite's BINARY and NOCASE do, whatever the server's default locale.
    /// </summary>
    private const string AsSqlite = " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'";
    private static string? _template;

    public static DatabaseProvider Current { get; } = DatabaseSettings.ParseProvider(Environment.GetEnvironmentVariable(EngineVariable));

    public static bool IsPostgreSql => Current == DatabaseProvider.PostgreSql;

    public static string PostgresConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(ServerVariable) ?? DefaultServer) { Database = database }.ConnectionString;

    /// <summary>A new empty database, or a copy of the migrated template (made once per run: copying is much faster than migrating).</summary>
    public static void CreatePostgresDatabase(string name, bool fromMigratedTemplate)
    {
        var template = fromMigratedTemplate ? MigratedTemplate() : null;
        Execute($"CREATE DATABASE \"{name}\"" + (template is null ? AsSqlite : $" TEMPLATE \"{template}\""));
    }

    public static void DropPostgresDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string MigratedTemplate()
    {
        lock (TemplateGate)
        {
            if (_template is not null)
            {
                return _template;
            }

            // One per run: a template left by an earlier run may hold older migrations.
            var name = "sbt_template_" + Guid.NewGuid().ToString("N")[..12];
            Execute($"CREATE DATABASE \"{name}\"{AsSqlite}");
            using (var db = new DatabaseSettings(DatabaseProvider.PostgreSql, PostgresConnectionString(name)).CreateContext())
            {
                db.Database.ApplyMigrations();
            }

            NpgsqlConnection.ClearAllPools();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropPostgresDatabase(name);
            _template = name;
            return name;
        }
    }

    /// <summary>
    /// Runs a statement on the server's postgres database. An autovacuum worker in the template or in a database
    /// being dropped makes CREATE … TEMPLATE and DROP … WITH (FORCE) fail (FORCE may not end the server's own
    /// processes); the worker is done with a test's small database within moments, so the statement is tried again.
    /// </summary>
    private static void Execute(string sql)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new NpgsqlConnection(PostgresConnectionString("postgres"));
                connection.Open();
                using var command = new NpgsqlCommand(sql, connection);
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (attempt < 20 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                Thread.Sleep(250);
            }
            catch (Exception e) when (e is NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException } or System.Net.Sockets.SocketException)
            {
                // No server answers: fail every PostgreSQL test with what to do, never skip it.
                var server = new NpgsqlConnectionStringBuilder(PostgresConnectionString("postgres"));
                throw new InvalidOperationException(
                    $"These tests need a PostgreSQL server at {server.Host}:{server.Port} (user {server.Username}, CREATEDB), or one named by "
                    + $"{ServerVariable}; start it with `pg_ctlcluster 15 main start` (.ci/run does). {e.Message}",
                    e);
            }
        }
    }
}

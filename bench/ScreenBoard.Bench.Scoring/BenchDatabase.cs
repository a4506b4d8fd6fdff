using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.Bench.Scoring;

/// <summary>
/// A fresh database for one benchmark run and the context factory the domain services need (like the tests'
/// TestDatabase): a SQLite file with the app's default pooled connection string, or a new PostgreSQL database
/// created on the server of <c>--pg</c> and dropped at the end.
/// </summary>
internal sealed class BenchDatabase : IDbContextFactory<ScreenBoardDbContext>, IDisposable
{
    private readonly bool _deleteOnDispose;
    private readonly string? _serverConnectionString;

    private BenchDatabase(DatabaseSettings settings, string description, string? folder, bool deleteOnDispose, string? serverConnectionString)
    {
        Settings = settings;
        Description = description;
        Folder = folder;
        _deleteOnDispose = deleteOnDispose;
        _serverConnectionString = serverConnectionString;
    }

    public DatabaseSettings Settings { get; }

    public bool IsPostgreSql => Settings.IsPostgreSql;

    public string ConnectionString => Settings.ConnectionString;

    /// <summary>The file, or the server and database name.</summary>
    public string Description { get; }

    public string? Folder { get; }

    public static BenchDatabase Sqlite(string? folder)
    {
        var path = folder ?? Path.Combine(Path.GetTempPath(), "screenboard-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var file = Path.Combine(path, "bench.db");
        foreach (var stale in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(stale);
        }

        return new BenchDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}"), file, path, folder is null, null);
    }

    /// <summary>Creates an empty database <c>screenboard_bench_…</c> on the server (the role needs CREATEDB).</summary>
    public static BenchDatabase PostgreSql(string serverConnectionString)
    {
        var name = $"screenboard_bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}";
        var server = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres" }.ConnectionString;
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name };
        return new BenchDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, builder.ConnectionString), $"{builder.Host}/{name}", null, true, server);
    }

    public ScreenBoardDbContext CreateDbContext() => Settings.CreateContext();

    /// <summary>A new, closed ADO.NET connection of the engine.</summary>
    public DbConnection OpenConnection()
    {
        DbConnection connection = IsPostgreSql ? new NpgsqlConnection(ConnectionString) : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The size on disk: the file, or <c>pg_database_size</c>.</summary>
    public double SizeMb()
    {
        if (!IsPostgreSql)
        {
            return new FileInfo(Description).Length / 1024.0 / 1024.0;
        }

        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_database_size(current_database())";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
    }

    public void Dispose()
    {
        if (IsPostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            if (_deleteOnDispose)
            {
                using var connection = new NpgsqlConnection(_serverConnectionString);
                connection.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }

            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_deleteOnDispose && Folder is not null)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean up.
            }
        }
    }
}

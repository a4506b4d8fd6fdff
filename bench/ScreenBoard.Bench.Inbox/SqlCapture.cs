using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.Bench.Inbox;

/// <summary>A context factory over a file that remembers the SQL it ran, so the bench can ask SQLite for each query's plan.</summary>
internal sealed class SqlCapture(string connectionString) : DbCommandInterceptor, IDbContextFactory<ScreenBoardDbContext>
{
    private readonly List<(string Sql, (string Name, object? Value)[] Parameters)> _commands = [];

    public bool Capturing { get; set; }

    public IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)> Commands => _commands;

    public ScreenBoardDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<ScreenBoardDbContext>().UseSqlite(connectionString).AddInterceptors(this).Options);

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>EXPLAIN QUERY PLAN of every captured command, one line per plan row.</summary>
    public async Task<List<string>> PlansAsync()
    {
        var lines = new List<string>();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (sql, parameters) in _commands)
        {
            lines.Add("-- " + string.Join(" ", sql.Split('\n').Select(l => l.Trim())));
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add("   " + reader.GetString(3));
            }
        }

        return lines;
    }

    private void Record(DbCommand command)
    {
        if (Capturing)
        {
            _commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray()));
        }
    }
}

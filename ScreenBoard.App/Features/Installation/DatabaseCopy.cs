using System.Data.Common;
using System.Diagnostics;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Installation;

/// <summary>One table copied: its name and the rows written.</summary>
public sealed record TableCopy(string Table, long Rows);

/// <summary>What <c>db copy</c> did: the tables in the order written, or why nothing is left in the target.</summary>
public sealed record CopyOutcome(bool Succeeded, string? Error, IReadOnlyList<TableCopy> Tables, TimeSpan Elapsed)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// Copies a whole SQLite installation into an empty PostgreSQL database (docs/decisions/025). Driven by the EF
/// models, not a list: every table of the domain's and Identity's models, principals first, each row's
/// columns read as the SQLite model stores them, turned into the property's value by that model's
/// converter and into the PostgreSQL column's value by the other model's — ids included, so foreign keys
/// and addresses stay valid. One transaction: a failed copy leaves the target empty; then the identity
/// sequences start above the copied ids, and <see cref="CopyVerification"/> compares both sides before
/// success is reported (a difference empties the target again).
/// </summary>
public sealed class DatabaseCopy(ScoringRules rules)
{
    /// <summary>PostgreSQL takes at most 65,535 parameters in one statement.</summary>
    private const int ParametersPerInsert = 30_000;

    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;

    /// <summary>Copies <paramref name="sqliteFile"/> into <paramref name="target"/> (migrated first) and verifies the copy on <paramref name="today"/>.</summary>
    public async Task<CopyOutcome> CopyAsync(string sqliteFile, DatabaseSettings target, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var clock = Stopwatch.StartNew();
        if (!target.IsPostgreSql)
        {
            return Failed("目标数据库不是 PostgreSQL：请以 Database:Provider=PostgreSQL 和 ConnectionStrings:ScreenBoard 指向一个空的 PostgreSQL 数据库 (the target is not PostgreSQL: set Database:Provider=PostgreSQL and ConnectionStrings:ScreenBoard to an empty PostgreSQL database).");
        }

        if (!File.Exists(sqliteFile))
        {
            return Failed($"找不到源 SQLite 文件 {sqliteFile} (no SQLite file at {sqliteFile}).");
        }

        var source = InstallationDatabase.ReadOnlySqlite(sqliteFile);
        if (await InstallationDatabase.PendingAsync(source, cancellationToken) is { Count: > 0 } pending)
        {
            return Failed($"源数据库尚未升级到当前版本，请先用当前版本启动一次或运行 db migrate (the source lacks migrations; start this version on it once or run db migrate on it): {string.Join(", ", pending)}");
        }

        var sourceContexts = InstallationDatabase.Open(source);
        var targetContexts = InstallationDatabase.Open(target);
        try
        {
            var plan = Plan(sourceContexts, targetContexts);
            await using var to = new NpgsqlConnection(target.ConnectionString);
            await to.OpenAsync(cancellationToken);
            var occupied = new List<string>();
            foreach (var table in plan)
            {
                if (await ExistsAsync(to, table.Target.Name, cancellationToken) && await CountAsync(to, table.Target.Name, cancellationToken) > 0)
                {
                    occupied.Add(table.Target.Name);
                }
            }

            if (occupied.Count > 0)
            {
                return Failed($"目标数据库不是空的（已有清单或账号等数据），未做任何改动 (the target database is not empty, nothing was changed; tables holding rows: {string.Join(", ", occupied)}).");
            }

            await InstallationDatabase.MigrateAsync(target, cancellationToken);
            await to.ReloadTypesAsync(cancellationToken); // the migrations may have added citext since this connection opened

            List<TableCopy> copied;
            await using (var from = new SqliteConnection(source.ConnectionString))
            {
                await from.OpenAsync(cancellationToken);
                try
                {
                    copied = await CopyAllAsync(from, to, plan, cancellationToken);
                }
                catch (Exception e) when (e is CopyFailedException or DbException)
                {
                    return Failed($"复制失败，目标数据库保持为空 (the copy failed and the target was left empty): {e.Message}");
                }
            }

            var differences = await new CopyVerification(rules).CompareAsync(source, target, plan.Select(t => t.Target.Name).ToList(), today, cancellationToken);
            if (differences.Count > 0)
            {
                await TruncateAsync(to, plan, cancellationToken);
                return Failed($"复制后核对不一致，已清空目标数据库 (the copy did not verify and the target was emptied again): {string.Join("; ", differences)}");
            }

            return new CopyOutcome(true, null, copied, clock.Elapsed);
        }
        finally
        {
            foreach (var context in sourceContexts.Concat(targetContexts))
            {
                await context.DisposeAsync();
            }

            SqliteConnection.ClearAllPools();
        }

        CopyOutcome Failed(string error) => new(false, error, [], clock.Elapsed);
    }

    /// <summary>Every table of both source models, principals first, with its PostgreSQL twin.</summary>
    private static List<TablePair> Plan(IReadOnlyList<DbContext> sourceContexts, IReadOnlyList<DbContext> targetContexts)
    {
        var targets = targetContexts.SelectMany(c => c.Model.GetRelationalModel().Tables).ToDictionary(t => t.Name, StringComparer.Ordinal);
        return InstallationDatabase.TablesInDependencyOrder(sourceContexts)
            .Select(t => new TablePair(t, targets.GetValueOrDefault(t.Name) ?? throw new InvalidOperationException($"The PostgreSQL model has no table {t.Name}.")))
            .ToList();
    }

    private static async Task<List<TableCopy>> CopyAllAsync(SqliteConnection from, NpgsqlConnection to, List<TablePair> plan, CancellationToken cancellationToken)
    {
        var copied = new List<TableCopy>();
        await using var transaction = await to.BeginTransactionAsync(cancellationToken);
        foreach (var table in plan)
        {
            try
            {
                copied.Add(new TableCopy(table.Target.Name, await CopyTableAsync(from, to, transaction, table, cancellationToken)));
            }
            catch (Exception e) when (e is DbException or InvalidCastException or FormatException or OverflowException or ArgumentException)
            {
                throw new CopyFailedException($"{table.Target.Name}: {e.Message}", e);
            }
        }

        foreach (var table in plan)
        {
            await ResetIdentityAsync(to, transaction, table.Target, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return copied;
    }

    private static async Task<long> CopyTableAsync(SqliteConnection from, NpgsqlConnection to, NpgsqlTransaction transaction, TablePair table, CancellationToken cancellationToken)
    {
        var columns = table.Source.Columns.Where(c => c.ComputedColumnSql is null)
            .Select(c => ColumnPair.For(c, table.Target.FindColumn(c.Name) ?? throw new InvalidOperationException($"The PostgreSQL table {table.Target.Name} has no column {c.Name}.")))
            .ToList();
        var order = table.Source.PrimaryKey?.Columns.Select(c => Quote(c.Name)) ?? columns.Select(c => Quote(c.Name));
        await using var read = from.CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Source.Name)} ORDER BY {string.Join(", ", order)}";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        var batchSize = Math.Max(1, ParametersPerInsert / columns.Count);
        var batch = new List<object?[]>(batchSize);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Add(columns.Select((c, i) => c.Value(reader, i)).ToArray());
            if (batch.Count == batchSize)
            {
                rows += await InsertAsync(to, transaction, table.Target, columns, batch, cancellationToken);
                batch.Clear();
            }
        }

        return rows + (batch.Count > 0 ? await InsertAsync(to, transaction, table.Target, columns, batch, cancellationToken) : 0);
    }

    private static async Task<int> InsertAsync(NpgsqlConnection to, NpgsqlTransaction transaction, ITable table, List<ColumnPair> columns, List<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand { Connection = to, Transaction = transaction };
        var values = new List<string>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var names = new string[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                names[c] = $"@p{r}_{c}";
                insert.Parameters.Add(columns[c].Target.CreateParameter(insert, names[c], rows[r][c], nullable: true));
            }

            values.Add("(" + string.Join(", ", names) + ")");
        }

        insert.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES {string.Join(", ", values)}";
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>An identity column's sequence continues above the copied ids (the next row gets max(id)+1).</summary>
    private static async Task ResetIdentityAsync(NpgsqlConnection to, NpgsqlTransaction transaction, ITable table, CancellationToken cancellationToken)
    {
        foreach (var column in table.Columns.Where(c => c.ProviderClrType == typeof(int) || c.ProviderClrType == typeof(long)))
        {
            await using var reset = new NpgsqlCommand(
                $"SELECT setval(s::regclass, COALESCE((SELECT MAX({Quote(column.Name)}) FROM {Quote(table.Name)}), 0) + 1, false) FROM pg_get_serial_sequence(@table, @column) AS s WHERE s IS NOT NULL",
                to,
                transaction);
            reset.Parameters.AddWithValue("table", Quote(table.Name));
            reset.Parameters.AddWithValue("column", column.Name);
            await reset.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task TruncateAsync(NpgsqlConnection to, List<TablePair> plan, CancellationToken cancellationToken)
    {
        await using var truncate = new NpgsqlCommand($"TRUNCATE {string.Join(", ", plan.Select(t => Quote(t.Target.Name)))} RESTART IDENTITY CASCADE", to);
        await truncate.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        exists.Parameters.AddWithValue("table", Quote(table));
        return (bool)(await exists.ExecuteScalarAsync(cancellationToken))!;
    }

    internal static async Task<long> CountAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {Quote(table)}";
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A table that could not be copied; the transaction is rolled back.</summary>
    private sealed class CopyFailedException(string message, Exception inner) : Exception(message, inner);

    private sealed record TablePair(ITable Source, ITable Target);

    /// <summary>One column on both sides: how SQLite's stored value becomes the property's, and that becomes PostgreSQL's.</summary>
    private sealed record ColumnPair(string Name, RelationalTypeMapping SourceMapping, RelationalTypeMapping Target, Type StoredType, bool TargetIsTimestampTz)
    {
        public static ColumnPair For(IColumn source, IColumn target)
        {
            var sourceMapping = source.PropertyMappings.First().TypeMapping;
            var targetMapping = target.PropertyMappings.First().TypeMapping;
            var stored = sourceMapping.Converter?.ProviderClrType ?? sourceMapping.ClrType;
            return new ColumnPair(source.Name, sourceMapping, targetMapping, Nullable.GetUnderlyingType(stored) ?? stored, target.StoreType.StartsWith("timestamp with time zone", StringComparison.Ordinal));
        }

        public object? Value(DbDataReader reader, int ordinal)
        {
            if (reader.IsDBNull(ordinal))
            {
                return null;
            }

            var stored = StoredType.IsEnum
                ? Enum.ToObject(StoredType, Read(reader, ordinal, Enum.GetUnderlyingType(StoredType)))
                : Read(reader, ordinal, StoredType);
            // The property's value; the PostgreSQL mapping's parameter applies that model's converter itself.
            var value = SourceMapping.Converter is { } fromSqlite ? fromSqlite.ConvertFromProvider(stored) : stored;
            return (value, TargetIsTimestampTz && Target.Converter is null) switch
            {
                // PostgreSQL's timestamptz holds an instant: Npgsql takes it as UTC only.
                (DateTimeOffset at, true) => at.ToUniversalTime(),
                (DateTime { Kind: DateTimeKind.Unspecified } at, true) => DateTime.SpecifyKind(at, DateTimeKind.Utc),
                _ => value,
            };
        }

        private static object Read(DbDataReader reader, int ordinal, Type type) =>
            GetFieldValue.MakeGenericMethod(type).Invoke(reader, [ordinal])!;
    }
}

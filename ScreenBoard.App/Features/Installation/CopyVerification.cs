using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Installation;

/// <summary>
/// What <c>db copy</c> checks before it reports success: every table holds as many rows on both sides; the
/// board on the day (every unit's score, rank and flags, every task row) and every stored snapshot (each
/// version's unit and task rows) read the same through the app's own readers on both engines. Numbers are
/// compared as numbers at the model's six places (<see cref="StoredDecimals"/>).
/// </summary>
public sealed class CopyVerification(ScoringRules rules)
{
    /// <summary>
    /// The places a decimal column holds (the model's <c>decimal(18,6)</c>). PostgreSQL's numeric keeps exactly
    /// these; SQLite keeps a decimal as text with every digit it was given (a snapshot's unrounded base score),
    /// so both sides are compared at the places the model promises.
    /// </summary>
    public const int StoredDecimals = 6;

    /// <summary>The differences found, one line each; empty when both sides agree.</summary>
    public async Task<IReadOnlyList<string>> CompareAsync(DatabaseSettings source, DatabaseSettings target, IReadOnlyList<string> tables, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(tables);
        var differences = new List<string>();
        await using (var from = source.CreateContext())
        await using (var to = target.CreateContext())
        {
            var fromConnection = from.Database.GetDbConnection();
            var toConnection = to.Database.GetDbConnection();
            await from.Database.OpenConnectionAsync(cancellationToken);
            await to.Database.OpenConnectionAsync(cancellationToken);
            foreach (var table in tables)
            {
                var (a, b) = (await DatabaseCopy.CountAsync(fromConnection, table, cancellationToken), await DatabaseCopy.CountAsync(toConnection, table, cancellationToken));
                if (a != b)
                {
                    differences.Add($"{table}: {a} rows in SQLite, {b} in PostgreSQL");
                }
            }
        }

        Compare(differences, $"board {today:yyyy-MM-dd}", await BoardAsync(source, today, cancellationToken), await BoardAsync(target, today, cancellationToken));
        Compare(differences, "snapshots", await SnapshotsAsync(source, cancellationToken), await SnapshotsAsync(target, cancellationToken));
        return differences;
    }

    /// <summary>
    /// A value's public simple properties as <c>name=value</c> text, in name order: decimals without trailing
    /// zeros, dictionaries by key. Navigations (objects, lists) are left out.
    /// </summary>
    public static string Fingerprint(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, Text: Text(p.GetValue(value))))
            .Where(p => p.Text is not null)
            .Select(p => $"{p.Name}={p.Text}");
        return string.Join(' ', parts);
    }

    private static string? Text(object? value) => value switch
    {
        null => "null",
        decimal d => Math.Round(d, StoredDecimals, MidpointRounding.AwayFromZero).ToString("G29", CultureInfo.InvariantCulture),
        string or bool or Enum or Guid => Convert.ToString(value, CultureInfo.InvariantCulture),
        IFormattable f when value.GetType().IsValueType => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary map => "{" + string.Join(',', map.Keys.Cast<object>().Select(k => $"{Text(k)}:{Text(map[k])}").Order(StringComparer.Ordinal)) + "}",
        _ => null,
    };

    private static void Compare(List<string> differences, string what, IReadOnlyList<string> sqlite, IReadOnlyList<string> postgres)
    {
        if (sqlite.Count != postgres.Count)
        {
            differences.Add($"{what}: {sqlite.Count} rows in SQLite, {postgres.Count} in PostgreSQL");
            return;
        }

        var first = sqlite.Zip(postgres).Select((pair, i) => (pair, i)).FirstOrDefault(x => x.pair.First != x.pair.Second);
        if (first.pair.First is not null)
        {
            differences.Add($"{what}: row {first.i + 1} differs: SQLite [{first.pair.First}] PostgreSQL [{first.pair.Second}]");
        }
    }

    private async Task<IReadOnlyList<string>> BoardAsync(DatabaseSettings database, DateOnly today, CancellationToken cancellationToken)
    {
        var board = await new BoardQueries(new BoardFactsReader(new SettingsContextFactory(database)), rules).ForAsync(today, cancellationToken);
        return
        [
            $"{board.AsOf:yyyy-MM-dd} {board.ListYear} {board.ListTitle}",
            .. board.Units.OrderBy(u => u.UnitId).Select(u => Fingerprint(u)),
            .. board.Tasks.OrderBy(t => t.TaskId).Select(t => Fingerprint(t)),
        ];
    }

    private static async Task<IReadOnlyList<string>> SnapshotsAsync(DatabaseSettings database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var snapshots = await db.Snapshots.AsNoTracking().AsSplitQuery().Include(s => s.TaskRows).Include(s => s.UnitRows)
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return snapshots.SelectMany(s => new[] { Fingerprint(s) }
            .Concat(s.UnitRows.OrderBy(r => r.UnitId).Select(r => Fingerprint(r)))
            .Concat(s.TaskRows.OrderBy(r => r.TaskId).Select(r => Fingerprint(r)))).ToList();
    }

    /// <summary>A context factory for the app's readers on a database that is not the configured one.</summary>
    private sealed class SettingsContextFactory(DatabaseSettings database) : IDbContextFactory<ScreenBoardDbContext>
    {
        public ScreenBoardDbContext CreateDbContext() => database.CreateContext();
    }
}

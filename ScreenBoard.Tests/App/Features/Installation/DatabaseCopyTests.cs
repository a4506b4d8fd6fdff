using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Features.Installation;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;
using CommandLine = ScreenBoard.App.Features.Accounts.Cli.Cli;

namespace ScreenBoard.Tests.App.Features.Installation;

/// <summary>
/// <c>db copy</c> and <c>db migrate</c> from a real SQLite demo installation into real PostgreSQL databases
/// (the server <c>SCREENBOARD_TEST_POSTGRES</c> names, default the local one; .ci/run starts it). These tests
/// need that server whichever engine the rest of the run uses, and fail, not skip, without it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DatabaseCopyTests(DemoInstallation demo) : IClassFixture<DemoInstallation>
{
    [Fact]
    public async Task Copy_OfTheDemoInstallation_CopiesEveryTable_ServesIdenticalScores_AndSignsInADemoAccount()
    {
        using var target = DemoInstallation.EmptyPostgres();

        var (code, stdout, stderr) = await RunAsync(target, "db", "copy", "--from", demo.Source.FilePath);

        Assert.True(code == CommandLine.Ok, stderr);
        var counted = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
        Assert.Equal(demo.TablesToCopy, counted.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Contains("evidence", stdout, StringComparison.Ordinal);
        foreach (var table in new[] { "Lists", "Tasks", "Reports", "Snapshots", "UnitSnapshotRows", "AuditEntries", "ScreenDevices", "ApiTokens", "AspNetUsers" })
        {
            Assert.True(counted[table] > 0, $"{table} copied no rows");
            Assert.Equal(demo.Rows[table], counted[table]);
        }

        // Both sides served at once, on the same clock: whatever a start does (its catch-ups) it does to both.
        using var copy = new DemoInstallation.Host(target);
        using var source = new DemoInstallation.Host(demo.Source);
        var copied = await DemoInstallation.AnswersAsync(copy);
        var original = await DemoInstallation.AnswersAsync(source);
        Assert.Contains(original.Keys, path => path.StartsWith("/api/quarters/", StringComparison.Ordinal));
        Assert.Equal(original.Keys.Order(StringComparer.Ordinal), copied.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, answer) in original)
        {
            Assert.True(answer == copied[path], $"{path} differs:\n source {answer}\n copy   {copied[path]}");
        }

        using var office = await SignInClient.CreateAsync(copy, "office");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await office.GetAsync("/api/scores")).StatusCode);
        var (registered, id) = await copy.Services.GetRequiredService<DeviceCommands>().RegisterAsync("复制后新屏", "二楼", "hall", TestActors.Office);
        Assert.True(registered.Succeeded, registered.MessageKey);
        Assert.True(id > demo.MaxDeviceId, "the identity sequence continues above the copied ids");
    }

    [Fact]
    public async Task Copy_IntoATargetHoldingAList_IsRefused_AndChangesNothing()
    {
        using var target = DemoInstallation.EmptyPostgres(migrate: true);
        var list = new ListBuilder(target);
        list.Task("T1", "HXZ", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        list.Save();
        var before = await DemoInstallation.CountsAsync(target, demo.TablesToCopy);

        var (code, _, stderr) = await RunAsync(target, "db", "copy", "--from", demo.Source.FilePath);

        Assert.Equal(CommandLine.Refused, code);
        Assert.Contains("目标数据库不是空的", stderr, StringComparison.Ordinal);
        Assert.Contains("not empty", stderr, StringComparison.Ordinal);
        Assert.Equal(before, await DemoInstallation.CountsAsync(target, demo.TablesToCopy));
        Assert.True(before["Lists"] > 0);
        Assert.Equal(-1, before["AspNetUsers"]); // not even Identity's migrations were applied
    }

    [Fact]
    public async Task Copy_ThatFailsMidway_LeavesTheTargetEmpty()
    {
        using var target = DemoInstallation.EmptyPostgres();
        var broken = Path.Combine(demo.Source.Folder, "broken-" + Guid.NewGuid().ToString("N") + ".db");
        File.Copy(demo.Source.FilePath, broken);
        await using (var connection = new SqliteConnection($"Data Source={broken};Foreign Keys=False;Pooling=False"))
        {
            // A snapshot row whose snapshot does not exist: SQLite (foreign keys off) keeps it, PostgreSQL refuses it
            // after the list, tasks, reports and snapshots were already written in the same transaction.
            await connection.OpenAsync();
            await using var inject = connection.CreateCommand();
            inject.CommandText = """UPDATE "UnitSnapshotRows" SET "SnapshotId" = 999999 WHERE rowid = (SELECT MAX(rowid) FROM "UnitSnapshotRows")""";
            Assert.Equal(1, await inject.ExecuteNonQueryAsync());
        }

        var (code, _, stderr) = await RunAsync(target, "db", "copy", "--from", broken);

        Assert.Equal(CommandLine.Refused, code);
        Assert.Contains("目标数据库保持为空", stderr, StringComparison.Ordinal);
        Assert.Contains("UnitSnapshotRows", stderr, StringComparison.Ordinal);
        var after = await DemoInstallation.CountsAsync(target, demo.TablesToCopy);
        Assert.Equal(demo.TablesToCopy, after.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(after, c => Assert.True(c.Value == 0, $"{c.Key} holds {c.Value} rows"));
    }

    [Fact]
    public async Task Copy_IntoSqlite_IsRefused()
    {
        using var target = new TestDatabase(DatabaseProvider.Sqlite, migrate: false);

        var (code, _, stderr) = await RunAsync(target, "db", "copy", "--from", demo.Source.FilePath);

        Assert.Equal(CommandLine.Refused, code);
        Assert.Contains("目标数据库不是 PostgreSQL", stderr, StringComparison.Ordinal);
        Assert.Contains("not PostgreSQL", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_AppliesBothModelsAndTheKeyTablesMigrations_AndPrintsThem_ThenNothing()
    {
        using var target = DemoInstallation.EmptyPostgres();

        var (first, firstOut, firstErr) = await RunAsync(target, "db", "migrate");
        var (second, secondOut, _) = await RunAsync(target, "db", "migrate");

        Assert.True(first == CommandLine.Ok, firstErr);
        var applied = firstOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(applied, m => m.StartsWith("domain: ", StringComparison.Ordinal) && m.EndsWith("_InitialPostgreSql", StringComparison.Ordinal));
        Assert.Contains(applied, m => m.StartsWith("accounts: ", StringComparison.Ordinal) && m.EndsWith("_InitialPostgreSql", StringComparison.Ordinal));
        Assert.Contains(applied, m => m.StartsWith("keys: ", StringComparison.Ordinal) && m.EndsWith("_DataProtectionKeysPostgreSql", StringComparison.Ordinal));
        Assert.Equal(CommandLine.Ok, second);
        Assert.Equal(string.Empty, secondOut);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(TestDatabase target, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, target.Configuration);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>
/// The demo installation on SQLite, made once for the class: the app started in Development (demo list, past
/// quarters published, demo accounts), a device registered and a token issued.
/// </summary>
public sealed class DemoInstallation : IAsyncLifetime, IDisposable
{
    public TestDatabase Source { get; } = new(DatabaseProvider.Sqlite, migrate: false);

    /// <summary>Every table of both models and of the SQLite file (EF's migration history and lock tables aside), by name.</summary>
    public IReadOnlyList<string> TablesToCopy { get; private set; } = [];

    public IReadOnlyDictionary<string, long> Rows { get; private set; } = new Dictionary<string, long>();

    public int MaxDeviceId { get; private set; }

    /// <summary>A fresh PostgreSQL database (empty, or migrated); TestEngine fails clearly when no server answers.</summary>
    public static TestDatabase EmptyPostgres(bool migrate = false) => new(DatabaseProvider.PostgreSql, migrate);

    /// <summary>Rows of each table; -1 for a table the database does not have.</summary>
    public static async Task<Dictionary<string, long>> CountsAsync(TestDatabase database, IEnumerable<string> tables)
    {
        await using var db = database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = database.Provider == DatabaseProvider.PostgreSql
                ? $"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = '{table}'"
                : $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 0)
            {
                counts[table] = -1;
                continue;
            }

            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>What the read API answers on <paramref name="app"/>, by path: today's scores, the quarters, each published quarter's scores; normalised.</summary>
    public static async Task<Dictionary<string, string>> AnswersAsync(Host app)
    {
        using var api = await app.CreateApiClientAsync();
        var answers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/api/scores"] = Normalised(await api.GetStringAsync("/api/scores")),
        };
        var quarters = JsonNode.Parse(await api.GetStringAsync("/api/quarters"))!.AsArray();
        answers["/api/quarters"] = Normalised(quarters.ToJsonString());
        foreach (var quarter in quarters)
        {
            var path = $"/api/quarters/{quarter!["quarter"]!.GetValue<string>()}/scores";
            answers[path] = Normalised(await api.GetStringAsync(path));
        }

        return answers;
    }

    /// <summary>An API answer compared as data: numbers as numbers (12.5 = 12.50), lists as sets of their items.</summary>
    public static string Normalised(string json) => Normalise(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    public async Task InitializeAsync()
    {
        using (var app = new Host(Source))
        {
            using var withAToken = await app.CreateApiClientAsync(); // ApiTokens gets a row to copy
            var (registered, deviceId) = await app.Services.GetRequiredService<DeviceCommands>().RegisterAsync("一楼大厅屏", "一楼大厅", "hall", TestActors.Office);
            Assert.True(registered.Succeeded, registered.MessageKey);
            MaxDeviceId = deviceId;
        }

        SqliteConnection.ClearAllPools();
        var modelTables = InstallationDatabase.Open(InstallationDatabase.ReadOnlySqlite(Source.FilePath));
        var tables = modelTables.SelectMany(c => c.Model.GetRelationalModel().Tables.Select(t => t.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var context in modelTables)
        {
            await context.DisposeAsync();
        }

        await using (var connection = new SqliteConnection($"Data Source={Source.FilePath};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var list = connection.CreateCommand();
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (!reader.GetString(0).StartsWith("__EFMigrations", StringComparison.Ordinal))
                {
                    tables.Add(reader.GetString(0));
                }
            }
        }

        TablesToCopy = tables.Order(StringComparer.Ordinal).ToList();
        Rows = await CountsAsync(Source, TablesToCopy);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Source.Dispose();

    private static JsonNode? Normalise(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Normalise(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Normalise).OrderBy(n => n?.ToJsonString(), StringComparer.Ordinal).ToArray()),
        JsonValue v when v.TryGetValue<decimal>(out var d) && v.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(d.ToString("G29", CultureInfo.InvariantCulture)),
        _ => node?.DeepClone(),
    };

    /// <summary>
    /// The app in Development on a database this fixture or a test owns, with no job server: what a start does
    /// (its catch-ups) happens before the first answer, and nothing runs in the background that could change
    /// the answers between the source and the copy (a job left in the source's job store, a chase at its hour).
    /// </summary>
    public sealed class Host(TestDatabase database) : AppFactory(database, ownsDatabase: false)
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Jobs:RunServer", "false")];
    }
}

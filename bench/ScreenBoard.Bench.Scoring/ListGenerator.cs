using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Bench.Scoring;

/// <summary>How big a list to generate.</summary>
internal sealed record ListSize(int Units, int Tasks, int Milestones, int Reports, int Notices)
{
    public static readonly ListSize Issue3 = new(Units: 2_000, Tasks: 20_000, Milestones: 40_000, Reports: 200_000, Notices: 1_000);
}

/// <summary>What the generator wrote.</summary>
internal sealed record GeneratedList(int ListId, int Year, int Units, int Tasks, int Milestones, int Reports, int Notices, IReadOnlyDictionary<ReportState, int> ReportsByState, int EscalatedNotices);

/// <summary>
/// Writes a large, realistic list into a fresh database: schema by EF migrations, rows by raw
/// parameterised ADO.NET inserts in one transaction (SQLite) or binary COPY (PostgreSQL), in the column formats EF Core uses
/// (enums as their names, DateOnly as yyyy-MM-dd TEXT on SQLite and date on PostgreSQL, decimal as TEXT or numeric, DateTimeOffset through
/// <see cref="DateTimeOffsetToBinaryConverter"/> as INTEGER, Version 0). A fixed seed makes every run identical.
/// </summary>
internal static class ListGenerator
{
    public const int Year = 2026;

    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private static readonly Func<object?, object?> ToBinary = new DateTimeOffsetToBinaryConverter().ConvertToProvider;

    /// <summary>Reports stop here: the list as it stands in late November.</summary>
    private static readonly DateOnly DataEnd = new(Year, 11, 20);

    private static readonly string[] Narratives =
    [
        "按计划推进，本月完成主体工程阶段性任务。",
        "项目前期手续已办结，正在组织施工。",
        "受天气影响进度略有滞后，已制定赶工方案。",
        "已完成年度目标任务，正在整理验收材料。",
        "协调解决用地问题，进度基本符合序时要求。",
        "更正上期填报数据，以本期为准。",
    ];

    public static GeneratedList Generate(BenchDatabase database, ListSize size, int seed)
    {
        var random = new Random(seed);
        using var db = database.CreateDbContext();
        db.Database.Migrate();

        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var postgres = database.IsPostgreSql;
        object Date(DateOnly date) => postgres ? date : date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        void Insert(string table, string columns, Action<RowWriter> rows, bool versioned = true)
        {
            if (postgres)
            {
                Copy((Npgsql.NpgsqlConnection)connection, table, columns, versioned, rows);
            }
            else
            {
                Prepared((SqliteConnection)connection, (SqliteTransaction)transaction, table, columns, versioned, rows);
            }
        }

        const int listId = 1;
        Insert("Lists", "Id, Year, Title", insert =>
            insert(listId, Year, $"{Year}年度重点工作督查清单（基准测试）"));

        var unitKinds = Enum.GetValues<UnitKind>();
        Insert("Units", "Id, Code, Name, Kind, ReviewingUnitId", insert =>
        {
            for (var id = 1; id <= size.Units; id++)
            {
                var kind = unitKinds[id % unitKinds.Length];

                // Towns and streets report through a competent department among the first units.
                int? reviewer = kind == UnitKind.Department || id <= 50 ? null : 1 + random.Next(50);
                insert(id, $"U{id:D4}", $"责任单位{id:D4}", kind.ToString(), reviewer);
            }
        });

        var tasks = new TaskPlan[size.Tasks];
        var categories = Enum.GetValues<TaskCategory>();
        var sources = Enum.GetValues<TaskSource>();
        var yearStart = new DateOnly(Year, 1, 1);
        var yearEnd = new DateOnly(Year, 12, 31);
        for (var i = 0; i < size.Tasks; i++)
        {
            var start = random.NextDouble() < 0.8 ? yearStart : yearStart.AddDays(random.Next(0, 180));
            var deadline = random.NextDouble() < 0.3 ? yearEnd : start.AddDays(30 + random.Next(0, yearEnd.DayNumber - start.DayNumber - 29));
            tasks[i] = new TaskPlan(i + 1, 1 + random.Next(size.Units), start, deadline, 0.7 + (random.NextDouble() * 0.55));
        }

        Insert("Tasks", "Id, ListId, Code, Title, Goal, Category, Source, LeadUnitId, SupervisingUnitId, ResponsibleLeader, Start, Deadline, Weight, IsClosedOut, ClosedOutAt, ClosedOutBy", insert =>
        {
            foreach (var t in tasks)
            {
                var weight = random.NextDouble() < 0.85 ? 1m : new[] { 0.5m, 1.5m, 2m, 3m }[random.Next(4)];
                insert(t.Id, listId, $"DS-{t.Id:D5}", $"督查事项{t.Id:D5}：推进重点项目建设", t.Id % 3 == 0 ? null : "年底前完成年度目标任务",
                    categories[random.Next(categories.Length)].ToString(), sources[random.Next(sources.Length)].ToString(),
                    t.LeadUnitId, t.Id % 5 == 0 ? 1 + random.Next(50) : null, "王某某（副市长）",
                    Date(t.Start), Date(t.Deadline), weight, false, null, null);
            }
        });

        // Milestones: 0–4 per task in the pattern 2, 0, 3, 1, 4 (two on average), shares leaving the rest due on D.
        var milestonePattern = new[] { 2, 0, 3, 1, 4 };
        var milestones = 0;
        Insert("Milestones", "TaskId, Title, Due, Share", versioned: false, rows: insert =>
        {
            foreach (var t in tasks)
            {
                var count = Math.Min(milestonePattern[(t.Id - 1) % milestonePattern.Length], size.Milestones - milestones);
                var span = t.Deadline.DayNumber - t.Start.DayNumber;
                var share = Math.Round(0.9m / (count + 1), 2);
                for (var k = 1; k <= count; k++)
                {
                    insert(t.Id, $"节点{k}", Date(t.Start.AddDays(span * k / (count + 1))), share);
                    milestones++;
                }
            }
        });

        var reports = PlanReports(tasks, size.Reports, random);
        var byState = reports.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count());
        Insert("Reports", "TaskId, UnitId, ReportDate, Percent, Narrative, State, SubmittedBy, SubmittedAt, ReviewedBy, ReviewedAt, AcceptedBy, AcceptedAt, ReturnedBy, ReturnedAt, ReturnReason", insert =>
        {
            // Rows arrive as they are submitted across the whole list, not task by task.
            foreach (var r in reports)
            {
                var reviewed = r.State is ReportState.Reviewed or ReportState.Accepted || (r.State == ReportState.Returned && r.Percent % 2 == 0);
                var reviewedAt = r.SubmittedAt.AddHours(20);
                var returned = r.State == ReportState.Returned;
                insert(r.TaskId, r.UnitId, Date(r.Date), r.Percent, r.Narrative, r.State.ToString(), "填报员", Binary(r.SubmittedAt),
                    reviewed ? "主管部门" : null, reviewed ? Binary(reviewedAt) : null,
                    r.State == ReportState.Accepted ? "督查室" : null, r.State == ReportState.Accepted ? Binary(r.AcceptedAt) : null,
                    returned ? "督查室" : null, returned ? Binary(reviewedAt.AddHours(4)) : null, returned ? "佐证材料不全，请补充后重新报送" : null);
            }
        });

        var escalated = 0;
        Insert("Notices", "UnitId, TaskId, Reason, IssuedBy, IssuedOn, FixDeadline, YellowWarningOn, RedCardOn, ResolvedOn, Resolution", insert =>
        {
            for (var i = 0; i < size.Notices; i++)
            {
                var task = random.NextDouble() < 0.6 ? tasks[random.Next(tasks.Length)] : null;
                var unitId = task?.LeadUnitId ?? 1 + random.Next(size.Units);
                var issued = yearStart.AddDays(30 + random.Next(0, 270));
                var fix = issued.AddDays(15);
                DateOnly? yellow = null, red = null;
                if (random.NextDouble() < 0.3)
                {
                    yellow = fix.AddDays(1 + random.Next(5));
                    fix = yellow.Value.AddDays(15);
                    escalated++;
                    if (random.NextDouble() < 0.35)
                    {
                        red = fix.AddDays(1 + random.Next(5));
                        fix = red.Value.AddDays(15);
                    }
                }

                var resolved = random.NextDouble() < 0.5 ? (red ?? yellow ?? issued).AddDays(5 + random.Next(20)) : (DateOnly?)null;
                insert(unitId, task?.Id, "重点任务进度滞后于序时要求", "督查室", Date(issued), Date(fix),
                    yellow is null ? null : Date(yellow.Value), red is null ? null : Date(red.Value),
                    resolved is null ? null : Date(resolved.Value), resolved is null ? null : "已完成整改");
            }
        });

        transaction.Commit();
        if (postgres)
        {
            // Identity columns written with explicit ids: move their sequences past them; then the statistics and the
            // visibility map an index-only scan needs, as autovacuum would leave them on a settled database.
            Execute(connection, """
                SELECT setval(pg_get_serial_sequence('"Lists"', 'Id'), (SELECT MAX("Id") FROM "Lists"));
                SELECT setval(pg_get_serial_sequence('"Units"', 'Id'), (SELECT MAX("Id") FROM "Units"));
                SELECT setval(pg_get_serial_sequence('"Tasks"', 'Id'), (SELECT MAX("Id") FROM "Tasks"));
                """);
            Execute(connection, "VACUUM ANALYZE");
        }

        connection.Close();
        return new GeneratedList(listId, Year, size.Units, size.Tasks, milestones, reports.Count, size.Notices, byState, escalated);
    }

    /// <summary>
    /// Monthly-ish reports per task (8–12, ten on average) rising with the schedule at the task's own pace,
    /// with a few same-day corrections and downward corrections; most accepted, some still in the pipeline or returned.
    /// Sorted by submission time, the order they reach the database.
    /// </summary>
    private static List<ReportPlan> PlanReports(TaskPlan[] tasks, int total, Random random)
    {
        var reports = new List<ReportPlan>(total);
        var countPattern = new[] { 10, 8, 12, 9, 11 };
        for (var i = 0; i < tasks.Length && reports.Count < total; i++)
        {
            var t = tasks[i];
            var count = Math.Min(countPattern[i % countPattern.Length], total - reports.Count);
            if (i == tasks.Length - 1)
            {
                count = total - reports.Count;
            }

            var first = t.Start.AddDays(15);
            var last = DataEnd < first ? first : DataEnd;
            var span = Math.Max(1, last.DayNumber - first.DayNumber);
            var duration = Math.Max(1, t.Deadline.DayNumber - t.Start.DayNumber);
            var date = first;
            var previousPercent = 0;
            for (var k = 0; k < count; k++)
            {
                // A same-day correction now and then; otherwise the next step along the year.
                if (k > 0 && random.NextDouble() >= 0.03)
                {
                    date = first.AddDays((int)((long)span * k / count) + random.Next(0, 5));
                }

                var elapsed = (double)(date.DayNumber - t.Start.DayNumber) / duration;
                var percent = (int)Math.Clamp(Math.Round(100 * elapsed * t.Pace + random.Next(-4, 5)), 0, 100);
                percent = random.NextDouble() < 0.02 ? Math.Max(0, previousPercent - 5) : Math.Max(percent, previousPercent);
                previousPercent = percent;

                var roll = random.NextDouble();
                var state = roll < 0.82 ? ReportState.Accepted : roll < 0.88 ? ReportState.Reviewed : roll < 0.94 ? ReportState.Submitted : ReportState.Returned;
                var submitted = new DateTimeOffset(date.Year, date.Month, date.Day, 9, 0, 0, Shanghai).AddMinutes(random.Next(0, 3 * 24 * 60));
                var accepted = submitted.AddHours(24 + random.Next(0, 72));
                reports.Add(new ReportPlan(t.Id, t.LeadUnitId, date, percent, state, submitted, accepted, Narratives[random.Next(Narratives.Length)]));
            }
        }

        reports.Sort((a, b) => a.SubmittedAt.CompareTo(b.SubmittedAt));
        return reports;
    }

    /// <summary>SQLite: one prepared INSERT with parameters $p0…, executed per row in the open transaction.</summary>
    private static void Prepared(SqliteConnection connection, SqliteTransaction transaction, string table, string columns, bool versioned, Action<RowWriter> rows)
    {
        var names = columns.Split(", ");
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({columns}{(versioned ? ", Version" : "")}) VALUES " +
            $"({string.Join(", ", names.Select((_, i) => $"$p{i}"))}{(versioned ? ", 0" : "")})";
        var bound = new SqliteParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            bound[i] = command.CreateParameter();
            bound[i].ParameterName = $"$p{i}";
            command.Parameters.Add(bound[i]);
        }

        command.Prepare();
        rows(values =>
        {
            for (var i = 0; i < names.Length; i++)
            {
                bound[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        });
    }

    /// <summary>
    /// PostgreSQL: binary COPY in the open transaction. Each value's CLR type must be the column's (int for integer,
    /// long for bigint, DateOnly for date, decimal for numeric, string for text, varchar and citext).
    /// </summary>
    private static void Copy(Npgsql.NpgsqlConnection connection, string table, string columns, bool versioned, Action<RowWriter> rows)
    {
        var quoted = string.Join(", ", columns.Split(", ").Select(c => $"\"{c}\"")) + (versioned ? ", \"Version\"" : "");
        using var importer = connection.BeginBinaryImport($"COPY \"{table}\" ({quoted}) FROM STDIN (FORMAT BINARY)");
        rows(values => importer.WriteRow(versioned ? [.. values, 0L] : values));
        importer.Complete();
    }

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        command.ExecuteNonQuery();
    }

    private static long Binary(DateTimeOffset at) => (long)ToBinary(at)!;

    /// <summary>Writes one row: the values of $p0, $p1, … in order.</summary>
    private delegate void RowWriter(params object?[] values);

    private sealed record TaskPlan(int Id, int LeadUnitId, DateOnly Start, DateOnly Deadline, double Pace);

    private sealed record ReportPlan(int TaskId, int UnitId, DateOnly Date, int Percent, ReportState State, DateTimeOffset SubmittedAt, DateTimeOffset AcceptedAt, string Narrative);
}

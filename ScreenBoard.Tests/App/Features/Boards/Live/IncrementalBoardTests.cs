using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Live;

/// <summary>
/// The board the cache brings up to date from one change (docs/decisions/021) is the board a full read gives:
/// hundreds of random changes on a real SQLite list, every task row, unit row and ladder row compared after each.
/// </summary>
public sealed class IncrementalBoardTests : IDisposable
{
    private static readonly DateOnly E = new(2026, 11, 25);
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(20261125)]
    [InlineData(7)]
    public async Task Every_random_change_gives_the_board_a_full_read_gives(int seed)
    {
        var random = new Random(seed);
        SeedList(random);
        var services = new TestServices(_database);
        using var cache = new BoardCache(services.Queries, new BoardFactsReader(_database), new BoardDetailReader(_database), services.Store, services.Notifier, services.Clock);
        await cache.GetAsync(E);
        var incremental = 0;

        for (var step = 0; step < 250; step++)
        {
            var (what, change) = await RandomChangeAsync(random, step);
            services.Notifier.Publish(change);
            services.Clock.Advance(TimeSpan.FromMilliseconds(100));

            var live = await cache.GetAsync(E);
            var full = await services.Queries.ForAsync(E);
            var expected = Describe(full, await new BoardDetailReader(_database).NoticesAsync(E));
            var actual = Describe(live.Board, live.Notices);
            if (expected != actual)
            {
                Assert.Fail($"seed {seed}, step {step} ({what}): the incremental board differs from a full read.\n{FirstDifference(expected, actual)}");
            }

            if (change.Kind is BoardChangeKind.Task or BoardChangeKind.Notice)
            {
                Assert.True(cache.LastWasIncremental, $"seed {seed}, step {step} ({what}): read the whole list for one change");
                incremental++;
            }
        }

        Assert.True(incremental > 200, $"seed {seed}: only {incremental} incremental changes");
    }

    [Fact]
    public async Task A_batch_delivered_after_the_next_one_was_bumped_is_still_taken_as_its_own_version()
    {
        SeedList(new Random(3));
        var services = new TestServices(_database);

        // A real timer, so two batches can be out at once: the first subscriber holds each delivery until released,
        // as a slow screen holds the notifier's delivery loop; the cache takes each batch after it.
        using var notifier = new BoardNotifier(TimeProvider.System, Options.Create(new LiveOptions { DebounceMilliseconds = 1 }), NullLogger<BoardNotifier>.Instance);
        var held = new System.Collections.Concurrent.ConcurrentQueue<(long Version, ManualResetEventSlim Release)>();
        using var entered = new SemaphoreSlim(0);
        notifier.Subscribe(batch =>
        {
            var release = new ManualResetEventSlim();
            held.Enqueue((batch.Version, release));
            entered.Release();
            release.Wait(TimeSpan.FromSeconds(30));
            return Task.CompletedTask;
        });
        using var cache = new BoardCache(services.Queries, new BoardFactsReader(_database), new BoardDetailReader(_database), services.Store, notifier, services.Clock);
        using var recorded = new SemaphoreSlim(0);
        notifier.Subscribe(_ =>
        {
            recorded.Release();
            return Task.CompletedTask;
        });
        await cache.GetAsync(E);

        // Change A is out as version 1, held before the cache has it; a screen reads version 1 (the whole list, A in it).
        notifier.Publish(await AcceptAsync("T01", 100));
        Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(30)));
        var first = await cache.GetAsync(E);
        Assert.Contains(first.Board.Tasks, t => t.Code == "T01" && t.Actual == 1m);
        Assert.Contains(first.Board.Tasks, t => t.Code == "T02" && t.Actual < 1m);

        // Change B is out as version 2; only then does the cache get A.
        notifier.Publish(await AcceptAsync("T02", 100));
        Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(30)));
        var deliveries = held.ToArray();
        Assert.Equal([1L, 2L], deliveries.Select(d => d.Version));
        deliveries[0].Release.Set();
        Assert.True(await recorded.WaitAsync(TimeSpan.FromSeconds(30)));

        // Version 2 is A and B: A alone applied to version 1 would lose B.
        var live = await cache.GetAsync(E);
        deliveries[1].Release.Set();
        Assert.True(await recorded.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(2, live.Version);
        var expected = Describe(await services.Queries.ForAsync(E), await new BoardDetailReader(_database).NoticesAsync(E));
        var actual = Describe(live.Board, live.Notices);
        Assert.True(expected == actual, FirstDifference(expected, actual));
        Assert.Contains(live.Board.Tasks, t => t.Code == "T02" && t.Actual == 1m);
    }

    // An accepted report of the task at the percent, dated E; the change the write path would publish.
    private async Task<BoardChange> AcceptAsync(string code, int percent)
    {
        await using var db = _database.CreateDbContext();
        var task = await db.Tasks.Include(t => t.LeadUnit).SingleAsync(t => t.Code == code);
        var report = new ProgressReport(task, task.LeadUnit, E, percent, "进展", "填报员", Noon);
        report.Review("主管部门", Noon);
        report.Accept("督查室", Noon);
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return BoardChange.ForTask(task.Id, task.LeadUnitId);
    }

    private void SeedList(Random random)
    {
        var b = new ListBuilder(_database);
        for (var i = 0; i < 40; i++)
        {
            var start = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 200));
            var deadline = start.AddDays(random.Next(20, 330));
            var task = b.Task($"T{i:D2}", $"U{random.Next(0, 8)}", start, deadline, Weights[random.Next(Weights.Length)]);
            if (random.Next(3) == 0)
            {
                task.AddMilestone("节点", start.AddDays((deadline.DayNumber - start.DayNumber) / 2), 0.4m);
            }

            for (var r = random.Next(0, 3); r > 0; r--)
            {
                b.Report(task, RandomDate(random, start), random.Next(0, 101));
            }
        }

        b.Notice("U0", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 10));
        b.Save();
    }

    private static readonly decimal[] Weights = [0.5m, 1m, 1.5m, 2m, 3m, 0.7m];

    private static DateOnly RandomDate(Random random, DateOnly from)
    {
        // Mostly on or before E, some after it (they must not count yet).
        var last = E.AddDays(20);
        return from > last ? from : from.AddDays(random.Next(0, last.DayNumber - from.DayNumber + 1));
    }

    private async Task<(string What, BoardChange Change)> RandomChangeAsync(Random random, int step)
    {
        await using var db = _database.CreateDbContext();
        var tasks = await db.Tasks.Include(t => t.LeadUnit).Include(t => t.Milestones).OrderBy(t => t.Id).ToListAsync();
        var task = tasks[random.Next(tasks.Count)];
        var at = Noon.AddMinutes(random.Next(0, 5) == 0 ? 0 : step); // some acceptances at the same instant
        var roll = random.Next(100);
        string what;
        BoardChange change;
        if (roll < 40)
        {
            var report = new ProgressReport(task, task.LeadUnit, RandomDate(random, task.Start), random.Next(0, 6) == 0 ? 100 : random.Next(0, 101), "进展", "填报员", at);
            report.Review("主管部门", at);
            report.Accept("督查室", at);
            db.Reports.Add(report);
            (what, change) = ($"accept {task.Code} {report.ReportDate} {report.Percent}%", BoardChange.ForTask(task.Id, task.LeadUnitId));
        }
        else if (roll < 50)
        {
            var report = new ProgressReport(task, task.LeadUnit, RandomDate(random, task.Start), random.Next(0, 101), "进展", "填报员", at);
            report.Return("督查室", at, "材料不全");
            db.Reports.Add(report);
            (what, change) = ($"return {task.Code}", BoardChange.ForTask(task.Id, task.LeadUnitId));
        }
        else if (roll < 58)
        {
            task.Reweigh(Weights[random.Next(Weights.Length)]);
            (what, change) = ($"reweigh {task.Code} {task.Weight}", BoardChange.ForTask(task.Id, task.LeadUnitId));
        }
        else if (roll < 66)
        {
            var latestDue = task.Milestones.Select(m => m.Due).DefaultIfEmpty(task.Start).Max();
            var deadline = latestDue.AddDays(random.Next(1, 200));
            task.Reschedule(task.Start, deadline);
            (what, change) = ($"deadline {task.Code} {deadline}", BoardChange.ForTask(task.Id, task.LeadUnitId));
        }
        else if (roll < 72)
        {
            if (task.IsClosedOut)
            {
                task.Reopen();
            }
            else
            {
                task.CloseOut("督查室", at);
            }

            (what, change) = ($"close out / reopen {task.Code}", BoardChange.ForTask(task.Id, task.LeadUnitId));
        }
        else if (roll < 82)
        {
            var units = await db.Units.OrderBy(u => u.Id).ToListAsync();
            var unit = units[random.Next(units.Count)];
            var issued = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 360));
            var notice = new RectificationNotice(unit, null, "进度滞后", issued, issued.AddDays(10), "督查室");
            db.Notices.Add(notice);
            await db.SaveChangesAsync();
            (what, change) = ($"notice {unit.Code} {issued}", BoardChange.ForNotice(notice.Id, unit.Id, null));
        }
        else if (roll < 97)
        {
            var open = await db.Notices.Where(n => n.ResolvedOn == null).OrderBy(n => n.Id).ToListAsync();
            var notice = open.Count == 0 ? null : open[random.Next(open.Count)];
            if (notice is null || notice.Step == LadderStep.RedCard)
            {
                return await RandomChangeAsync(random, step);
            }

            if (random.Next(4) == 0)
            {
                notice.Resolve(notice.StepDate.AddDays(random.Next(0, 5)), "已整改");
                what = $"resolve notice {notice.Id}";
            }
            else
            {
                var step2 = notice.EscalateNow(notice.StepDate.AddDays(random.Next(0, 30)), LadderTerms.Default);
                what = $"escalate notice {notice.Id} to {step2}";
            }

            change = BoardChange.ForNotice(notice.Id, notice.UnitId, null);
        }
        else
        {
            task.Reweigh(Weights[random.Next(Weights.Length)]);
            (what, change) = ($"bulk (reweigh {task.Code})", BoardChange.Bulk);
        }

        await db.SaveChangesAsync();
        return (what, change);
    }

    // Every property of every row, decimals with their scale, the flag counts in full.
    private static string Describe(Board board, IReadOnlyList<NoticeRow> notices)
    {
        var lines = new List<string>
        {
            $"{board.AsOf} {board.ListYear} {board.ListTitle} {board.Rules}",
            string.Join(", ", board.StatusCounts.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}")),
            $"active {string.Join(",", board.ActiveTasks.Select(t => t.TaskId))}",
            $"{board.Expected.ToString(CultureInfo.InvariantCulture)} {board.Actual.ToString(CultureInfo.InvariantCulture)} {board.CompletedShare.ToString(CultureInfo.InvariantCulture)}",
        };
        lines.AddRange(board.Tasks.Select(t => t.ToString()));
        lines.AddRange(board.Units.Select(u =>
            (u with { FlagCounts = new Dictionary<ScreenBoard.Domain.Scoring.ProgressStatus, int>() }).ToString()
            + " flags " + string.Join(", ", u.FlagCounts.OrderBy(f => f.Key).Select(f => $"{f.Key}={f.Value}"))
            + $" led {u.LedTasks}"));
        lines.AddRange(notices.Select(n => n.ToString()));
        return string.Join('\n', lines);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(none)";
            var right = i < a.Length ? a[i] : "(none)";
            if (left != right)
            {
                return $"line {i}\n full:        {left}\n incremental: {right}";
            }
        }

        return "(same)";
    }
}

using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Boards;

/// <summary>
/// Actual progress exists twice: as SQL (BoardFactsReader, what production reads) and as C#
/// (ActualProgress, the rule as docs/scoring.md states it). They are kept both only because this test
/// proves them equal on random data for every date of a year.
/// </summary>
public sealed class ActualProgressAgreementTests : IDisposable
{
    private static readonly DateOnly YearStart = new(2026, 1, 1);
    private static readonly TimeSpan[] Offsets = [TimeSpan.FromHours(8), TimeSpan.Zero, TimeSpan.FromHours(-5)];
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SqlFedBoard_AgreesWithThePureRule_OnEveryDateOfTheYear()
    {
        var random = new Random(2026);
        var b = new ListBuilder(_database);
        for (var i = 0; i < 30; i++)
        {
            AddRandomTask(b, random, i);
        }

        b.Save();
        var (schedules, accepted) = ReadBack();
        var reader = new BoardFactsReader(_database);
        var rules = ScoringRules.Default;
        var mismatches = new List<string>();

        for (var date = YearStart; date.Year == 2026; date = date.AddDays(1))
        {
            var facts = (await reader.ReadAsync(date))!;
            var board = BoardCalculator.Compute(facts, rules);
            foreach (var (fact, row) in facts.Tasks.Zip(board.Tasks))
            {
                var reports = accepted[fact.Id];
                var pure = TaskEvaluation.Evaluate(date, schedules[fact.Id], reports, rules);
                var sql = ((fact.LatestPercent ?? 0) / 100m, fact.CompletedOn);
                if (sql != (ActualProgress.On(date, reports), ActualProgress.CompletedOn(date, reports))
                    || (row.Expected, row.Actual, row.Status, row.Points) != (pure.Expected, pure.Actual, pure.Status, pure.Points))
                {
                    mismatches.Add($"{date:MM-dd} {fact.Code}: SQL A={sql.Item1} C={sql.CompletedOn} {row.Status} {row.Points}; rule A={pure.Actual} C={pure.CompletedOn} {pure.Status} {pure.Points}");
                }
            }
        }

        Assert.Empty(mismatches.Take(10));
        Assert.True(accepted.Values.Sum(r => r.Count) > 40, "the random list should carry enough accepted reports to prove anything");
    }

    /// <summary>
    /// A task with up to 10 reports in any state on random dates, a third of them on a date another
    /// report already has, accepted at random instants in three offsets (not in the order they were
    /// recorded), some at the very instant of another acceptance.
    /// </summary>
    private static void AddRandomTask(ListBuilder b, Random random, int index)
    {
        var start = YearStart.AddDays(random.Next(0, 180));
        var deadline = start.AddDays(random.Next(0, 364 - start.DayOfYear + 1));
        var task = b.Task($"R{index:00}", $"U{index % 5}", start, deadline);
        var dates = new List<DateOnly>();
        var instants = new List<DateTimeOffset>();
        for (var r = random.Next(0, 11); r > 0; r--)
        {
            var date = dates.Count > 0 && random.Next(3) == 0 ? dates[random.Next(dates.Count)] : start.AddDays(random.Next(0, 365 - start.DayOfYear + 1)); // a report is never dated before its task starts
            var instant = instants.Count > 0 && random.Next(5) == 0
                ? instants[random.Next(instants.Count)]
                : new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 60 * 24 * 30));
            var percent = random.Next(4) == 0 ? 100 : random.Next(0, 101);
            var state = random.Next(5) switch { 0 => ReportState.Submitted, 1 => ReportState.Reviewed, 2 => ReportState.Returned, _ => ReportState.Accepted };
            b.Report(task, date, percent, state, instant.ToOffset(Offsets[random.Next(Offsets.Length)]));
            dates.Add(date);
            instants.Add(instant);
        }
    }

    /// <summary>The schedules and, per task, its accepted reports as stored, in the order they were recorded.</summary>
    private (Dictionary<int, TaskSchedule> Schedules, Dictionary<int, List<AcceptedReport>> Accepted) ReadBack()
    {
        using var db = _database.CreateDbContext();
        var schedules = db.Tasks.AsNoTracking().ToDictionary(t => t.Id, t => new TaskSchedule(t.Start, t.Deadline));
        var reports = db.Reports.AsNoTracking().Where(r => r.State == ReportState.Accepted).OrderBy(r => r.Id).ToList();
        var accepted = schedules.Keys.ToDictionary(
            id => id,
            id => reports.Where(r => r.TaskId == id).Select(r => new AcceptedReport(r.ReportDate, r.Percent, r.AcceptedAt!.Value)).ToList());
        return (schedules, accepted);
    }
}

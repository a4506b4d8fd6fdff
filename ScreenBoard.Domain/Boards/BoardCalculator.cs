using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Boards;

/// <summary>
/// Turns the facts of one date into task and unit rows with the scoring rules. Pure: the same
/// facts give the same rows on a screen, in the API and in a quarterly snapshot.
/// </summary>
public static class BoardCalculator
{
    public static Board Compute(BoardFacts facts, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        var unitNames = facts.Units.ToDictionary(u => u.Id, u => u.Name);
        var tasks = facts.Tasks.Select(t => TaskRowOf(facts.AsOf, t, unitNames, rules)).ToList();

        var tasksByUnit = tasks.ToLookup(t => t.LeadUnitId);
        var noticesByUnit = facts.Notices.ToLookup(n => n.UnitId, n => n.Steps);
        var scores = facts.Units.ToDictionary(
            u => u.Id,
            u => UnitScore.From(
                tasksByUnit[u.Id].Select(t => (t.Points, t.Weight)),
                Deductions.For(facts.AsOf, facts.ListYear, noticesByUnit[u.Id], rules)));
        var ranks = Ranking.Rank(scores.Select(s => (s.Key, s.Value.Score)));

        var units = facts.Units
            .Select(u => UnitRowOf(u, scores[u.Id], ranks.TryGetValue(u.Id, out var rank) ? rank : null, tasksByUnit[u.Id], rules))
            .OrderBy(u => u.Rank ?? int.MaxValue)
            .ThenBy(u => u.Code, StringComparer.Ordinal)
            .ToList();

        return new Board(facts.AsOf, facts.ListYear, facts.ListTitle, tasks, units, rules);
    }

    private static TaskRow TaskRowOf(DateOnly asOf, TaskFacts task, Dictionary<int, string> unitNames, ScoringRules rules)
    {
        var actual = (task.LatestPercent ?? 0) / 100m;
        var evaluation = TaskEvaluation.Evaluate(asOf, task.Schedule, actual, task.CompletedOn, rules);
        return new TaskRow(
            task.Id, task.Code, task.Title, task.Category, task.Source, task.LeadUnitId,
            unitNames.GetValueOrDefault(task.LeadUnitId, string.Empty),
            task.Schedule.Start, task.Schedule.Deadline, task.Weight, task.IsClosedOut,
            evaluation.Expected, evaluation.Actual, evaluation.Status, evaluation.Points);
    }

    private static UnitRow UnitRowOf(UnitFacts unit, UnitScore score, int? rank, IEnumerable<TaskRow> led, ScoringRules rules)
    {
        var ledTasks = led.ToList();
        var expected = TaskRowSums.WeightedMean(ledTasks, t => t.Expected);
        var actual = TaskRowSums.WeightedMean(ledTasks, t => t.Actual);
        return new UnitRow(
            unit.Id, unit.Code, unit.Name, unit.Kind, score.Base, score.Deductions, score.Score, rank,
            expected, actual, TaskRowSums.StatusCounts(ledTasks), TaskStatusRule.AgainstSchedule(expected, actual, rules));
    }
}

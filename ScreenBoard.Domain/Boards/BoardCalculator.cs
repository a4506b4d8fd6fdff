using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Boards;

/// <summary>
/// Turns the facts of one date into task and unit rows with the scoring rules. Pure: the same
/// facts give the same rows on a screen, in the API and in a quarterly snapshot.
/// <see cref="ApplyTask"/> and <see cref="ApplyNotices"/> bring a board up to date after one change from
/// that change's facts alone; they give exactly the rows <see cref="Compute"/> gives on the whole list
/// (docs/decisions/021).
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
        var units = facts.Units
            .Select(u => UnitRowOf(u.Id, u.Code, u.Name, u.Kind, tasksByUnit[u.Id], Deductions.For(facts.AsOf, facts.ListYear, noticesByUnit[u.Id], rules), rules))
            .ToList();

        return new Board(facts.AsOf, facts.ListYear, facts.ListTitle, tasks, Ranked(units), rules);
    }

    /// <summary>
    /// The board after one task changed (a report accepted or returned, the task edited or closed out): that task's row,
    /// the rows of its lead unit (and of the unit that led it before, if that changed) and the ranking.
    /// </summary>
    /// <param name="previous">The board as it was, computed with <see cref="Compute"/> or this method, on the same date.</param>
    /// <param name="task">The task's facts now, on the board's date.</param>
    /// <returns>Null when the change cannot be applied to the board alone (a task it does not hold, a changed code,
    /// which moves the row, an unknown lead unit): read the whole list instead.</returns>
    public static Board? ApplyTask(Board previous, TaskFacts task)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(task);
        var index = IndexOfTask(previous.Tasks, task.Id);
        var unitIndex = previous.Units.Select((u, i) => (u.UnitId, i)).Where(u => u.UnitId == task.LeadUnitId).Select(u => (int?)u.i).FirstOrDefault();
        if (index < 0 || previous.Tasks[index].Code != task.Code || unitIndex is null)
        {
            return null;
        }

        var old = previous.Tasks[index];
        var leadUnit = previous.Units[unitIndex.Value];
        var row = TaskRowOf(previous.AsOf, task, new Dictionary<int, string> { [leadUnit.UnitId] = leadUnit.Name }, previous.Rules);
        var tasks = previous.Tasks.ToArray();
        tasks[index] = row;

        var changedUnits = new HashSet<int> { old.LeadUnitId, row.LeadUnitId };
        var units = previous.Units
            .Select(u => changedUnits.Contains(u.UnitId) ? Recomputed(u, tasks, u.Deductions, previous.Rules) : u)
            .ToList();
        return new Board(previous.AsOf, previous.ListYear, previous.ListTitle, tasks, Ranked(units), previous.Rules);
    }

    /// <summary>The board after one unit's notices changed (issued, escalated, resolved): that unit's row and the ranking.</summary>
    /// <param name="notices">The ladder steps of every notice of the unit now.</param>
    /// <returns>Null when the board holds no such unit: read the whole list instead.</returns>
    public static Board? ApplyNotices(Board previous, int unitId, IEnumerable<LadderSteps> notices)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(notices);
        if (!previous.Units.Any(u => u.UnitId == unitId))
        {
            return null;
        }

        var deductions = Deductions.For(previous.AsOf, previous.ListYear, notices, previous.Rules);
        var units = previous.Units
            .Select(u => u.UnitId == unitId ? Recomputed(u, previous.Tasks, deductions, previous.Rules) : u)
            .ToList();
        return new Board(previous.AsOf, previous.ListYear, previous.ListTitle, previous.Tasks, Ranked(units), previous.Rules);
    }

    private static int IndexOfTask(IReadOnlyList<TaskRow> tasks, int taskId)
    {
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i].TaskId == taskId)
            {
                return i;
            }
        }

        return -1;
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

    // The tasks it leads in the board's order, as Compute sums them: decimal sums depend on the order.
    private static UnitRow Recomputed(UnitRow unit, IEnumerable<TaskRow> tasks, decimal deductions, ScoringRules rules) =>
        UnitRowOf(unit.UnitId, unit.Code, unit.Name, unit.Kind, tasks.Where(t => t.LeadUnitId == unit.UnitId), deductions, rules);

    // Unranked: Ranked gives the ranks once every unit's score is known.
    private static UnitRow UnitRowOf(int id, string code, string name, Units.UnitKind kind, IEnumerable<TaskRow> led, decimal deductions, ScoringRules rules)
    {
        var ledTasks = led.ToList();
        var score = UnitScore.From(ledTasks.Select(t => (t.Points, t.Weight)), deductions);
        var expected = TaskRowSums.WeightedMean(ledTasks, t => t.Expected);
        var actual = TaskRowSums.WeightedMean(ledTasks, t => t.Actual);
        return new UnitRow(
            id, code, name, kind, score.Base, score.Deductions, score.Score, null,
            expected, actual, TaskRowSums.StatusCounts(ledTasks), TaskStatusRule.AgainstSchedule(expected, actual, rules));
    }

    // Ranked units first (by rank, then code), unranked after.
    private static List<UnitRow> Ranked(IReadOnlyList<UnitRow> units)
    {
        var ranks = Ranking.Rank(units.Select(u => (u.UnitId, u.Score)));
        return units
            .Select(u => u with { Rank = ranks.TryGetValue(u.UnitId, out var rank) ? rank : null })
            .OrderBy(u => u.Rank ?? int.MaxValue)
            .ThenBy(u => u.Code, StringComparer.Ordinal)
            .ToList();
    }
}

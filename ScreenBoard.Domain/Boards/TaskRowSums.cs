using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Boards;

/// <summary>What a set of task rows adds up to: the list's and each unit's flag counts and mean progress.</summary>
public static class TaskRowSums
{
    /// <summary>How many tasks carry each flag (every status present, zero where none).</summary>
    public static IReadOnlyDictionary<ProgressStatus, int> StatusCounts(IEnumerable<TaskRow> tasks)
    {
        var counts = Enum.GetValues<ProgressStatus>().ToDictionary(s => s, _ => 0);
        foreach (var task in tasks)
        {
            counts[task.Status]++;
        }

        return counts;
    }

    /// <summary>The weighted mean of a value over the scored tasks (0 when none is scored).</summary>
    public static decimal WeightedMean(IEnumerable<TaskRow> tasks, Func<TaskRow, decimal> value)
    {
        decimal weighted = 0m, weights = 0m;
        foreach (var task in tasks.Where(t => t.Points is not null))
        {
            weighted += value(task) * task.Weight;
            weights += task.Weight;
        }

        return weights == 0m ? 0m : weighted / weights;
    }
}

namespace ScreenBoard.Domain.Scoring;

/// <summary>序时进度 (docs/scoring.md §1): where a task should be on a date, 0..1.</summary>
public static class ExpectedProgress
{
    public static decimal On(DateOnly asOf, TaskSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (asOf < schedule.Start)
        {
            return 0m;
        }

        if (asOf >= schedule.Deadline)
        {
            return 1m;
        }

        return schedule.Milestones.Count == 0
            ? Between(asOf, (schedule.Start, 0m), (schedule.Deadline, 1m))
            : ThroughMilestones(asOf, schedule);
    }

    /// <summary>
    /// The straight line through (S, 0), (d₁, c₁), …, (dₙ, cₙ), (D, 1) with cumulative shares c.
    /// Where points share a date, the higher share counts once that date is reached.
    /// </summary>
    private static decimal ThroughMilestones(DateOnly asOf, TaskSchedule schedule)
    {
        var points = CumulativePoints(schedule);
        var before = points[0];
        foreach (var point in points)
        {
            if (point.Date <= asOf)
            {
                before = point;
                continue;
            }

            return before.Date == asOf ? before.Share : Between(asOf, before, point);
        }

        return before.Share;
    }

    private static List<(DateOnly Date, decimal Share)> CumulativePoints(TaskSchedule schedule)
    {
        var points = new List<(DateOnly Date, decimal Share)>(schedule.Milestones.Count + 2) { (schedule.Start, 0m) };
        var cumulative = 0m;
        foreach (var milestone in schedule.Milestones.OrderBy(m => m.Due))
        {
            cumulative += milestone.Share;
            points.Add((milestone.Due, cumulative));
        }

        points.Add((schedule.Deadline, 1m));
        return points;
    }

    private static decimal Between(DateOnly asOf, (DateOnly Date, decimal Share) from, (DateOnly Date, decimal Share) to)
    {
        var span = to.Date.DayNumber - from.Date.DayNumber;
        var elapsed = asOf.DayNumber - from.Date.DayNumber;
        return from.Share + ((to.Share - from.Share) * elapsed / span);
    }
}

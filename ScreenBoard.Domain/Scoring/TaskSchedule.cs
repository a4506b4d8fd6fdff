namespace ScreenBoard.Domain.Scoring;

/// <summary>A task's start S, deadline D and milestones, as the rules see them.</summary>
public sealed record TaskSchedule(DateOnly Start, DateOnly Deadline, IReadOnlyList<MilestonePoint> Milestones)
{
    public TaskSchedule(DateOnly start, DateOnly deadline)
        : this(start, deadline, [])
    {
    }
}

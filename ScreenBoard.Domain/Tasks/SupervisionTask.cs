using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Tasks;

/// <summary>
/// 督查事项: one item on the list. It guards its schedule (deadline on or after start),
/// its milestones (inside the schedule, shares summing to at most 1) and its co-units.
/// </summary>
public sealed class SupervisionTask : Entity, IVersioned
{
    private readonly List<Milestone> _milestones = [];
    private readonly List<TaskCoUnit> _coUnits = [];

    private SupervisionTask()
    {
        Code = string.Empty;
        Title = string.Empty;
        List = null!;
        LeadUnit = null!;
    }

    internal SupervisionTask(SupervisionList list, SupervisionTaskDraft draft)
    {
        List = list;
        Code = draft.Code;
        Title = Guard.Required(draft.Title, "Task.Title", 300);
        Goal = Guard.Optional(draft.Goal, "Task.Goal", 2000, multiline: true);
        Category = Enum.IsDefined(draft.Category) ? draft.Category : throw new DomainException("Task.UnknownCategory", draft.Category.ToString());
        Source = Enum.IsDefined(draft.Source) ? draft.Source : throw new DomainException("Task.UnknownSource", draft.Source.ToString());
        LeadUnit = draft.LeadUnit ?? throw new DomainException("Task.LeadUnitRequired", draft.Code);
        SupervisingUnit = draft.SupervisingUnit;
        ResponsibleLeader = Guard.Optional(draft.ResponsibleLeader, "Task.ResponsibleLeader", 100);
        Reschedule(draft.Start ?? list.FirstDay, draft.Deadline);
        Reweigh(draft.Weight);
    }

    public int ListId { get; private set; }

    public SupervisionList List { get; private set; }

    /// <summary>Unique within the list, e.g. DS-001.</summary>
    public string Code { get; private set; }

    public string Title { get; private set; }

    /// <summary>工作目标.</summary>
    public string? Goal { get; private set; }

    public TaskCategory Category { get; private set; }

    public TaskSource Source { get; private set; }

    /// <summary>牵头单位: the unit that answers for the task and is scored on it.</summary>
    public int LeadUnitId { get; private set; }

    public Unit LeadUnit { get; private set; }

    /// <summary>督查职能部门: the department that supervises the task.</summary>
    public int? SupervisingUnitId { get; private set; }

    public Unit? SupervisingUnit { get; private set; }

    /// <summary>责任领导.</summary>
    public string? ResponsibleLeader { get; private set; }

    public DateOnly Start { get; private set; }

    /// <summary>完成时限.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>Weight of the task in its lead unit's score; above 0.</summary>
    public decimal Weight { get; private set; }

    /// <summary>销号: crossed off the list once its completion is accepted.</summary>
    public bool IsClosedOut { get; private set; }

    public DateTimeOffset? ClosedOutAt { get; private set; }

    public string? ClosedOutBy { get; private set; }

    public IReadOnlyList<Milestone> Milestones => _milestones.AsReadOnly();

    public IReadOnlyList<TaskCoUnit> CoUnits => _coUnits.AsReadOnly();

    public long Version { get; set; }

    /// <summary>Moves the schedule; existing milestones must still fit inside it.</summary>
    public void Reschedule(DateOnly start, DateOnly deadline)
    {
        if (deadline < start)
        {
            throw new DomainException("Task.DeadlineBeforeStart", Code, deadline, start);
        }

        var outside = _milestones.FirstOrDefault(m => m.Due < start || m.Due > deadline);
        if (outside is not null)
        {
            throw new DomainException("Task.MilestoneOutsidePeriod", Code, outside.Title, outside.Due, start, deadline);
        }

        Start = start;
        Deadline = deadline;
    }

    public void Reweigh(decimal weight)
    {
        if (weight is <= 0m or > 100m)
        {
            throw new DomainException("Task.WeightOutOfRange", Code, weight);
        }

        Weight = weight;
    }

    /// <summary>Adds a milestone due inside the schedule; all shares together stay at most 1.</summary>
    public Milestone AddMilestone(string title, DateOnly due, decimal share)
    {
        if (due < Start || due > Deadline)
        {
            throw new DomainException("Task.MilestoneDueOutsidePeriod", Code, due, Start, Deadline);
        }

        var milestone = new Milestone(title, due, share);
        var total = _milestones.Sum(m => m.Share) + share;
        if (total > 1m)
        {
            throw new DomainException("Task.SharesOverOne", Code, total);
        }

        _milestones.Add(milestone);
        return milestone;
    }

    public void RemoveMilestone(Milestone milestone) => _milestones.Remove(milestone);

    /// <summary>Adds a co-unit (协办单位). The lead unit cannot also be a co-unit.</summary>
    public void AddCoUnit(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (ReferenceEquals(unit, LeadUnit) || (unit.Id != 0 && unit.Id == LeadUnitId))
        {
            throw new DomainException("Task.LeadCannotBeCoUnit", Code, unit.Code);
        }

        if (_coUnits.Any(c => ReferenceEquals(c.Unit, unit) || (unit.Id != 0 && c.UnitId == unit.Id)))
        {
            throw new DomainException("Task.AlreadyCoUnit", Code, unit.Code);
        }

        _coUnits.Add(new TaskCoUnit(unit));
    }

    /// <summary>销号: crosses the task off the list.</summary>
    public void CloseOut(string by, DateTimeOffset at)
    {
        if (IsClosedOut)
        {
            throw new DomainException("Task.AlreadyClosedOut", Code);
        }

        ClosedOutBy = Guard.Required(by, "Task.ClosedOutBy", 100);
        ClosedOutAt = at;
        IsClosedOut = true;
    }

    public void Reopen()
    {
        if (!IsClosedOut)
        {
            throw new DomainException("Task.NotClosedOut", Code);
        }

        IsClosedOut = false;
        ClosedOutAt = null;
        ClosedOutBy = null;
    }
}

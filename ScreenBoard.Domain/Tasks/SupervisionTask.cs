using System.Diagnostics.CodeAnalysis;
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
        LeadUnit = null!;
        Apply(draft, draft.Start ?? list.FirstDay);
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

    /// <summary>文号 / 工单号 of the source document or ticket.</summary>
    public string? SourceReference { get; private set; }

    /// <summary>The leader who gave the instruction (批示领导).</summary>
    public string? SourceLeader { get; private set; }

    /// <summary>The date of the instruction, ticket or finding.</summary>
    public DateOnly? SourceDate { get; private set; }

    /// <summary>The instruction's text (批示内容) or the finding.</summary>
    public string? SourceText { get; private set; }

    /// <summary>The source record as one value.</summary>
    public TaskOrigin Origin => new(SourceReference, SourceLeader, SourceDate, SourceText);

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

    /// <summary>The office's note on closing out (销号说明).</summary>
    public string? ClosedOutNote { get; private set; }

    public IReadOnlyList<Milestone> Milestones => _milestones.AsReadOnly();

    public IReadOnlyList<TaskCoUnit> CoUnits => _coUnits.AsReadOnly();

    public long Version { get; set; }

    /// <summary>
    /// Edits everything the office keeps about the task except its code (the code is how imports and people find it):
    /// title, goal, category, source and its record, lead and supervising units, leader, schedule and weight.
    /// All or nothing: a refusal leaves the task as it was.
    /// </summary>
    public void Revise(SupervisionTaskDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.LeadUnit is { } lead && _coUnits.Any(c => ReferenceEquals(c.Unit, lead) || (lead.Id != 0 && c.UnitId == lead.Id)))
        {
            throw new DomainException("Task.LeadCannotBeCoUnit", Code, lead.Code);
        }

        var before = (Title, Goal, Category, Source, LeadUnit, LeadUnitId, SupervisingUnit, SupervisingUnitId, ResponsibleLeader, Start, Deadline, Weight, SourceReference, SourceLeader, SourceDate, SourceText);
        try
        {
            Apply(draft, draft.Start ?? Start);
        }
        catch (DomainException)
        {
            (Title, Goal, Category, Source, LeadUnit, LeadUnitId, SupervisingUnit, SupervisingUnitId, ResponsibleLeader, Start, Deadline, Weight, SourceReference, SourceLeader, SourceDate, SourceText) = before;
            throw;
        }
    }

    [MemberNotNull(nameof(Title), nameof(LeadUnit))]
    private void Apply(SupervisionTaskDraft draft, DateOnly start)
    {
        Title = Guard.Required(draft.Title, "Task.Title", 300);
        Goal = Guard.Optional(draft.Goal, "Task.Goal", 2000, multiline: true);
        Category = Enum.IsDefined(draft.Category) ? draft.Category : throw new DomainException("Task.UnknownCategory", draft.Category.ToString());
        Source = Enum.IsDefined(draft.Source) ? draft.Source : throw new DomainException("Task.UnknownSource", draft.Source.ToString());
        LeadUnit = draft.LeadUnit ?? throw new DomainException("Task.LeadUnitRequired", draft.Code);
        if (LeadUnit.Id != 0)
        {
            LeadUnitId = LeadUnit.Id;
        }

        SupervisingUnit = draft.SupervisingUnit;
        SupervisingUnitId = draft.SupervisingUnit is { Id: not 0 } supervising ? supervising.Id : (draft.SupervisingUnit is null ? null : SupervisingUnitId);
        ResponsibleLeader = Guard.Optional(draft.ResponsibleLeader, "Task.ResponsibleLeader", 100);
        var origin = draft.Origin ?? new TaskOrigin(null, null, null, null);
        SourceReference = Guard.Optional(origin.Reference, "Task.SourceReference", 64);
        SourceLeader = Guard.Optional(origin.Leader, "Task.SourceLeader", 100);
        SourceDate = origin.Date;
        SourceText = Guard.Optional(origin.Text, "Task.SourceText", 2000, multiline: true);
        Reschedule(start, draft.Deadline);
        Reweigh(draft.Weight);
    }

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

    /// <summary>Edits a milestone of this task: due inside the schedule, all shares together at most 1.</summary>
    public void ReviseMilestone(Milestone milestone, string title, DateOnly due, decimal share)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        if (!_milestones.Contains(milestone))
        {
            throw new DomainException("Task.MilestoneNotOfTask", Code, milestone.Title);
        }

        if (due < Start || due > Deadline)
        {
            throw new DomainException("Task.MilestoneDueOutsidePeriod", Code, due, Start, Deadline);
        }

        var total = _milestones.Where(m => !ReferenceEquals(m, milestone)).Sum(m => m.Share) + share;
        if (total > 1m)
        {
            throw new DomainException("Task.SharesOverOne", Code, total);
        }

        milestone.Revise(title, due, share);
    }

    public void RemoveMilestone(Milestone milestone) => _milestones.Remove(milestone);

    /// <summary>Removes a co-unit; a unit that is not one is refused.</summary>
    public void RemoveCoUnit(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var coUnit = _coUnits.FirstOrDefault(c => ReferenceEquals(c.Unit, unit) || (unit.Id != 0 && c.UnitId == unit.Id))
            ?? throw new DomainException("Task.NotCoUnit", Code, unit.Code);
        _coUnits.Remove(coUnit);
    }

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

    /// <summary>销号: crosses the task off the list, with the office's note when it gives one.</summary>
    public void CloseOut(string by, DateTimeOffset at, string? note = null)
    {
        if (IsClosedOut)
        {
            throw new DomainException("Task.AlreadyClosedOut", Code);
        }

        ClosedOutNote = Guard.Optional(note, "Task.ClosedOutNote", 1000, multiline: true);
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
        ClosedOutNote = null;
    }
}

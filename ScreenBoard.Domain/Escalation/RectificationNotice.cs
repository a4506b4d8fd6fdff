using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Escalation;

/// <summary>
/// 限期整改单 and its escalation: a notice to a unit to fix a non-delivery by a deadline;
/// if the deadline passes unfixed it becomes a 黄色警告, then a 红牌. Each step is dated and
/// sets a new fix deadline. A resolved notice no longer escalates.
/// </summary>
public sealed class RectificationNotice : Entity, IVersioned
{
    private RectificationNotice()
    {
        Reason = string.Empty;
        IssuedBy = string.Empty;
    }

    public RectificationNotice(Unit unit, SupervisionTask? task, string reason, DateOnly issuedOn, DateOnly fixDeadline, string issuedBy)
    {
        Unit = unit ?? throw new DomainException("A notice needs a unit.");
        Task = task;
        Reason = Guard.Required(reason, "Notice reason", 2000);
        IssuedBy = Guard.Required(issuedBy, "Who issues", 100);
        if (fixDeadline < issuedOn)
        {
            throw new DomainException($"Fix deadline {fixDeadline:yyyy-MM-dd} is before the notice's date {issuedOn:yyyy-MM-dd}.");
        }

        IssuedOn = issuedOn;
        FixDeadline = fixDeadline;
    }

    public int UnitId { get; private set; }

    public Unit? Unit { get; private set; }

    public int? TaskId { get; private set; }

    public SupervisionTask? Task { get; private set; }

    public string Reason { get; private set; }

    public string IssuedBy { get; private set; }

    /// <summary>Date of step 1, the 限期整改单.</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The deadline of the current step.</summary>
    public DateOnly FixDeadline { get; private set; }

    /// <summary>Date of step 2, the 黄色警告, if reached.</summary>
    public DateOnly? YellowWarningOn { get; private set; }

    /// <summary>Date of step 3, the 红牌, if reached.</summary>
    public DateOnly? RedCardOn { get; private set; }

    public DateOnly? ResolvedOn { get; private set; }

    public string? Resolution { get; private set; }

    public long Version { get; set; }

    public bool IsResolved => ResolvedOn is not null;

    /// <summary>The dates of the steps reached: the one place a step on a date is worked out.</summary>
    public LadderSteps Steps => new(IssuedOn, YellowWarningOn, RedCardOn);

    /// <summary>The highest step reached.</summary>
    public LadderStep Step => Steps.Step;

    /// <summary>The date of the highest step reached.</summary>
    public DateOnly StepDate => Steps.StepDate;

    /// <summary>The highest step reached on a date (null before the notice was issued).</summary>
    public LadderStep? StepOn(DateOnly date) => Steps.StepOn(date);

    /// <summary>
    /// Escalates one step (限期整改单 → 黄色警告 → 红牌) on a date after the current fix deadline,
    /// with a new fix deadline.
    /// </summary>
    public LadderStep Escalate(DateOnly on, DateOnly newFixDeadline)
    {
        if (IsResolved)
        {
            throw new DomainException($"The notice was resolved on {ResolvedOn:yyyy-MM-dd}; it cannot escalate.");
        }

        if (Step == LadderStep.RedCard)
        {
            throw new DomainException("The notice is already at 红牌, the last step.");
        }

        if (on <= FixDeadline)
        {
            throw new DomainException($"The fix deadline {FixDeadline:yyyy-MM-dd} has not passed on {on:yyyy-MM-dd}; the notice cannot escalate yet.");
        }

        if (newFixDeadline < on)
        {
            throw new DomainException($"The new fix deadline {newFixDeadline:yyyy-MM-dd} is before the escalation date {on:yyyy-MM-dd}.");
        }

        if (Step == LadderStep.RectificationNotice)
        {
            YellowWarningOn = on;
        }
        else
        {
            RedCardOn = on;
        }

        FixDeadline = newFixDeadline;
        return Step;
    }

    /// <summary>The unit fixed the problem; the notice stops escalating. Its steps still count.</summary>
    public void Resolve(DateOnly on, string resolution)
    {
        if (IsResolved)
        {
            throw new DomainException($"The notice was already resolved on {ResolvedOn:yyyy-MM-dd}.");
        }

        if (on < StepDate)
        {
            throw new DomainException($"The resolution date {on:yyyy-MM-dd} is before the notice's last step on {StepDate:yyyy-MM-dd}.");
        }

        Resolution = Guard.Required(resolution, "Resolution", 2000);
        ResolvedOn = on;
    }
}

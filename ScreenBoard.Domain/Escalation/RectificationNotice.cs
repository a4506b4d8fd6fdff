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
        Unit = unit ?? throw new DomainException("Notice.UnitRequired");
        Task = task;
        Reason = Guard.Required(reason, "Notice.Reason", 2000, multiline: true);
        IssuedBy = Guard.Required(issuedBy, "Notice.IssuedBy", 100);
        if (fixDeadline < issuedOn)
        {
            throw new DomainException("Notice.FixDeadlineBeforeIssue", fixDeadline, issuedOn);
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
        EnsureCanEscalate();
        if (on <= FixDeadline)
        {
            throw new DomainException("Notice.FixDeadlineNotPassed", FixDeadline, on);
        }

        return TakeStep(on, newFixDeadline);
    }

    /// <summary>Whether the notice has reached the 红牌: referred to the discipline commission (移交纪委) and counted in the unit's annual appraisal (计入年度考核).</summary>
    public bool IsReferredToDiscipline => RedCardOn is not null;

    /// <summary>
    /// The date the next step falls due: the first day after the fix deadline (the deadline is the last
    /// day to fix, as a task's deadline is the last day to finish). Null when the notice is resolved or on
    /// its last step (docs/decisions/014).
    /// </summary>
    public DateOnly? NextStepDue => IsResolved || Step == LadderStep.RedCard ? null : FixDeadline.AddDays(1);

    /// <summary>
    /// The daily sweep: takes every step that has fallen due by <paramref name="today"/>, each dated the day it
    /// fell due and given its fix deadline counted from then; a step whose new deadline has also passed is
    /// followed by the next one. Running it again the same day (or any later day before the next deadline)
    /// finds nothing due, so it is idempotent by construction.
    /// </summary>
    /// <returns>The steps taken, in order (empty when nothing was due).</returns>
    public IReadOnlyList<LadderStep> EscalateDue(DateOnly today, LadderTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var taken = new List<LadderStep>();
        while (NextStepDue is { } due && due <= today)
        {
            taken.Add(Escalate(due, due.AddDays(terms.FixDaysAfter(Step + 1))));
        }

        return taken;
    }

    /// <summary>
    /// The office escalates by hand: one step now, dated <paramref name="on"/>, whether or not the fix deadline
    /// has passed, with the next fix deadline counted from then.
    /// </summary>
    public LadderStep EscalateNow(DateOnly on, LadderTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        EnsureCanEscalate();
        if (on < StepDate)
        {
            throw new DomainException("Notice.EscalationBeforeStep", on, StepDate);
        }

        return TakeStep(on, on.AddDays(terms.FixDaysAfter(Step + 1)));
    }

    /// <summary>The unit fixed the problem; the notice stops escalating. Its steps still count.</summary>
    public void Resolve(DateOnly on, string resolution)
    {
        if (IsResolved)
        {
            throw new DomainException("Notice.AlreadyResolved", ResolvedOn);
        }

        if (on < StepDate)
        {
            throw new DomainException("Notice.ResolutionBeforeStep", on, StepDate);
        }

        Resolution = Guard.Required(resolution, "Notice.Resolution", 2000, multiline: true);
        ResolvedOn = on;
    }

    private void EnsureCanEscalate()
    {
        if (IsResolved)
        {
            throw new DomainException("Notice.ResolvedCannotEscalate", ResolvedOn);
        }

        if (Step == LadderStep.RedCard)
        {
            throw new DomainException("Notice.AlreadyRedCard");
        }
    }

    private LadderStep TakeStep(DateOnly on, DateOnly newFixDeadline)
    {
        if (newFixDeadline < on)
        {
            throw new DomainException("Notice.NewFixDeadlineBeforeEscalation", newFixDeadline, on);
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
}

using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Reports;

/// <summary>
/// 延期申请: the lead unit asks for a later deadline and says why; the office approves (the task's deadline
/// in force moves, from then on) or refuses with a reason. Pending → Approved or Refused; both are final.
/// </summary>
public sealed class ExtensionRequest : Entity, IVersioned
{
    /// <summary>The longest reason, in characters.</summary>
    public const int ReasonMaxLength = 1000;

    private ExtensionRequest()
    {
        Reason = string.Empty;
        RequestedBy = string.Empty;
    }

    public ExtensionRequest(SupervisionTask task, Unit unit, DateOnly requestedDeadline, string reason, string requestedBy, DateTimeOffset requestedAt)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(unit);
        if (task.IsClosedOut)
        {
            throw new DomainException("Extension.TaskClosedOut", task.Code);
        }

        if (requestedDeadline <= task.Deadline)
        {
            throw new DomainException("Extension.NotLater", task.Code, requestedDeadline, task.Deadline);
        }

        Task = task;
        Unit = unit;
        RequestedDeadline = requestedDeadline;
        OldDeadline = task.Deadline;
        Reason = Guard.Required(reason, "Extension.Reason", ReasonMaxLength, multiline: true);
        RequestedBy = Guard.Required(requestedBy, "Extension.RequestedBy", 100);
        RequestedAt = requestedAt;
        State = ExtensionState.Pending;
    }

    public int TaskId { get; private set; }

    public SupervisionTask? Task { get; private set; }

    /// <summary>The asking unit (the task's lead unit).</summary>
    public int UnitId { get; private set; }

    public Unit? Unit { get; private set; }

    /// <summary>The deadline the unit asks for.</summary>
    public DateOnly RequestedDeadline { get; private set; }

    /// <summary>The deadline in force when asked, and, once approved, the one it replaced.</summary>
    public DateOnly OldDeadline { get; private set; }

    public string Reason { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ExtensionState State { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The office's note: optional on approval, the reason on refusal.</summary>
    public string? DecisionNote { get; private set; }

    public long Version { get; set; }

    /// <summary>
    /// The office approves: the task's deadline becomes the requested one (the start stays). Published
    /// snapshots keep the deadline they were computed with; the boards use the new one from now on.
    /// </summary>
    public void Approve(string by, DateTimeOffset at, string? note)
    {
        RequirePending();
        var task = Task ?? throw new InvalidOperationException("The request's task must be loaded to approve it.");
        var decisionNote = Guard.Optional(note, "Extension.DecisionNote", ReasonMaxLength, multiline: true);
        var decidedBy = Guard.Required(by, "Extension.DecidedBy", 100);
        var old = task.Deadline;
        task.Reschedule(task.Start, RequestedDeadline);
        OldDeadline = old;
        Decide(ExtensionState.Approved, decidedBy, at, decisionNote);
    }

    /// <summary>The office refuses, with a reason; the deadline stays.</summary>
    public void Refuse(string by, DateTimeOffset at, string reason)
    {
        RequirePending();
        var note = Guard.Required(reason, "Extension.DecisionNote", ReasonMaxLength, multiline: true);
        Decide(ExtensionState.Refused, Guard.Required(by, "Extension.DecidedBy", 100), at, note);
    }

    private void Decide(ExtensionState state, string by, DateTimeOffset at, string? note)
    {
        State = state;
        DecidedBy = by;
        DecidedAt = at;
        DecisionNote = note;
    }

    private void RequirePending()
    {
        if (State != ExtensionState.Pending)
        {
            throw new DomainException("Extension.AlreadyDecided", State);
        }
    }
}

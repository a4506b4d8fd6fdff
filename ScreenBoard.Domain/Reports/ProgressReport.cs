using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Reports;

/// <summary>
/// 进度报送: a unit's report on a task. Legal transitions only:
/// Submitted → Reviewed → Accepted (Submitted → Accepted by the office for a unit without a competent
/// department), and Submitted or Reviewed → Returned (with a reason).
/// Accepted and Returned are final; a correction is a new report.
/// </summary>
public sealed class ProgressReport : Entity, IVersioned
{
    private ProgressReport()
    {
        Narrative = string.Empty;
        SubmittedBy = string.Empty;
    }

    public ProgressReport(SupervisionTask task, Unit unit, DateOnly reportDate, int percent, string narrative, string submittedBy, DateTimeOffset submittedAt)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(unit);
        if (percent is < 0 or > 100)
        {
            throw new DomainException("Report.PercentOutOfRange", task.Code, percent);
        }

        if (reportDate < task.Start)
        {
            throw new DomainException("Report.BeforeTaskStart", task.Code, reportDate, task.Start);
        }

        Task = task;
        Unit = unit;
        ReportDate = reportDate;
        Percent = percent;
        Narrative = Guard.Required(narrative, "Report.Narrative", 4000, multiline: true);
        SubmittedBy = Guard.Required(submittedBy, "Report.SubmittedBy", 100);
        SubmittedAt = submittedAt;
        State = ReportState.Submitted;
    }

    public int TaskId { get; private set; }

    public SupervisionTask? Task { get; private set; }

    /// <summary>The reporting unit.</summary>
    public int UnitId { get; private set; }

    public Unit? Unit { get; private set; }

    /// <summary>The date the progress stands at (the report's date, not when it was typed in).</summary>
    public DateOnly ReportDate { get; private set; }

    /// <summary>Percent done, 0–100.</summary>
    public int Percent { get; private set; }

    public string Narrative { get; private set; }

    public ReportState State { get; private set; }

    public string SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? AcceptedBy { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public string? ReturnedBy { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public string? ReturnReason { get; private set; }

    public long Version { get; set; }

    /// <summary>The competent department has checked the report.</summary>
    public void Review(string by, DateTimeOffset at)
    {
        RequireState(ReportState.Submitted);
        ReviewedBy = Guard.Required(by, "Report.ReviewedBy", 100);
        ReviewedAt = at;
        State = ReportState.Reviewed;
    }

    /// <summary>The office accepts a reviewed report; from now on it counts.</summary>
    public void Accept(string by, DateTimeOffset at)
    {
        RequireState(ReportState.Reviewed);
        AcceptedBy = Guard.Required(by, "Report.AcceptedBy", 100);
        AcceptedAt = at;
        State = ReportState.Accepted;
    }

    /// <summary>
    /// The office accepts a submitted report of a unit without a competent department (主管部门): the office is
    /// its reviewer too, so review and acceptance are recorded at once, both by the office.
    /// A unit with a competent department is refused: its department reviews first.
    /// </summary>
    public void AcceptDirect(string by, DateTimeOffset at)
    {
        RequireState(ReportState.Submitted);
        if (Unit is null)
        {
            throw new InvalidOperationException("The report's unit must be loaded to accept it directly.");
        }

        if (Unit.ReviewingUnitId is not null || Unit.ReviewingUnit is not null)
        {
            throw new DomainException("Report.HasCompetentDepartment", Unit.Name);
        }

        ReviewedBy = Guard.Required(by, "Report.ReviewedBy", 100);
        ReviewedAt = at;
        AcceptedBy = by;
        AcceptedAt = at;
        State = ReportState.Accepted;
    }

    /// <summary>Sends a submitted or reviewed report back to the unit with a reason.</summary>
    public void Return(string by, DateTimeOffset at, string reason)
    {
        if (State is not (ReportState.Submitted or ReportState.Reviewed))
        {
            throw new DomainException("Report.CannotReturn", State);
        }

        ReturnReason = Guard.Required(reason, "Report.ReturnReason", 1000, multiline: true);
        ReturnedBy = Guard.Required(by, "Report.ReturnedBy", 100);
        ReturnedAt = at;
        State = ReportState.Returned;
    }

    private void RequireState(ReportState required)
    {
        if (State != required)
        {
            throw new DomainException("Report.WrongState", State, required);
        }
    }
}

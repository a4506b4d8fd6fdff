using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Reports;

/// <summary>
/// 进度报送: a unit's report on a task. Legal transitions only:
/// Submitted → Reviewed → Accepted (Submitted → Accepted by the office for a unit without a competent
/// department), and Submitted or Reviewed → Returned (with a reason).
/// Accepted and Returned are final; a correction is a new report (<see cref="Resubmit"/>), and the
/// returned one stays in the history. A report carries at most <see cref="MaxEvidence"/> pieces of evidence.
/// </summary>
public sealed class ProgressReport : Entity, IVersioned
{
    /// <summary>The longest narrative (说明), in characters.</summary>
    public const int NarrativeMaxLength = 2000;

    /// <summary>At most this many files of evidence (佐证材料) per report.</summary>
    public const int MaxEvidence = 5;

    private readonly List<ReportEvidence> _evidence = [];

    private ProgressReport()
    {
        Narrative = string.Empty;
        SubmittedBy = string.Empty;
    }

    /// <summary>A new report of <paramref name="unit"/> on <paramref name="task"/>; <paramref name="milestone"/>, when given, is the task's milestone it completes.</summary>
    public ProgressReport(SupervisionTask task, Unit unit, DateOnly reportDate, int percent, string narrative, string submittedBy, DateTimeOffset submittedAt, Milestone? milestone = null)
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
        if (milestone is not null && !task.Milestones.Contains(milestone))
        {
            throw new DomainException("Report.MilestoneNotOfTask", task.Code, milestone.Title);
        }

        Narrative = Guard.Required(narrative, "Report.Narrative", NarrativeMaxLength, multiline: true);
        SubmittedBy = Guard.Required(submittedBy, "Report.SubmittedBy", 100);
        SubmittedAt = submittedAt;
        State = ReportState.Submitted;
        Milestone = milestone;
    }

    /// <summary>
    /// 修改后重新报送: a new report of the returned report's unit on the same task. The returned report stays
    /// in the history as it was (marked resubmitted); a returned report is resubmitted once.
    /// </summary>
    public static ProgressReport Resubmit(ProgressReport returned, DateOnly reportDate, int percent, string narrative, string submittedBy, DateTimeOffset submittedAt, Milestone? milestone = null)
    {
        ArgumentNullException.ThrowIfNull(returned);
        if (returned.State != ReportState.Returned)
        {
            throw new DomainException("Report.NotReturned", returned.State);
        }

        if (returned.ResubmittedAt is not null)
        {
            throw new DomainException("Report.AlreadyResubmitted", returned.ReportDate);
        }

        var report = new ProgressReport(returned.Task!, returned.Unit!, reportDate, percent, narrative, submittedBy, submittedAt, milestone)
        {
            ResubmitsReport = returned,
        };
        returned.ResubmittedAt = submittedAt;
        return report;
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

    /// <summary>The milestone (节点) this report says is complete; null when it completes none.</summary>
    public int? MilestoneId { get; private set; }

    public Milestone? Milestone { get; private set; }

    /// <summary>The returned report this one corrects (修改后重新报送); null for a first report.</summary>
    public int? ResubmitsReportId { get; private set; }

    public ProgressReport? ResubmitsReport { get; private set; }

    /// <summary>When a returned report was resubmitted; null until it is (it can be only once).</summary>
    public DateTimeOffset? ResubmittedAt { get; private set; }

    /// <summary>佐证材料: photos and PDFs that back the report up.</summary>
    public IReadOnlyList<ReportEvidence> Evidence => _evidence.AsReadOnly();

    public long Version { get; set; }

    /// <summary>
    /// Adds a file of evidence, judged by its content (<paramref name="head"/>: its first bytes), never by its name:
    /// a JPEG, PNG, WebP or PDF of at most <see cref="ReportEvidence.MaxBytes"/>, at most <see cref="MaxEvidence"/> per report.
    /// </summary>
    /// <param name="originalName">The name the file had on the person's device (kept, cleaned, for display).</param>
    /// <param name="head">The file's first bytes (at least 12 to recognise WebP).</param>
    /// <param name="size">Its length in bytes.</param>
    /// <param name="randomName">The random part of the stored name (32 hexadecimal digits); the extension comes from the content.</param>
    /// <param name="at">When it was uploaded.</param>
    public ReportEvidence AttachEvidence(string originalName, ReadOnlySpan<byte> head, long size, string randomName, DateTimeOffset at)
    {
        var name = ReportEvidence.CleanName(originalName);
        if (_evidence.Count >= MaxEvidence)
        {
            throw new DomainException("Evidence.TooMany", name, MaxEvidence);
        }

        var evidence = new ReportEvidence(name, head, size, randomName, at);
        _evidence.Add(evidence);
        return evidence;
    }

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

using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports.Reporting;

/// <summary>A file of evidence as a page lists it (served by <c>GET /evidence/{Id}</c>).</summary>
public sealed record EvidenceItem(int Id, string OriginalName, bool IsImage, long Size);

/// <summary>One of the unit's reports as its own pages show it.</summary>
public sealed record UnitReportView(
    int ReportId, long Version, DateOnly ReportDate, int Percent, string Narrative, ReportState State,
    string? ReturnReason, bool Resubmitted, int? MilestoneId, string? MilestoneTitle, IReadOnlyList<EvidenceItem> Evidence)
{
    /// <summary>Returned and not yet resubmitted: the unit should correct it.</summary>
    public bool AwaitsResubmission => State == ReportState.Returned && !Resubmitted;
}

/// <summary>An extension request (延期申请) as the unit and the office see it.</summary>
public sealed record ExtensionView(
    int Id, long Version, int TaskId, string TaskCode, string TaskTitle, string UnitName, DateOnly OldDeadline, DateOnly RequestedDeadline,
    string Reason, ExtensionState State, string RequestedBy, DateTimeOffset RequestedAt, string? DecidedBy, string? DecisionNote);

/// <summary>A milestone offered on the report form.</summary>
public sealed record MilestoneChoice(int Id, string Title, DateOnly Due);

/// <summary>
/// A task of the unit on 我的任务, beside the board's row (flag, expected, actual come from the board, never from here):
/// whether the unit leads it, the next milestone, the unit's last report, the latest extension request.
/// </summary>
public sealed record MyTask(int TaskId, string Code, bool IsLead, MilestoneChoice? NextMilestone, UnitReportView? LastReport, ExtensionView? LatestExtension);

/// <summary>What the report form needs: the task, its milestones, and the report it starts from.</summary>
/// <param name="Previous">The unit's previous report of the task (or the returned report being corrected): its narrative and percent prefill the form.</param>
public sealed record ReportForm(
    int TaskId, string Code, string Title, DateOnly Start, DateOnly Deadline, bool IsClosedOut, bool IsLead,
    IReadOnlyList<MilestoneChoice> Milestones, UnitReportView? Previous);

/// <summary>What the evidence endpoint needs to decide who may see a file and to serve it.</summary>
public sealed record EvidenceFile(int Id, string OriginalName, string StoredName, string ContentType, DateTimeOffset UploadedAt, int ReportUnitId, int? ReviewingUnitId);

using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Domain.Boards;

/// <summary>A task's drill-down: who answers for it, its milestones, its report timeline and its ladder history.</summary>
public sealed record TaskDetail(
    int TaskId,
    string Code,
    string Title,
    string? Goal,
    string? ResponsibleLeader,
    string? SupervisingUnitName,
    IReadOnlyList<string> CoUnitNames,
    IReadOnlyList<MilestoneView> Milestones,
    IReadOnlyList<ReportView> Reports,
    IReadOnlyList<NoticeRow> Notices);

public sealed record MilestoneView(string Title, DateOnly Due, decimal Share, decimal CumulativeShare);

/// <summary>One report as the timeline shows it; <see cref="At"/> is its latest step.</summary>
public sealed record ReportView(int ReportId, DateOnly ReportDate, int Percent, string Narrative, ReportState State, string? ReturnReason, string SubmittedBy, DateTimeOffset At);

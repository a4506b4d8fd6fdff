namespace ScreenBoard.App.Features.Reports;

/// <summary>What a unit fills in on the report form.</summary>
/// <param name="TaskId">The task reported on.</param>
/// <param name="Date">The report's date; null means today in the office's time zone.</param>
/// <param name="Percent">Percent done, 0–100.</param>
/// <param name="Narrative">说明, required, at most 2,000 characters.</param>
/// <param name="MilestoneId">The task's milestone this report completes, if any.</param>
public sealed record ReportDraft(int TaskId, DateOnly? Date, int Percent, string? Narrative, int? MilestoneId);

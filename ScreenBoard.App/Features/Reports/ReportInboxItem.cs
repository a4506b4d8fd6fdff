using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports;

/// <summary>A report waiting for review or acceptance, as the office's inbox lists it.</summary>
public sealed record ReportInboxItem(int ReportId, long Version, string TaskCode, string TaskTitle, string UnitName, DateOnly ReportDate, int Percent, string Narrative, ReportState State);

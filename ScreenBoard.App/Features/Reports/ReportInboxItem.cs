using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports;

/// <summary>A report waiting for review or acceptance, as an inbox lists it.</summary>
/// <param name="DirectToOffice">The unit has no competent department: the office reviews and accepts it in one step.</param>
public sealed record ReportInboxItem(
    int ReportId,
    long Version,
    int TaskId,
    string TaskCode,
    string TaskTitle,
    string UnitCode,
    string UnitName,
    DateOnly ReportDate,
    int Percent,
    string Narrative,
    ReportState State,
    bool DirectToOffice)
{
    /// <summary>The report's 佐证材料, shown as thumbnails and links to whoever may review it.</summary>
    public IReadOnlyList<Reporting.EvidenceItem> Evidence { get; init; } = [];
}

/// <summary>What an inbox page asks for: the page (from 1) and the filters (a unit's code; text in the task's code or title).</summary>
public sealed record InboxQuery(int Page = 1, string? UnitCode = null, string? TaskText = null)
{
    /// <summary>Reports per page.</summary>
    public const int PageSize = 20;
}

/// <summary>One page of an inbox: its items, how many wait in all (with the filters) and which page this is.</summary>
public sealed record InboxPage(IReadOnlyList<ReportInboxItem> Items, int Total, int Page)
{
    public static InboxPage Empty { get; } = new([], 0, 1);

    public int PageCount => Math.Max(1, (Total + InboxQuery.PageSize - 1) / InboxQuery.PageSize);
}

/// <summary>A unit that has reports waiting in an inbox (for the unit filter).</summary>
public sealed record InboxUnit(string Code, string Name);

using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.List;

/// <summary>What /list searches for: code or title text, category, a unit (lead or co-unit), source.</summary>
public sealed record ListFilter(string? Text = null, TaskCategory? Category = null, int? UnitId = null, TaskSource? Source = null);

/// <summary>One task as the list page shows it.</summary>
public sealed record ListRow(string Code, string Title, TaskCategory Category, TaskSource Source, string LeadUnit, DateOnly Start, DateOnly Deadline, bool IsClosedOut);

/// <summary>One page of the list and how many tasks match in all.</summary>
public sealed record ListRowsPage(IReadOnlyList<ListRow> Rows, int Total);

/// <summary>A unit as the list pages offer and edit it.</summary>
public sealed record ListUnit(int Id, string Code, string Name, UnitKind Kind, string? CompetentCode, long Version);

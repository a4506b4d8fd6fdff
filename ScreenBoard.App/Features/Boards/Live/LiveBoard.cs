using ScreenBoard.Domain.Boards;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>What every screen shows at one moment: the scored list, the ladder, the trend, and when it was read.</summary>
/// <param name="Version">The notifier's version it was read at: screens showing the same version show the same data.</param>
public sealed record LiveBoard(Board Board, IReadOnlyList<NoticeRow> Notices, TrendData Trend, DateTimeOffset LoadedAt, long Version);

/// <summary>Units' scores across published quarters.</summary>
/// <param name="Quarters">Labels, oldest first (e.g. 2026Q1).</param>
/// <param name="Series">Per unit name: its score in each quarter (null where it had none).</param>
public sealed record TrendData(IReadOnlyList<string> Quarters, IReadOnlyList<TrendSeries> Series)
{
    public static readonly TrendData Empty = new([], []);
}

public sealed record TrendSeries(string UnitName, IReadOnlyList<decimal?> Scores);

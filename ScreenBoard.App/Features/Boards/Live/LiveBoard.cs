using ScreenBoard.Domain.Boards;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>What every screen shows at one moment: the scored list, the ladder, the trend, and when it was read.</summary>
/// <param name="Version">The notifier's version it was read at: screens showing the same version show the same data.</param>
public sealed record LiveBoard(Board Board, IReadOnlyList<NoticeRow> Notices, TrendData Trend, DateTimeOffset LoadedAt, long Version);

using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Boards.Kiosk;

/// <summary>
/// What a kiosk's boards show on one screen so that nothing is cut: the ranking's pages, each task column's pages,
/// notices a ladder column, the trend chart's height. The profile gives the most; the <see cref="KioskLayout"/> the room.
/// </summary>
public sealed record KioskFit(PageBreaks UnitPages, IReadOnlyDictionary<TaskCategory, PageBreaks> TaskPages, int NoticesPerColumn, int TrendHeightPx)
{
    /// <summary>Before there is data.</summary>
    public static readonly KioskFit None = new(PageBreaks.Every(1, 0), new Dictionary<TaskCategory, PageBreaks>(), 1, 700);

    /// <summary>The trend draws the best units of the latest quarter; a wall cannot read more lines.</summary>
    public const int TrendSeries = 10;

    public static KioskFit Of(KioskProfile profile, KioskLayout layout, Board board, IReadOnlyList<NoticeRow> notices, TrendData trend)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(layout);
        return new KioskFit(
            layout.UnitPages(board, profile.UnitsPerPage),
            layout.TaskPages(board, profile.ShownTaskStatuses, profile.TasksPerPage),
            layout.NoticesPerColumn(board, notices),
            layout.TrendHeightPx(board, trend, TrendSeries));
    }
}

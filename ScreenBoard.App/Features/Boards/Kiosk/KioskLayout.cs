using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Boards.Kiosk;

/// <summary>Which way up a kiosk's screen stands.</summary>
public enum KioskOrientation
{
    /// <summary>As the screen's player reports it (its viewport's width and height).</summary>
    Auto = 0,

    /// <summary>Wide; a player that reports a tall screen gets the picture turned a quarter.</summary>
    Landscape = 1,

    /// <summary>Standing (hall touch kiosks); a player that reports a wide screen gets the picture turned a quarter.</summary>
    Portrait = 2,
}

/// <summary>
/// The room a kiosk's boards have on one screen, in em of the kiosk's type (28 px × the profile's Scale), and
/// how many rows of each board fit in it without one being cut. Every width and height below mirrors the
/// "Kiosk" and "Layouts" sections of wwwroot/app.css; text is counted at 1 em a character (a CJK glyph; Latin
/// is narrower, so the count errs on the safe side). docs/decisions/020-board-layouts.md explains the model.
/// </summary>
public sealed record KioskLayout
{
    /// <summary>The design sizes: 1920×1080 (landscape, and 4K at twice the size) and 1080×1920 (portrait).</summary>
    public const int LongSide = 1920;

    public const int ShortSide = 1080;

    private const double BodyPx = 28;
    private const double Line = 1.35;
    private const double ChipLine = 1.5;
    private const double NarrowTableEm = 50;
    private const double NarrowCardEm = 14;
    private const double ProgressTextEm = 12;

    private KioskLayout(double widthPx, double heightPx, decimal scale, bool turned)
    {
        Em = BodyPx * (double)scale;
        WidthPx = widthPx;
        HeightPx = heightPx;
        Turned = turned;
    }

    /// <summary>Pixels of one em (CSS pixels, after the 4K zoom).</summary>
    public double Em { get; }

    /// <summary>The kiosk's width in CSS pixels, after the 4K zoom and any quarter turn.</summary>
    public double WidthPx { get; }

    /// <summary>The kiosk's height in CSS pixels, after the 4K zoom and any quarter turn.</summary>
    public double HeightPx { get; }

    /// <summary>True when the profile's Orientation turns the picture on this screen.</summary>
    public bool Turned { get; }

    public bool IsPortrait => HeightPx > WidthPx;

    /// <summary>The stage's inner width (36 px padding each side), in em.</summary>
    private double StageWidth => (WidthPx - 72) / Em;

    /// <summary>
    /// The layout of a profile on a screen of this many pixels (the browser's viewport); without a size, the
    /// design size of the profile's orientation (landscape for Auto).
    /// </summary>
    public static KioskLayout For(KioskProfile profile, int? screenWidth = null, int? screenHeight = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var portraitByDefault = profile.Orientation == KioskOrientation.Portrait;
        double width = screenWidth ?? (portraitByDefault ? ShortSide : LongSide);
        double height = screenHeight ?? (portraitByDefault ? LongSide : ShortSide);

        // app.css: a 4K-class screen shows the 1080p layout at zoom 2.
        var zoom = Math.Min(width, height) >= 1800 && Math.Max(width, height) >= 3200 ? 2 : 1;
        width /= zoom;
        height /= zoom;

        var turned = (profile.Orientation == KioskOrientation.Portrait && width > height)
            || (profile.Orientation == KioskOrientation.Landscape && height > width);
        return turned
            ? new KioskLayout(height, width, profile.Scale, turned: true)
            : new KioskLayout(width, height, profile.Scale, turned: false);
    }

    /// <summary>
    /// The stage's height in em: the screen less the header (list title, board name), the footer's dots and the
    /// stage's padding.
    /// </summary>
    public double StageHeight(Board board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var titleLines = Lines(board.ListTitle.Length, StageWidth - 13);
        var header = (28 + 4) / Em + (titleLines * Line) + (1.6 * Line);
        var footer = 36 / Em;
        var stagePadding = 30 / Em;
        return (HeightPx / Em) - header - footer - stagePadding - 0.5;
    }

    /// <summary>The ranking's pages: in rank order, as many units a page as their rows fit (the configured count at most).</summary>
    public PageBreaks UnitPages(Board board, int most)
    {
        ArgumentNullException.ThrowIfNull(board);
        var narrow = StageWidth < NarrowTableEm;
        var head = narrow ? (2 * Line) + (18 / Em) : Line + (12 / Em);
        var rows = board.Units.Select(u => UnitRowHeight(u, narrow));
        return PageBreaks.Fill(rows, StageHeight(board) - head, gap: 0, most);
    }

    /// <summary>Each category column's pages: most urgent first, as many cards a page as fit (the configured count at most).</summary>
    public IReadOnlyDictionary<TaskCategory, PageBreaks> TaskPages(Board board, IReadOnlyCollection<ProgressStatus> statuses, int most)
    {
        ArgumentNullException.ThrowIfNull(board);
        var column = (StageWidth - (32 / Em)) / 3;
        var inner = column - (34 / Em);
        var room = StageHeight(board) - (16 / Em) - (1.1 * Line) - (10 / Em);
        return Enum.GetValues<TaskCategory>().ToDictionary(
            category => category,
            category => PageBreaks.Fill(TaskBoard.KioskColumn(board, category, statuses).Select(t => TaskCardHeight(t, inner)), room, gap: 10 / Em, most));
    }

    /// <summary>
    /// Notices each column of the ladder shows before "另有 N 项": as many of its open notices, in the board's order,
    /// as fit; the least of the columns (the board takes one count for all three).
    /// </summary>
    public int NoticesPerColumn(Board board, IReadOnlyList<NoticeRow> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var column = (StageWidth - (32 / Em)) / 3;
        var inner = column - (34 / Em);
        var room = StageHeight(board) - (20 / Em) - (1.3 * Line) - (Line + (18 / Em)) - (10 / Em);
        return ScreenBoard.Domain.Boards.Ladder.OpenByStep(notices)
            .Where(c => c.Notices.Count > 0)
            .Select(c => PageBreaks.Fill(c.Notices.Select(n => NoticeCardHeight(n, inner)), room, gap: 10 / Em, int.MaxValue))
            .Select(breaks => breaks.Count > 1 ? breaks.Starts[1] : int.MaxValue)
            .DefaultIfEmpty(int.MaxValue)
            .Min();
    }

    /// <summary>The trend chart's height in pixels: the stage less its title and, on a narrow board, the legend under it.</summary>
    public int TrendHeightPx(Board board, TrendData trend, int maxSeries)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var legend = 0d;
        if (StageWidth < NarrowTableEm)
        {
            // Two columns of 28 px names (the kiosk's legend size) with their marker and padding.
            var columnPx = (StageWidth * Em / 2) - 40;
            legend = trend.Series.Take(maxSeries).Chunk(2)
                .Sum(pair => pair.Max(s => Lines(s.UnitName.Length, columnPx / 28)) * ((28 * 1.5) + 8)) + 20;
        }

        var available = (StageHeight(board) * Em) - (Line * Em) - 16 - legend - 20;
        return (int)Math.Clamp(available, 240, 1400);
    }

    private double UnitRowHeight(UnitRow unit, bool narrow)
    {
        var flags = unit.FlagCounts.Count(c => c.Value > 0);
        var flagLines = (flags + 1) / 2;
        var flagsHeight = flagLines == 0 ? 0 : (flagLines * ChipLine) + ((flagLines - 1) * 6 / Em);
        if (narrow)
        {
            var name = StageWidth - (24 / Em) - (2.6 + 4.2 + 4.2 + 3) - (48 / Em);
            var progress = ProgressHeight(4.2 + 4.2 + 3 + (24 / Em));
            var top = Math.Max(Lines(unit.Name.Length, name) * Line, 1.8);
            return top + (6 / Em) + Math.Max(flagsHeight, progress) + (13 / Em);
        }
        else
        {
            var name = StageWidth - (48 / Em) - (2.6 + 4.2 + 4.2 + 3 + 17.5 + 12.5) - (84 / Em);
            var content = new[] { Lines(unit.Name.Length, name) * Line, 1.8, flagsHeight, ProgressHeight(12.5) }.Max();
            return Math.Max(84 / Em, content + (13 / Em));
        }
    }

    private double TaskCardHeight(TaskRow task, double inner)
    {
        const double chip = 4.6;
        var head = inner <= NarrowCardEm
            ? (Lines(task.Title.Length, inner) * Line) + ChipLine
            : Math.Max(Lines(task.Title.Length, inner - chip - (10 / Em)) * Line, ChipLine);

        // Meta: code · lead unit · 完成时限 MM-dd, wrapping between items (10 px apart) and inside a long name.
        double[] items = [(task.Code.Length * 0.6) + 0.3, task.LeadUnitName.Length + 1, 8.3];
        var meta = PackedLines(items, inner, 10 / Em);
        return (24 / Em) + head + (6 / Em) + ProgressHeight(inner) + (6 / Em) + (meta * Line);
    }

    private double NoticeCardHeight(NoticeRow notice, double inner)
    {
        var unit = Lines(notice.UnitName.Length, inner) * Line;
        var task = notice.TaskTitle is null ? 0 : (Lines(((notice.TaskCode?.Length ?? 0) * 0.6) + 2 + notice.TaskTitle.Length, inner) * Line) + (4 / Em);
        var meta = PackedLines([7.9, 5.5], inner, 10 / Em) * Line;
        var referred = notice.IsReferredToDiscipline ? (Lines(12, inner) * Line) + (10 / Em) : 0;
        return (20 / Em) + unit + task + (4 / Em) + meta + referred;
    }

    /// <summary>The bar (20 px track, 6 px above and below), 4 px, then "实际 x% · 序时 y%" on one line or two.</summary>
    private double ProgressHeight(double widthEm) => (36 / Em) + ((widthEm >= ProgressTextEm ? 1 : 2) * Line);

    private static int Lines(double lengthEm, double widthEm) =>
        Math.Max(1, (int)Math.Ceiling(lengthEm / Math.Max(1, Math.Floor(widthEm))));

    private static int PackedLines(IEnumerable<double> items, double widthEm, double gapEm)
    {
        var lines = 1;
        var used = 0d;
        foreach (var item in items)
        {
            if (item > widthEm)
            {
                lines += (used > 0 ? 1 : 0) + Lines(item, widthEm) - 1;
                used = widthEm;
                continue;
            }

            if (used > 0 && used + gapEm + item > widthEm)
            {
                lines++;
                used = 0;
            }

            used += (used > 0 ? gapEm : 0) + item;
        }

        return lines;
    }
}

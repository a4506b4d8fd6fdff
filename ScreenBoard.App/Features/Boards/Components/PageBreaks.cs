namespace ScreenBoard.App.Features.Boards.Components;

/// <summary>
/// Where each page of a list of rows starts (row indices, the first 0). A kiosk fills each page with as many rows
/// as fit its screen, so pages may differ in length (Kiosk/KioskLayout, docs/decisions/020-board-layouts.md).
/// </summary>
public sealed record PageBreaks(IReadOnlyList<int> Starts)
{
    /// <summary>Pages of one size over a number of rows (at least one page).</summary>
    public static PageBreaks Every(int pageSize, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var pages = Math.Max(1, (rows + pageSize - 1) / pageSize);
        return new PageBreaks(Enumerable.Range(0, pages).Select(p => (int)Math.Min((long)p * pageSize, int.MaxValue)).ToList());
    }

    /// <summary>
    /// Rows in order onto pages: each page takes rows while their heights (and the gaps between them) fit the room
    /// and it holds fewer than <paramref name="most"/>; a row taller than the room still gets a page of its own.
    /// </summary>
    public static PageBreaks Fill(IEnumerable<double> heights, double room, double gap, int most)
    {
        ArgumentNullException.ThrowIfNull(heights);
        var starts = new List<int> { 0 };
        var (index, onPage, used) = (0, 0, 0d);
        foreach (var height in heights)
        {
            var needed = used + (onPage > 0 ? gap : 0) + height;
            if (onPage > 0 && (onPage == most || needed > room))
            {
                starts.Add(index);
                (onPage, needed) = (0, height);
            }

            used = needed;
            onPage++;
            index++;
        }

        return new PageBreaks(starts);
    }

    public int Count => Starts.Count;

    /// <summary>The rows of one page (none past the last).</summary>
    public IEnumerable<T> Page<T>(IEnumerable<T> rows, int page)
    {
        if (page < 0 || page >= Count)
        {
            return [];
        }

        var start = Starts[page];
        return page + 1 < Count ? rows.Skip(start).Take(Starts[page + 1] - start) : rows.Skip(start);
    }
}

using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.Domain.Boards;

/// <summary>Units' scores across published quarters (季度趋势).</summary>
/// <param name="Quarters">Labels, oldest first (e.g. 2026Q1).</param>
/// <param name="Series">One per unit that has a score in some published quarter, the best of its latest quarter first.</param>
public sealed record TrendData(IReadOnlyList<string> Quarters, IReadOnlyList<TrendSeries> Series)
{
    public static readonly TrendData Empty = new([], []);

    /// <summary>The trend from the published snapshots' unit rows, named as the board names the units.</summary>
    /// <param name="published">Every unit's stored score in every published quarter.</param>
    /// <param name="board">Today's board: which units exist and their names.</param>
    public static TrendData From(IEnumerable<(QuarterId Quarter, int UnitId, decimal? Score, int? Rank)> published, Board board)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(board);
        var rows = published.ToList();
        if (rows.Count == 0)
        {
            return Empty;
        }

        var quarters = rows.Select(r => r.Quarter).Distinct().OrderBy(q => q.Year).ThenBy(q => q.Quarter).ToList();
        var byUnit = rows.ToLookup(r => r.UnitId);
        var series = board.Units
            .Where(u => byUnit[u.UnitId].Any(r => r.Score is not null))
            .Select(u => new TrendSeries(u.Name, quarters.Select(q => byUnit[u.UnitId].FirstOrDefault(r => r.Quarter == q).Score).ToList()))
            .OrderByDescending(s => s.Latest ?? 0m)
            .ThenBy(s => s.UnitName, StringComparer.Ordinal)
            .ToList();
        return new TrendData(quarters.Select(q => q.ToString()).ToList(), series);
    }
}

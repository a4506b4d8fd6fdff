namespace ScreenBoard.Domain.Scoring;

/// <summary>
/// The flag of each status. Configurable because colours mean different things in different
/// localities (in some, red is "good"); the defaults are docs/scoring.md §3's.
/// </summary>
public sealed class FlagLegend
{
    public static readonly IReadOnlyDictionary<ProgressStatus, FlagStyle> Defaults = new Dictionary<ProgressStatus, FlagStyle>
    {
        [ProgressStatus.NotStarted] = new("未开始", "Not started", "#9e9e9e", "hourglass_empty"),
        [ProgressStatus.CompletedOnTime] = new("按期完成", "Completed on time", "#d32f2f", "flag"),
        [ProgressStatus.CompletedLate] = new("逾期完成", "Completed late", "#757575", "flag"),
        [ProgressStatus.Overdue] = new("逾期", "Overdue", "#212121", "flag"),
        [ProgressStatus.Ahead] = new("超序时", "Ahead of schedule", "#2e7d32", "flag"),
        [ProgressStatus.Lagging] = new("滞后", "Lagging", "#f9a825", "flag"),
        [ProgressStatus.OnSchedule] = new("序时", "On schedule", "#1565c0", "flag"),
    };

    private readonly IReadOnlyDictionary<ProgressStatus, FlagStyle> _styles;

    public FlagLegend(IReadOnlyDictionary<ProgressStatus, FlagStyle>? overrides = null)
    {
        var styles = new Dictionary<ProgressStatus, FlagStyle>(Defaults);
        foreach (var (status, style) in overrides ?? new Dictionary<ProgressStatus, FlagStyle>())
        {
            styles[status] = style;
        }

        _styles = styles;
    }

    public FlagStyle this[ProgressStatus status] => _styles[status];
}

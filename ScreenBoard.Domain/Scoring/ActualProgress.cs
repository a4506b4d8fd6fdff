namespace ScreenBoard.Domain.Scoring;

/// <summary>实际进度 (docs/scoring.md §2): what the accepted reports say, 0..1.</summary>
public static class ActualProgress
{
    /// <summary>
    /// The percent of the latest accepted report dated on or before the date, over 100 (latest by
    /// report date, then by acceptance time). A later report may lower the number. None: 0.
    /// </summary>
    public static decimal On(DateOnly asOf, IEnumerable<AcceptedReport> reports) =>
        Latest(asOf, reports) is { } found ? found.Percent / 100m : 0m;

    /// <summary>The report <see cref="On"/> takes its percent from: the latest by report date, then by acceptance time
    /// (of equal ones, the last in <paramref name="reports"/>); null when none is dated on or before the date.</summary>
    public static AcceptedReport? Latest(DateOnly asOf, IEnumerable<AcceptedReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        AcceptedReport? latest = null;
        foreach (var report in reports)
        {
            if (report.Date > asOf)
            {
                continue;
            }

            if (latest is not { } best || report.Date > best.Date || (report.Date == best.Date && report.AcceptedAt >= best.AcceptedAt))
            {
                latest = report;
            }
        }

        return latest;
    }

    /// <summary>The date C of the earliest accepted 100 % report on or before the date, if any.</summary>
    public static DateOnly? CompletedOn(DateOnly asOf, IEnumerable<AcceptedReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        DateOnly? earliest = null;
        foreach (var report in reports)
        {
            if (report.Percent == 100 && report.Date <= asOf && (earliest is null || report.Date < earliest))
            {
                earliest = report.Date;
            }
        }

        return earliest;
    }
}

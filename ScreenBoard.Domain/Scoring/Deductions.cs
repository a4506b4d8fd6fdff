namespace ScreenBoard.Domain.Scoring;

/// <summary>Deductions from the escalation ladder (docs/scoring.md §5).</summary>
public static class Deductions
{
    /// <summary>
    /// Every step dated on or before the date, inside the list's year, costs its points:
    /// a notice that escalated counts each step it reached.
    /// </summary>
    public static decimal For(DateOnly asOf, int listYear, IEnumerable<LadderSteps> notices, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(rules);
        var total = 0m;
        foreach (var notice in notices)
        {
            total += Counts(notice.IssuedOn) ? rules.NoticePoints : 0m;
            total += notice.YellowWarningOn is { } yellow && Counts(yellow) ? rules.YellowWarningPoints : 0m;
            total += notice.RedCardOn is { } red && Counts(red) ? rules.RedCardPoints : 0m;
        }

        return total;

        bool Counts(DateOnly step) => step <= asOf && step.Year == listYear;
    }
}

using ScreenBoard.Domain.Escalation;

namespace ScreenBoard.Domain.Scoring;

/// <summary>
/// The dates of the steps one notice reached: what the deduction rule, the notice itself and every
/// screen read its step from, so "which step is it on a date" is answered in one place.
/// </summary>
public readonly record struct LadderSteps(DateOnly IssuedOn, DateOnly? YellowWarningOn, DateOnly? RedCardOn)
{
    /// <summary>The highest step reached.</summary>
    public LadderStep Step => RedCardOn is not null ? LadderStep.RedCard
        : YellowWarningOn is not null ? LadderStep.YellowWarning
        : LadderStep.RectificationNotice;

    /// <summary>The date of the highest step reached.</summary>
    public DateOnly StepDate => RedCardOn ?? YellowWarningOn ?? IssuedOn;

    /// <summary>The highest step reached on a date (null before the notice was issued).</summary>
    public LadderStep? StepOn(DateOnly date) => IssuedOn <= date ? On(date).Step : null;

    /// <summary>
    /// Whether a step reached by the date falls in the year: the notices that cost a list's units
    /// points on the date (docs/scoring.md §5), and so the ones its screens list.
    /// </summary>
    public bool CountsOn(DateOnly asOf, int listYear)
    {
        var reached = On(asOf);
        return IssuedOn <= asOf
            && (IssuedOn.Year == listYear || reached.YellowWarningOn?.Year == listYear || reached.RedCardOn?.Year == listYear);
    }

    /// <summary>The steps as they stood on a date: a step dated after it has not happened yet.</summary>
    public LadderSteps On(DateOnly date) =>
        new(IssuedOn, YellowWarningOn <= date ? YellowWarningOn : null, RedCardOn <= date ? RedCardOn : null);
}

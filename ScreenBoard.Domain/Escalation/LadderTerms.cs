namespace ScreenBoard.Domain.Escalation;

/// <summary>
/// How long a unit gets to fix a notice after each escalation (<c>Escalation:YellowFixDays</c>,
/// <c>Escalation:RedFixDays</c>), counted from the day the step is dated.
/// </summary>
public sealed record LadderTerms(int YellowFixDays = 10, int RedFixDays = 10)
{
    public static readonly LadderTerms Default = new();

    /// <summary>Days to fix after reaching <paramref name="step"/> (the 限期整改单's own deadline is set when issued).</summary>
    public int FixDaysAfter(LadderStep step) => step switch
    {
        LadderStep.YellowWarning => YellowFixDays,
        LadderStep.RedCard => RedFixDays,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Only the 黄色警告 and the 红牌 get a new fix deadline by the terms."),
    };
}

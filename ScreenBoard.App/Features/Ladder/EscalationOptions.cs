using System.ComponentModel.DataAnnotations;
using ScreenBoard.Domain.Escalation;

namespace ScreenBoard.App.Features.Ladder;

/// <summary>
/// The <c>Escalation</c> section: how many days a unit gets to fix a notice after each escalation,
/// counted from the day the step is dated. Validated at start-up.
/// </summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>Days to fix after a 黄色警告.</summary>
    [Range(1, 365)]
    public int YellowFixDays { get; set; } = LadderTerms.Default.YellowFixDays;

    /// <summary>Days to fix after a 红牌.</summary>
    [Range(1, 365)]
    public int RedFixDays { get; set; } = LadderTerms.Default.RedFixDays;

    public LadderTerms ToTerms() => new(YellowFixDays, RedFixDays);
}

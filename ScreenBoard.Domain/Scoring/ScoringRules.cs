namespace ScreenBoard.Domain.Scoring;

/// <summary>
/// The thresholds and points of docs/scoring.md, with its defaults. An office may change the values in
/// configuration (<c>Scoring</c> section); the rules that use them do not change.
/// </summary>
public sealed record ScoringRules
{
    public static readonly ScoringRules Default = new();

    /// <summary>A − X at or above this is Ahead (超序时).</summary>
    public decimal AheadMargin { get; init; } = 0.10m;

    /// <summary>X − A above this is Lagging (滞后); exactly this much behind is not.</summary>
    public decimal LagTolerance { get; init; } = 0.05m;

    /// <summary>Points of a task completed after its deadline.</summary>
    public decimal LateCompletionPoints { get; init; } = 80m;

    /// <summary>Deduction for a 限期整改单.</summary>
    public decimal NoticePoints { get; init; } = 1m;

    /// <summary>Deduction for a 黄色警告.</summary>
    public decimal YellowWarningPoints { get; init; } = 3m;

    /// <summary>Deduction for a 红牌.</summary>
    public decimal RedCardPoints { get; init; } = 5m;
}

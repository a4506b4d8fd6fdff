using System.ComponentModel.DataAnnotations;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Options;

/// <summary>
/// The <c>Scoring</c> section: the thresholds and points of docs/scoring.md, the office's time zone and
/// the flag legend. Validated at start-up; a bad value stops the app with a message naming the key.
/// </summary>
public sealed class ScoringOptions
{
    public const string Section = "Scoring";

    [Range(typeof(decimal), "0", "1")]
    public decimal AheadMargin { get; set; } = ScoringRules.Default.AheadMargin;

    [Range(typeof(decimal), "0", "1")]
    public decimal LagTolerance { get; set; } = ScoringRules.Default.LagTolerance;

    [Range(typeof(decimal), "0", "100")]
    public decimal LateCompletionPoints { get; set; } = ScoringRules.Default.LateCompletionPoints;

    [Range(typeof(decimal), "0", "100")]
    public decimal NoticePoints { get; set; } = ScoringRules.Default.NoticePoints;

    [Range(typeof(decimal), "0", "100")]
    public decimal YellowWarningPoints { get; set; } = ScoringRules.Default.YellowWarningPoints;

    [Range(typeof(decimal), "0", "100")]
    public decimal RedCardPoints { get; set; } = ScoringRules.Default.RedCardPoints;

    /// <summary>IANA or Windows id of the office's time zone; "today" is a date there.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Per status name (e.g. "Lagging"): the flag's label, colour and icon. Missing statuses keep the default.</summary>
    public Dictionary<string, FlagOptions> Flags { get; set; } = [];

    public ScoringRules ToRules() => new()
    {
        AheadMargin = AheadMargin,
        LagTolerance = LagTolerance,
        LateCompletionPoints = LateCompletionPoints,
        NoticePoints = NoticePoints,
        YellowWarningPoints = YellowWarningPoints,
        RedCardPoints = RedCardPoints,
    };

    public FlagLegend ToLegend() => new(Flags.ToDictionary(
        f => Enum.Parse<ProgressStatus>(f.Key),
        f => new FlagStyle(f.Value.LabelZh, f.Value.LabelEn, f.Value.Color, f.Value.Icon)));
}

/// <summary>One status's flag in the legend.</summary>
public sealed class FlagOptions
{
    [Required]
    public string LabelZh { get; set; } = string.Empty;

    [Required]
    public string LabelEn { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "The field Color must be a colour like #1565c0.")]
    public string Color { get; set; } = string.Empty;

    [Required]
    public string Icon { get; set; } = "flag";
}

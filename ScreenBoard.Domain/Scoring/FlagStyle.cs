namespace ScreenBoard.Domain.Scoring;

/// <summary>How one status's flag (挂旗) looks: always a label and an icon, never colour alone.</summary>
/// <param name="LabelZh">Label in Chinese, e.g. 按期完成.</param>
/// <param name="LabelEn">Label in English.</param>
/// <param name="Color">A CSS colour.</param>
/// <param name="Icon">A Material icon name (e.g. "flag", "schedule").</param>
public sealed record FlagStyle(string LabelZh, string LabelEn, string Color, string Icon);

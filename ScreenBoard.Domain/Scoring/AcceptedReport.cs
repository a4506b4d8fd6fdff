namespace ScreenBoard.Domain.Scoring;

/// <summary>An accepted progress report as the rules see it. Only accepted reports count.</summary>
/// <param name="Date">The report's date.</param>
/// <param name="Percent">0–100.</param>
/// <param name="AcceptedAt">Breaks ties between reports of the same date: the one accepted last wins.</param>
public readonly record struct AcceptedReport(DateOnly Date, int Percent, DateTimeOffset AcceptedAt);

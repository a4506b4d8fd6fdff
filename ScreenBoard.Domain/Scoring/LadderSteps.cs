namespace ScreenBoard.Domain.Scoring;

/// <summary>The dates of the steps one notice reached, as the deduction rule sees them.</summary>
public readonly record struct LadderSteps(DateOnly IssuedOn, DateOnly? YellowWarningOn, DateOnly? RedCardOn);

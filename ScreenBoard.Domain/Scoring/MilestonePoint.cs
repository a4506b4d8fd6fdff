namespace ScreenBoard.Domain.Scoring;

/// <summary>A milestone as the rules see it: its due date and its own (not cumulative) share.</summary>
public readonly record struct MilestonePoint(DateOnly Due, decimal Share);

namespace ScreenBoard.Domain.Tasks;

/// <summary>
/// The record of a task's source beyond its kind: a leader's instruction (批示件: its text, the leader, the date),
/// a 12345 hotline ticket (its number) or an inspection finding (what was found, when). All parts optional.
/// </summary>
/// <param name="Reference">The document or ticket number (文号 / 工单号), at most 64 characters.</param>
/// <param name="Leader">The leader who gave the instruction, at most 100 characters.</param>
/// <param name="Date">The date of the instruction, ticket or finding.</param>
/// <param name="Text">The instruction's text or the finding, at most 2,000 characters.</param>
public sealed record TaskOrigin(string? Reference, string? Leader, DateOnly? Date, string? Text);

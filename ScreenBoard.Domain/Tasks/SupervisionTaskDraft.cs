using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Tasks;

/// <summary>What it takes to put a new task on the list.</summary>
/// <param name="Start">Null: 1 January of the list's year.</param>
/// <param name="Origin">Where a task that is not on the annual list came from (批示件, 12345 ticket, inspection finding).</param>
public sealed record SupervisionTaskDraft(
    string Code,
    string Title,
    string? Goal,
    TaskCategory Category,
    TaskSource Source,
    Unit LeadUnit,
    Unit? SupervisingUnit,
    string? ResponsibleLeader,
    DateOnly? Start,
    DateOnly Deadline,
    decimal Weight = 1m,
    TaskOrigin? Origin = null);

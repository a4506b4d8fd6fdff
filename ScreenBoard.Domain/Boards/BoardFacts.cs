using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Boards;

/// <summary>Everything the scoring rules need on one date, as read from the database.</summary>
/// <param name="AsOf">E.</param>
/// <param name="ListId">The list of E's year.</param>
/// <param name="ListYear">Its year.</param>
/// <param name="ListTitle">Its title.</param>
/// <param name="Units">All units.</param>
/// <param name="Tasks">The list's tasks, each with A and C already read.</param>
/// <param name="Notices">The ladder steps of each unit's notices.</param>
public sealed record BoardFacts(
    DateOnly AsOf,
    int ListId,
    int ListYear,
    string ListTitle,
    IReadOnlyList<UnitFacts> Units,
    IReadOnlyList<TaskFacts> Tasks,
    IReadOnlyList<NoticeFacts> Notices);

public sealed record UnitFacts(int Id, string Code, string Name, UnitKind Kind);

/// <param name="LatestPercent">Percent of the latest accepted report dated on or before E; null when none.</param>
/// <param name="CompletedOn">C: the earliest accepted 100 % report dated on or before E.</param>
public sealed record TaskFacts(
    int Id,
    string Code,
    string Title,
    TaskCategory Category,
    TaskSource Source,
    int LeadUnitId,
    decimal Weight,
    bool IsClosedOut,
    TaskSchedule Schedule,
    int? LatestPercent,
    DateOnly? CompletedOn);

public sealed record NoticeFacts(int UnitId, LadderSteps Steps);

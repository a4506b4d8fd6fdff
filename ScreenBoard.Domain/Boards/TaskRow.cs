using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Domain.Boards;

/// <summary>One task as every board, the API and the snapshot show it.</summary>
/// <param name="Expected">X, 0..1.</param>
/// <param name="Actual">A, 0..1.</param>
/// <param name="Points">P, 0..100; null when not scored.</param>
public sealed record TaskRow(
    int TaskId,
    string Code,
    string Title,
    TaskCategory Category,
    TaskSource Source,
    int LeadUnitId,
    string LeadUnitName,
    DateOnly Start,
    DateOnly Deadline,
    decimal Weight,
    bool IsClosedOut,
    decimal Expected,
    decimal Actual,
    ProgressStatus Status,
    decimal? Points);

using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Boards;

/// <summary>One unit's score and rank as every board, the API and the snapshot show it.</summary>
/// <param name="Base">B; null when the unit has no scored task.</param>
/// <param name="Score">After deductions, rounded; null ("—") when the unit has no scored task.</param>
/// <param name="Rank">1 is best; equal scores share a rank; null when not ranked.</param>
/// <param name="Expected">Weighted mean X over the scored tasks it leads (the 序时 mark on its bar).</param>
/// <param name="Actual">Weighted mean A over the same tasks.</param>
/// <param name="FlagCounts">How many of the tasks it leads carry each flag.</param>
/// <param name="ScheduleStatus">Its A against its X by the configured margins: Ahead, Lagging or OnSchedule (its bar's colour).</param>
public sealed record UnitRow(
    int UnitId,
    string Code,
    string Name,
    UnitKind Kind,
    decimal? Base,
    decimal Deductions,
    decimal? Score,
    int? Rank,
    decimal Expected,
    decimal Actual,
    IReadOnlyDictionary<ProgressStatus, int> FlagCounts,
    ProgressStatus ScheduleStatus)
{
    public int LedTasks => FlagCounts.Values.Sum();
}

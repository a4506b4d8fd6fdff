using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Boards;

/// <summary>The read API's JSON shapes. Progress (X, A) to 4 decimals, points to 2; enums by name.</summary>
public sealed record UnitScoreDto(
    int? Rank, string UnitCode, string UnitName, string Kind, decimal? Score, decimal? Base, decimal Deductions,
    decimal Expected, decimal Actual, IReadOnlyDictionary<ProgressStatus, int> Flags)
{
    public static UnitScoreDto From(UnitRow row) => new(
        row.Rank, row.Code, row.Name, row.Kind.ToString(), row.Score, Round(row.Base, 2), row.Deductions,
        Math.Round(row.Expected, 4), Math.Round(row.Actual, 4), row.FlagCounts);

    internal static decimal? Round(decimal? value, int decimals) => value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}

public sealed record TaskDto(
    string Code, string Title, string Category, string Source, string LeadUnitCode, string LeadUnitName,
    DateOnly Start, DateOnly Deadline, decimal Weight, decimal Expected, decimal Actual, ProgressStatus Status,
    string Flag, decimal? Points, bool ClosedOut);

public sealed record ScoresResponse(DateOnly AsOf, int ListYear, string ListTitle, IReadOnlyList<UnitScoreDto> Units);

public sealed record TasksResponse(DateOnly AsOf, int Count, IReadOnlyList<TaskDto> Tasks);

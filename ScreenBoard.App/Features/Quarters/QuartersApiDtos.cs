using ScreenBoard.App.Features.Boards;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>The quarters API's JSON shapes.</summary>
public sealed record QuarterDto(string Quarter, DateOnly EvaluationDate, DateTimeOffset ComputedAt, bool Published, DateTimeOffset? PublishedAt, string? PublishedBy)
{
    public static QuarterDto From(QuarterSnapshot s) => new(s.QuarterId.ToString(), s.EvaluationDate, s.ComputedAt, s.IsPublished, s.PublishedAt, s.PublishedBy);
}

public sealed record QuarterUnitDto(int? Rank, string UnitCode, decimal? Score, decimal? Base, decimal Deductions);

public sealed record QuarterTaskDto(string Code, DateOnly Start, DateOnly Deadline, decimal Expected, decimal Actual, ProgressStatus Status, string Flag, decimal? Points);

public sealed record QuarterScoresResponse(QuarterDto Quarter, string RuleParameters, IReadOnlyList<QuarterUnitDto> Units, IReadOnlyList<QuarterTaskDto> Tasks);

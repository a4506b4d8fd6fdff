using ScreenBoard.App.Features.Boards;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>The quarters API's JSON shapes. <c>Version</c> is 0 for a draft, else the published version.</summary>
public sealed record QuarterDto(string Quarter, int Version, DateOnly EvaluationDate, DateTimeOffset ComputedAt, bool Published, DateTimeOffset? PublishedAt, string? PublishedBy, string? Reason)
{
    public static QuarterDto From(QuarterSnapshot s) => new(s.QuarterId.ToString(), s.PublishedVersion, s.EvaluationDate, s.ComputedAt, s.IsPublished, s.PublishedAt, s.PublishedBy, s.Reason);
}

/// <summary>One publication of a quarter; <c>Reason</c> is null for version 1.</summary>
public sealed record QuarterVersionDto(int Version, DateTimeOffset PublishedAt, string PublishedBy, string? Reason);

public sealed record QuarterUnitDto(int? Rank, string UnitCode, decimal? Score, decimal? Base, decimal Deductions)
{
    /// <summary>A snapshot's units as the scores API and the appraisal workbook give them: ranked first, then by code.</summary>
    public static IReadOnlyList<QuarterUnitDto> Ranked(IEnumerable<UnitSnapshotRow> rows) =>
        rows.OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .Select(r => new QuarterUnitDto(r.Rank, r.UnitCode, r.Score, UnitScoreDto.Round(r.BaseScore, 2), r.Deductions)).ToList();
}

public sealed record QuarterTaskDto(string Code, DateOnly Start, DateOnly Deadline, decimal Expected, decimal Actual, ProgressStatus Status, string Flag, decimal? Points);

public sealed record QuarterScoresResponse(QuarterDto Quarter, string RuleParameters, IReadOnlyList<QuarterUnitDto> Units, IReadOnlyList<QuarterTaskDto> Tasks);

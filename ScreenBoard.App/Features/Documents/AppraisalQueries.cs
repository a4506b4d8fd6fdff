using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Documents;

/// <summary>
/// The appraisal workbook's figures: a stored snapshot read through <see cref="SnapshotStore"/> and mapped
/// by <see cref="QuarterUnitDto.Ranked"/>, exactly as the scores API does, so the file and the JSON cannot
/// differ; with the units' names, their tasks per status and each ladder step behind the deductions.
/// </summary>
public sealed class AppraisalQueries(IDbContextFactory<ScreenBoardDbContext> contextFactory, SnapshotStore store, NoticeNumberCommands numbering, ScoringRules rules)
{
    /// <summary>A quarter's published version <paramref name="version"/>, or its newest (a draft when never published); null when there is none.</summary>
    public async Task<QuarterAppraisal?> QuarterAsync(QuarterId quarter, int? version, CancellationToken cancellationToken = default)
    {
        var snapshot = await store.FindAsync(quarter, version, cancellationToken);
        return snapshot is null ? null : await AppraiseAsync(snapshot, cancellationToken);
    }

    /// <summary>Every published quarter of the year at its newest version; drafts are left out.</summary>
    public async Task<YearAppraisal> YearAsync(int year, CancellationToken cancellationToken = default)
    {
        var quarters = new List<QuarterAppraisal>();
        for (var q = 1; q <= 4; q++)
        {
            if (await store.FindAsync(new QuarterId(year, q), null, cancellationToken) is { IsPublished: true } snapshot)
            {
                quarters.Add(await AppraiseAsync(snapshot, cancellationToken));
            }
        }

        return new YearAppraisal(year, quarters);
    }

    private async Task<QuarterAppraisal> AppraiseAsync(QuarterSnapshot snapshot, CancellationToken cancellationToken)
    {
        await numbering.NumberAllAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var numbers = (await db.NoticeNumbers.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(n => (n.NoticeId, n.Step), n => n.Text);
        var notices = await db.Notices.AsNoTracking().Include(n => n.Task).ToListAsync(cancellationToken);
        var points = RulesOf(snapshot);
        var evaluation = snapshot.EvaluationDate;
        var steps = notices
            .SelectMany(n => NoticeNumbering.StepsOf(n, Domain.Escalation.LadderTerms.Default)
                .Where(s => s.On <= evaluation && s.On.Year == snapshot.Year)
                .Select(s => new AppraisalStep(n.Id, n.UnitId, numbers.GetValueOrDefault((n.Id, s.Step), string.Empty), s.Step, s.On, n.Task?.Code, n.Task?.Title, n.Reason, PointsOf(s.Step, points))))
            .OrderBy(s => s.On).ThenBy(s => s.Step).ThenBy(s => s.NoticeId)
            .ToLookup(s => s.UnitId);
        var statuses = snapshot.TaskRows.ToLookup(t => t.LeadUnitId);
        var ids = snapshot.UnitRows.ToDictionary(r => r.UnitCode, r => r.UnitId, StringComparer.Ordinal);
        var appraised = QuarterUnitDto.Ranked(snapshot.UnitRows).Select(dto =>
        {
            var id = ids[dto.UnitCode];
            var unit = units.GetValueOrDefault(id);
            var counts = Enum.GetValues<ProgressStatus>().ToDictionary(s => s, s => statuses[id].Count(t => t.Status == s));
            return new AppraisalUnit(dto, id, unit?.Name ?? dto.UnitCode, unit?.Kind ?? Domain.Units.UnitKind.Department, counts, steps[id].ToList());
        }).ToList();
        return new QuarterAppraisal(QuarterDto.From(snapshot), appraised);
    }

    /// <summary>The points the snapshot was computed with (its stored parameters), else today's.</summary>
    private ScoringRules RulesOf(QuarterSnapshot snapshot)
    {
        try
        {
            return JsonSerializer.Deserialize<ScoringRules>(snapshot.RuleParameters) ?? rules;
        }
        catch (JsonException)
        {
            return rules;
        }
    }

    private static decimal PointsOf(LadderStep step, ScoringRules rules) => step switch
    {
        LadderStep.YellowWarning => rules.YellowWarningPoints,
        LadderStep.RedCard => rules.RedCardPoints,
        _ => rules.NoticePoints,
    };
}

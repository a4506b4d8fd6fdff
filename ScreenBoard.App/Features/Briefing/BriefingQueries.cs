using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Briefing;

/// <summary>Whether a viewer gets a quarter's briefing.</summary>
public enum BriefingAvailability
{
    /// <summary>The deck is there.</summary>
    Found = 0,

    /// <summary>The quarter (or the asked version) has no snapshot.</summary>
    NoSnapshot = 1,

    /// <summary>The quarter has only a draft, and the viewer is not the office: 尚未发布.</summary>
    NotPublished = 2,
}

/// <summary>A briefing asked for: the deck when found.</summary>
public sealed record BriefingLookup(BriefingAvailability Availability, BriefingDeck? Deck);

/// <summary>
/// Reads a quarter's snapshot and what the slides name (titles, units, leaders, completion dates,
/// notices, last quarter's ranks) and builds the one <see cref="BriefingDeck"/> the page and the .pptx show.
/// Published versions for everybody allowed to read; the draft for the office only.
/// </summary>
public sealed class BriefingQueries(
    IDbContextFactory<ScreenBoardDbContext> contextFactory, SnapshotStore store, FlagLegend legend, IStringLocalizer<SharedResource> text)
{
    /// <summary>Only the office sees a quarter before it is published.</summary>
    public static bool MaySeeDrafts(ActorRole viewer) => viewer == ActorRole.Office;

    /// <summary>The deck of a quarter: published <paramref name="version"/>, or the newest (a draft only for the office).</summary>
    public async Task<BriefingLookup> FindAsync(QuarterId quarter, int? version, ActorRole viewer, CancellationToken cancellationToken = default)
    {
        var snapshot = await store.FindAsync(quarter, version, cancellationToken);
        if (snapshot is null)
        {
            return new(BriefingAvailability.NoSnapshot, null);
        }

        if (!snapshot.IsPublished && !MaySeeDrafts(viewer))
        {
            return new(BriefingAvailability.NotPublished, null);
        }

        var facts = await FactsAsync(snapshot, cancellationToken);
        return new(BriefingAvailability.Found, BriefingDeckBuilder.Build(facts, legend, text));
    }

    /// <summary>The newest quarter the viewer may open (published, or any for the office); null when none.</summary>
    public async Task<QuarterId?> NewestAsync(ActorRole viewer, CancellationToken cancellationToken = default)
    {
        var quarters = await store.ListAsync(cancellationToken);
        return quarters.FirstOrDefault(q => q.IsPublished || MaySeeDrafts(viewer))?.QuarterId;
    }

    private async Task<BriefingFacts> FactsAsync(QuarterSnapshot snapshot, CancellationToken cancellationToken)
    {
        var quarter = snapshot.QuarterId;
        var end = quarter.LastDay;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var listTitle = await db.Lists.AsNoTracking().Where(l => l.Id == snapshot.ListId).Select(l => l.Title).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        var taskIds = snapshot.TaskRows.Select(r => r.TaskId).ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, t.Category, t.ResponsibleLeader })
            .ToDictionaryAsync(t => t.Id, t => new BriefingTaskFacts(t.Title, t.Category, t.ResponsibleLeader), cancellationToken);
        var unitNames = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        // C (docs/scoring.md §2): the earliest accepted 100 % report dated on or before the evaluation date.
        var completions = await db.Reports.AsNoTracking()
            .Where(r => taskIds.Contains(r.TaskId) && r.State == ReportState.Accepted && r.Percent == 100 && r.ReportDate <= end)
            .Select(r => new { r.TaskId, r.ReportDate })
            .ToListAsync(cancellationToken);
        var completedOn = completions.GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g => g.Min(r => r.ReportDate));

        var notices = await db.Notices.AsNoTracking()
            .Where(n => n.IssuedOn <= end && (n.IssuedOn >= quarter.FirstDay
                || (n.YellowWarningOn >= quarter.FirstDay && n.YellowWarningOn <= end)
                || (n.RedCardOn >= quarter.FirstDay && n.RedCardOn <= end)))
            .Select(n => new { UnitName = n.Unit!.Name, TaskTitle = n.Task == null ? null : n.Task.Title, n.Reason, n.IssuedOn, n.YellowWarningOn, n.RedCardOn, n.FixDeadline, n.ResolvedOn })
            .ToListAsync(cancellationToken);

        return new BriefingFacts(
            snapshot,
            listTitle,
            tasks,
            unitNames,
            completedOn,
            await PreviousRanksAsync(quarter, cancellationToken),
            notices.Select(n => new BriefingNoticeFacts(n.UnitName, n.TaskTitle, n.Reason, new LadderSteps(n.IssuedOn, n.YellowWarningOn, n.RedCardOn), n.FixDeadline, n.ResolvedOn)).ToList());
    }

    /// <summary>Ranks in the newest published version of the nearest earlier published quarter; null when there is none.</summary>
    private async Task<IReadOnlyDictionary<int, int?>?> PreviousRanksAsync(QuarterId quarter, CancellationToken cancellationToken)
    {
        var published = await store.PublishedUnitScoresAsync(cancellationToken);
        var earlier = published.Where(r => (r.Quarter.Year, r.Quarter.Quarter).CompareTo((quarter.Year, quarter.Quarter)) < 0).ToList();
        if (earlier.Count == 0)
        {
            return null;
        }

        var previous = earlier.Max(r => (r.Quarter.Year, r.Quarter.Quarter));
        return earlier.Where(r => (r.Quarter.Year, r.Quarter.Quarter) == previous).ToDictionary(r => r.UnitId, r => r.Rank);
    }
}

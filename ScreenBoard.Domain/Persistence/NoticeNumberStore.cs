using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Escalation;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Gives 文号 inside the caller's write (its IMMEDIATE transaction, so two writers never take the same number;
/// the unique index (year, kind, number) stops them if they ever did). Numbers once stored never change
/// (docs/decisions/018).
/// </summary>
public static class NoticeNumberStore
{
    /// <summary>Numbers the steps of <paramref name="notices"/> (saved: they have ids) that have no number yet.</summary>
    /// <returns>The numbers added to <paramref name="db"/>; the caller saves.</returns>
    public static async Task<IReadOnlyList<NoticeNumber>> NumberAsync(
        ScreenBoardDbContext db, IReadOnlyCollection<RectificationNotice> notices, LadderTerms terms, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notices);
        var ids = notices.Select(n => n.Id).ToList();
        var numbered = (await db.NoticeNumbers.AsNoTracking().Where(n => ids.Contains(n.NoticeId)).Select(n => new { n.NoticeId, n.Step }).ToListAsync(cancellationToken))
            .Select(n => (n.NoticeId, n.Step)).ToHashSet();
        var steps = notices.SelectMany(n => NoticeNumbering.StepsOf(n, terms)).Where(s => !numbered.Contains((s.NoticeId, s.Step))).ToList();
        if (steps.Count == 0)
        {
            return [];
        }

        var years = steps.Select(s => s.On.Year).Distinct().ToList();
        var highest = (await db.NoticeNumbers.AsNoTracking().Where(n => years.Contains(n.Year))
                .GroupBy(n => new { n.Year, n.Step }).Select(g => new { g.Key.Year, g.Key.Step, Highest = g.Max(n => n.Number) }).ToListAsync(cancellationToken))
            .ToDictionary(g => (g.Year, g.Step), g => g.Highest);
        var numbers = NoticeNumbering.Assign(steps, highest, at);
        db.NoticeNumbers.AddRange(numbers);
        return numbers;
    }

    /// <summary>How many steps have no number yet (read without a lock: a hint whether a numbering write is needed).</summary>
    public static async Task<int> UnnumberedAsync(ScreenBoardDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var steps = await db.Notices.CountAsync(cancellationToken)
            + await db.Notices.CountAsync(n => n.YellowWarningOn != null, cancellationToken)
            + await db.Notices.CountAsync(n => n.RedCardOn != null, cancellationToken);
        return steps - await db.NoticeNumbers.CountAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Documents;

/// <summary>What a notice's document prints: the step, its stored 文号 and deadline, unit, task and problem.</summary>
public sealed class NoticeDocumentQueries(IDbContextFactory<ScreenBoardDbContext> contextFactory, NoticeNumberCommands numbering)
{
    /// <summary>
    /// The document of step <paramref name="step"/> of a notice (null: its highest step), numbered first if it
    /// had no 文号 yet; null when the notice does not exist or has not reached the step.
    /// </summary>
    public async Task<NoticeDocument?> FindAsync(int noticeId, LadderStep? step = null, CancellationToken cancellationToken = default)
    {
        await numbering.NumberAllAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notice = await db.Notices.AsNoTracking().Include(n => n.Unit).Include(n => n.Task)
            .SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null)
        {
            return null;
        }

        var numbers = await db.NoticeNumbers.AsNoTracking().Where(n => n.NoticeId == noticeId).OrderBy(n => n.Step).ToListAsync(cancellationToken);
        var wanted = step ?? notice.Step;
        var own = numbers.SingleOrDefault(n => n.Step == wanted);
        if (own is null)
        {
            return null;
        }

        return new NoticeDocument(
            notice.Id, wanted, own.Text, StepDate(notice, wanted), own.FixDeadline, notice.Unit!.Name, notice.Task?.Code, notice.Task?.Title, notice.Reason,
            numbers.Where(n => n.Step < wanted).Select(n => (n.Step, n.Text, StepDate(notice, n.Step))).ToList());
    }

    private static DateOnly StepDate(RectificationNotice notice, LadderStep step) => step switch
    {
        LadderStep.YellowWarning => notice.YellowWarningOn!.Value,
        LadderStep.RedCard => notice.RedCardOn!.Value,
        _ => notice.IssuedOn,
    };
}

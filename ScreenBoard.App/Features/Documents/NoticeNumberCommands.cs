using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Ladder;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Documents;

/// <summary>
/// Gives a 文号 to every notice step that has none (steps taken before numbering existed, or written by the
/// list loader): at start-up and before a document is made. Steps the ladder takes are numbered in the
/// ladder's own write. A number once given never changes (docs/decisions/018).
/// </summary>
public sealed class NoticeNumberCommands(IDbContextFactory<ScreenBoardDbContext> contextFactory, WriteRunner writes, IOptions<EscalationOptions> escalation)
{
    /// <summary>The actor the audit trail names for numbering.</summary>
    public static readonly Actor Actor = Actor.System("documents:numbering");

    /// <returns>How many numbers were given (0 when every step had one).</returns>
    public async Task<int> NumberAllAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await NoticeNumberStore.UnnumberedAsync(db, cancellationToken) <= 0)
            {
                return 0;
            }
        }

        var (result, count) = await writes.RunAsync(Actor, async scope =>
        {
            var notices = await scope.Db.Notices.AsNoTracking().ToListAsync(cancellationToken);
            var numbers = await NoticeNumberStore.NumberAsync(scope.Db, notices, escalation.Value.ToTerms(), scope.Now, cancellationToken);
            foreach (var number in numbers)
            {
                scope.Audit("NumberNotice", nameof(RectificationNotice), number.NoticeId.ToString(CultureInfo.InvariantCulture), null, new { step = number.Step.ToString(), number = number.Text, number.FixDeadline });
            }

            return numbers.Count;
        }, serialized: true, cancellationToken);
        return result.Succeeded ? count : throw new InvalidOperationException($"Numbering notices failed: {result.Error} {result.MessageKey}");
    }
}

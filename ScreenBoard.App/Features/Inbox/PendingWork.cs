using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Inbox;

/// <summary>
/// 待我处理: how much waits for a person, the sum of every registered <see cref="IPendingWorkSource"/>
/// (each a cheap COUNT), and where they handle it.
/// </summary>
public sealed class PendingWork(IEnumerable<IPendingWorkSource> sources)
{
    /// <summary>Every source's count for <paramref name="actor"/>, added up; 0 for anyone without an inbox.</summary>
    public async Task<int> CountAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (InboxOf(actor) is null)
        {
            return 0;
        }

        var total = 0;
        foreach (var source in sources)
        {
            total += await source.CountAsync(actor, cancellationToken);
        }

        return total;
    }

    /// <summary>The page where <paramref name="actor"/> handles what waits: the report inbox, a unit's tasks; null for everyone else.</summary>
    public static string? InboxOf(Actor actor) => actor?.Role switch
    {
        ActorRole.Office or ActorRole.Reviewer => "reports",
        ActorRole.Reporter => "my-tasks",
        _ => null,
    };
}

using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Inbox;

/// <summary>
/// One kind of work that waits for a person (待我处理): reports to review or accept, returned reports to
/// resubmit, 催办 items, extension requests to decide. Each feature registers its own source
/// (<c>services.AddScoped&lt;IPendingWorkSource, …&gt;()</c>); the count on every page is their sum.
/// </summary>
public interface IPendingWorkSource
{
    /// <summary>How many items of this kind wait for <paramref name="actor"/>; 0 when none are theirs to handle.</summary>
    Task<int> CountAsync(Actor actor, CancellationToken cancellationToken = default);
}

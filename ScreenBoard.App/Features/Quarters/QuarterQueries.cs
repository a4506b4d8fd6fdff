using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>What the office's quarters page reads, so the page never reaches into persistence.</summary>
public sealed class QuarterQueries(SnapshotStore store)
{
    /// <summary>Every quarter's snapshot header, newest first.</summary>
    public Task<IReadOnlyList<QuarterSnapshot>> ListAsync(CancellationToken cancellationToken = default) =>
        store.ListAsync(cancellationToken);
}

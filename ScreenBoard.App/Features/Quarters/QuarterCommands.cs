using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>Computing and publishing quarterly snapshots; used by the job and by the office's page.</summary>
public sealed class QuarterCommands(BoardQueries queries, SnapshotStore store, FlagLegend legend, IBoardNotifier notifier)
{
    /// <summary>
    /// Computes the quarter's snapshot on its last day. A draft is replaced; a published snapshot is
    /// left alone unless <paramref name="republish"/> (the office's explicit republish).
    /// </summary>
    public async Task<SnapshotOutcome> ComputeAsync(QuarterId quarter, string actor, bool republish, CancellationToken cancellationToken = default)
    {
        quarter.Validate();
        var board = await queries.ForAsync(quarter.LastDay, cancellationToken);
        var outcome = await store.WriteAsync(quarter, board, queries.Rules, legend, actor, republish, cancellationToken);
        if (outcome is SnapshotOutcome.Created or SnapshotOutcome.Replaced or SnapshotOutcome.Republished)
        {
            notifier.Publish(BoardChange.ForQuarter(quarter));
        }

        return outcome;
    }

    /// <summary>Publishes the quarter's snapshot. False when it has none.</summary>
    public async Task<bool> PublishAsync(QuarterId quarter, string actor, CancellationToken cancellationToken = default)
    {
        var published = await store.PublishAsync(quarter, actor, cancellationToken);
        if (published)
        {
            notifier.Publish(BoardChange.ForQuarter(quarter));
        }

        return published;
    }
}

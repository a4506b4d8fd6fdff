using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>Computing and publishing quarterly snapshots; used by the job and by the office's page.</summary>
/// <remarks>Only the office (or the application: job, first start) may compute or publish; anyone else is refused with
/// a <see cref="WriteRefusedException"/> carrying <see cref="CommandResult.Forbidden"/>, before anything is read or written.</remarks>
public sealed class QuarterCommands(BoardQueries queries, SnapshotStore store, FlagLegend legend, IBoardNotifier notifier)
{
    /// <summary>
    /// Computes the quarter's snapshot on its last day. A draft is replaced; a published snapshot is
    /// left alone unless <paramref name="republish"/> (the office's explicit republish).
    /// </summary>
    public async Task<SnapshotOutcome> ComputeAsync(QuarterId quarter, Actor actor, bool republish, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        WriteScope.Require(actor.IsOffice);
        quarter.Validate();
        var board = await queries.ForAsync(quarter.LastDay, cancellationToken);
        var outcome = await store.WriteAsync(quarter, board, queries.Rules, legend, actor.Name, republish, cancellationToken);
        if (outcome is SnapshotOutcome.Created or SnapshotOutcome.Replaced or SnapshotOutcome.Republished)
        {
            notifier.Publish(BoardChange.ForQuarter(quarter));
        }

        return outcome;
    }

    /// <summary>Publishes the quarter's snapshot. False when it has none.</summary>
    public async Task<bool> PublishAsync(QuarterId quarter, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        WriteScope.Require(actor.IsOffice);
        var published = await store.PublishAsync(quarter, actor.Name, cancellationToken);
        if (published)
        {
            notifier.Publish(BoardChange.ForQuarter(quarter));
        }

        return published;
    }
}

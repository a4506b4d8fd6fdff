using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>Computing, publishing and republishing quarterly snapshots; used by the job and by the office's page.</summary>
public sealed class QuarterCommands(BoardQueries queries, SnapshotStore store, FlagLegend legend, IBoardNotifier notifier)
{
    /// <summary>
    /// Computes the quarter's draft on its last day, replacing the draft there is. A published quarter
    /// is left alone: only <see cref="RepublishAsync"/> adds a version to it.
    /// </summary>
    public async Task<SnapshotOutcome> ComputeAsync(QuarterId quarter, string actor, CancellationToken cancellationToken = default)
    {
        quarter.Validate();
        var board = await queries.ForAsync(quarter.LastDay, cancellationToken);
        var outcome = await store.WriteAsync(quarter, board, queries.Rules, legend, actor, cancellationToken);
        if (outcome is SnapshotOutcome.Created or SnapshotOutcome.Replaced)
        {
            notifier.Publish(new BoardChange(BoardChangeKind.Snapshot));
        }

        return outcome;
    }

    /// <summary>Publishes the quarter's draft as version 1. False when it has no draft.</summary>
    public async Task<bool> PublishAsync(QuarterId quarter, string actor, CancellationToken cancellationToken = default)
    {
        var published = await store.PublishAsync(quarter, actor, cancellationToken);
        if (published)
        {
            notifier.Publish(new BoardChange(BoardChangeKind.Snapshot));
        }

        return published;
    }

    /// <summary>
    /// The dry run of republishing: recomputes the quarter without writing and lists the units whose
    /// score or rank would move against its newest published version. Null when the quarter has never
    /// been published (its draft is simply recomputed).
    /// </summary>
    public async Task<RepublishPreview?> PreviewRepublishAsync(QuarterId quarter, CancellationToken cancellationToken = default)
    {
        quarter.Validate();
        var published = await store.NewestPublishedUnitsAsync(quarter, cancellationToken);
        if (published is not { } newest)
        {
            return null;
        }

        var board = await queries.ForAsync(quarter.LastDay, cancellationToken);
        return new RepublishPreview(quarter, newest.Version, board, UnitChange.Between(newest.Units, SnapshotStore.Standings(board)));
    }

    /// <summary>
    /// Writes the previewed board as the quarter's next published version, with the office's reason.
    /// Nothing is written when the reason is missing or too long (<see cref="CommandError.Rule"/>), when
    /// a newer version appeared since the preview (<see cref="CommandError.Conflict"/>) or the quarter is
    /// not published (<see cref="CommandError.NotFound"/>).
    /// </summary>
    public async Task<CommandResult> RepublishAsync(RepublishPreview preview, string actor, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        RepublishOutcome outcome;
        try
        {
            outcome = await store.RepublishAsync(preview.Quarter, preview.Board, queries.Rules, legend, actor, reason ?? string.Empty, preview.BasedOnVersion, cancellationToken);
        }
        catch (DomainException refused)
        {
            return new CommandResult(CommandError.Rule, refused.Message);
        }

        if (outcome != RepublishOutcome.Republished)
        {
            return new CommandResult(outcome == RepublishOutcome.Stale ? CommandError.Conflict : CommandError.NotFound);
        }

        notifier.Publish(new BoardChange(BoardChangeKind.Snapshot));
        return CommandResult.Done;
    }
}

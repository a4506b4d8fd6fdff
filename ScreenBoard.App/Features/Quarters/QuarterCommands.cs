using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>
/// Computing, publishing and republishing quarterly snapshots on the one write path: only the office
/// (or the app's own job) may, each write is serialised (IMMEDIATE), audited and announced once.
/// </summary>
public sealed class QuarterCommands(BoardQueries queries, SnapshotStore store, FlagLegend legend, WriteRunner writes)
{
    private const string Entity = nameof(QuarterSnapshot);

    /// <summary>
    /// Computes the quarter's draft on its last day, replacing the draft there is. A published quarter
    /// is left alone: only <see cref="RepublishAsync"/> adds a version to it.
    /// </summary>
    public async Task<SnapshotOutcome> ComputeAsync(QuarterId quarter, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        quarter.Validate();
        if (!actor.IsOffice)
        {
            return SnapshotOutcome.Forbidden;
        }

        var (result, outcome) = await ComputeOnceAsync(quarter, actor, cancellationToken);
        if (result.Error == CommandError.Conflict)
        {
            // Another server's run wrote the quarter between this one's read and save (the unique key on quarter
            // and version refused the second draft): run again, which now replaces that draft or leaves it published.
            (_, outcome) = await ComputeOnceAsync(quarter, actor, cancellationToken);
        }

        return outcome;
    }

    private async Task<(CommandResult Result, SnapshotOutcome Outcome)> ComputeOnceAsync(QuarterId quarter, Actor actor, CancellationToken cancellationToken)
    {
        var board = await queries.ForAsync(quarter.LastDay, cancellationToken);
        return await writes.RunAsync(actor, async scope =>
        {
            var write = await SnapshotStore.WriteDraftAsync(scope.Db, quarter, board, queries.Rules, legend, scope.Now, cancellationToken);
            if (write.Outcome is SnapshotOutcome.Created or SnapshotOutcome.Replaced)
            {
                scope.Audit("ComputeQuarter", Entity, quarter.ToString(), write.Before, write.After);
                scope.Publish(BoardChange.ForQuarter(quarter));
            }

            return write.Outcome;
        }, serialized: true, cancellationToken);
    }

    /// <summary>Publishes the quarter's draft as version 1; NotFound when it has no draft.</summary>
    public Task<CommandResult> PublishAsync(QuarterId quarter, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var write = await SnapshotStore.PublishAsync(scope.Db, quarter, actor.Name, scope.Now, cancellationToken);
            if (!write.Outcome)
            {
                throw new WriteRefusedException(CommandResult.NotFound);
            }

            scope.Audit("PublishQuarter", Entity, quarter.ToString(), write.Before, write.After);
            scope.Publish(BoardChange.ForQuarter(quarter));
        }, serialized: true, cancellationToken);
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
    /// a newer version appeared since the preview (<see cref="CommandError.Conflict"/>), the quarter is
    /// not published (<see cref="CommandError.NotFound"/>) or the actor is not the office.
    /// </summary>
    public Task<CommandResult> RepublishAsync(RepublishPreview preview, Actor actor, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var write = await SnapshotStore.RepublishAsync(
                scope.Db, preview.Quarter, preview.Board, queries.Rules, legend, actor.Name, reason ?? string.Empty, preview.BasedOnVersion, scope.Now, cancellationToken);
            switch (write.Outcome)
            {
                case RepublishOutcome.Stale:
                    throw new WriteRefusedException(CommandResult.Conflict);
                case RepublishOutcome.NotPublished:
                    throw new WriteRefusedException(CommandResult.NotFound);
            }

            scope.Audit("RepublishQuarter", Entity, preview.Quarter.ToString(), write.Before, write.After);
            scope.Publish(BoardChange.ForQuarter(preview.Quarter));
        }, serialized: true, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports;

/// <summary>
/// Moves progress reports through review on the one write path (<see cref="WriteRunner"/>): the command
/// checks who acts, the entity guards the transition, the audit entry goes in the same save.
/// </summary>
public sealed class ReportCommands(WriteRunner writes)
{
    /// <summary>The competent department (or the office, for a unit without one) has checked the report.</summary>
    public Task<CommandResult> ReviewAsync(int reportId, long version, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(reportId, version, actor, "ReviewReport", MayReview, (r, scope) => r.Review(actor.Name, scope.Now), cancellationToken);

    /// <summary>
    /// The office accepts the report: from now on it counts in the scores. A reviewed report, or a submitted one of a
    /// unit without a competent department (the office reviews it itself, <see cref="ProgressReport.AcceptDirect"/>).
    /// </summary>
    public Task<CommandResult> AcceptAsync(int reportId, long version, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(reportId, version, actor, "AcceptReport", (a, _) => a.IsOffice, (r, scope) =>
        {
            if (r.State == ReportState.Submitted)
            {
                r.AcceptDirect(actor.Name, scope.Now);
            }
            else
            {
                r.Accept(actor.Name, scope.Now);
            }
        }, cancellationToken);

    /// <summary>Sends the report back to the unit with a reason: the office, or the reviewer while it waits for review.</summary>
    public Task<CommandResult> ReturnAsync(int reportId, long version, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(reportId, version, actor, "ReturnReport", (a, r) => a.IsOffice || (r.State == ReportState.Submitted && MayReview(a, r)), (r, scope) => r.Return(actor.Name, scope.Now, reason), cancellationToken);

    /// <summary>The office, or the reviewer bound to the report's unit's competent department.</summary>
    private static bool MayReview(Actor actor, ProgressReport report) =>
        actor.IsOffice || (actor.Role == ActorRole.Reviewer && actor.UnitId is { } unit && unit == report.Unit?.ReviewingUnitId);

    private Task<CommandResult> ChangeAsync(
        int reportId, long version, Actor actor, string action, Func<Actor, ProgressReport, bool> allowed,
        Action<ProgressReport, WriteScope> change, CancellationToken cancellationToken) =>
        writes.RunAsync(actor, async scope =>
        {
            var report = WriteScope.Found(await scope.Db.Reports.Include(r => r.Task).Include(r => r.Unit)
                .SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken));
            WriteScope.Require(allowed(actor, report));
            scope.CheckVersion(report, version);
            var before = Describe(report);
            change(report, scope);
            scope.Audit(action, nameof(ProgressReport), reportId.ToString(System.Globalization.CultureInfo.InvariantCulture), before, Describe(report));
            scope.Publish(BoardChange.ForTask(report.TaskId, report.Task!.LeadUnitId));
        }, cancellationToken: cancellationToken);

    private static object Describe(ProgressReport report) =>
        new { state = report.State.ToString(), report.Percent, report.ReportDate, report.ReturnReason };
}

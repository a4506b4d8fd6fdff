using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Ladder;

/// <summary>
/// The escalation ladder (梯次传导加压) on the one write path: only the office (or the app's own sweep)
/// issues, escalates and resolves notices; each write checks the actor, the version the person saw and
/// the notice's own rules, is audited and announced once. Each step taken gets its 文号 in the same write
/// (docs/decisions/018). Dates are the office's "today" at the write.
/// </summary>
public sealed class LadderCommands(WriteRunner writes, OfficeClock clock, IOptions<EscalationOptions> options)
{
    private const string Entity = nameof(RectificationNotice);

    private LadderTerms Terms => options.Value.ToTerms();

    /// <summary>
    /// Issues a 限期整改单 for a task to its lead unit (<paramref name="unitId"/> null) or one of its co-units,
    /// dated today, to be fixed by <paramref name="fixDeadline"/> (after today).
    /// </summary>
    /// <returns>The result and, when done, the new notice's id.</returns>
    public Task<(CommandResult Result, int NoticeId)> IssueAsync(
        int taskId, int? unitId, string? reason, DateOnly fixDeadline, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var task = WriteScope.Found(await scope.Db.Tasks.Include(t => t.LeadUnit).Include(t => t.CoUnits).ThenInclude(c => c.Unit)
                .SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken));
            var unit = unitId is null or 0 || unitId == task.LeadUnitId
                ? task.LeadUnit
                : task.CoUnits.SingleOrDefault(c => c.UnitId == unitId)?.Unit;
            if (unit is null)
            {
                WriteScope.Refuse("Ladder.UnitNotOnTask", task.Code);
            }

            var today = TodayAt(scope);
            if (fixDeadline <= today)
            {
                WriteScope.Refuse("Ladder.FixDeadlineNotAfterIssue", fixDeadline, today);
            }

            var notice = new RectificationNotice(unit!, task, reason ?? string.Empty, today, fixDeadline, actor.Name);
            scope.Db.Notices.Add(notice);
            await scope.Db.SaveChangesAsync(cancellationToken);
            await NoticeNumberStore.NumberAsync(scope.Db, [notice], Terms, scope.Now, cancellationToken);
            scope.Audit("IssueNotice", Entity, Key(notice.Id), null, Describe(notice));
            scope.Publish(BoardChange.ForNotice(notice.Id, unit!.Id, task.Id));
            return notice.Id;
        }, serialized: true, cancellationToken);
    }

    /// <summary>The office escalates by hand: one step now, dated today, with the configured fix deadline.</summary>
    public Task<CommandResult> EscalateAsync(int noticeId, long version, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(noticeId, version, actor, "EscalateNotice", (notice, scope) => notice.EscalateNow(TodayAt(scope), Terms), cancellationToken);

    /// <summary>The office records that the unit fixed the problem, with a note; the notice stops escalating.</summary>
    public Task<CommandResult> ResolveAsync(int noticeId, long version, string? note, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(noticeId, version, actor, "ResolveNotice", (notice, scope) => notice.Resolve(TodayAt(scope), note ?? string.Empty), cancellationToken);

    /// <summary>
    /// The sweep's write for one notice: in an IMMEDIATE transaction it re-reads the notice and takes every step
    /// due by <paramref name="today"/>, dated when each fell due. Nothing due (already swept, resolved, a red card):
    /// nothing written, no audit entry, no change announced.
    /// </summary>
    /// <returns>The result and the steps taken.</returns>
    public Task<(CommandResult Result, IReadOnlyList<LadderStep>? Steps)> SweepAsync(int noticeId, DateOnly today, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync<IReadOnlyList<LadderStep>>(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var notice = WriteScope.Found(await scope.Db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken));
            var before = Describe(notice);
            var steps = notice.EscalateDue(today, Terms);
            if (steps.Count > 0)
            {
                await NoticeNumberStore.NumberAsync(scope.Db, [notice], Terms, scope.Now, cancellationToken);
                scope.Audit("SweepNotice", Entity, Key(noticeId), before, Describe(notice));
                scope.Publish(BoardChange.ForNotice(notice.Id, notice.UnitId, notice.TaskId));
            }

            return steps;
        }, serialized: true, cancellationToken);
    }

    private Task<CommandResult> ChangeAsync(
        int noticeId, long version, Actor actor, string action, Action<RectificationNotice, WriteScope> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var notice = WriteScope.Found(await scope.Db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken));
            scope.CheckVersion(notice, version);
            var before = Describe(notice);
            change(notice, scope);
            await NoticeNumberStore.NumberAsync(scope.Db, [notice], Terms, scope.Now, cancellationToken);
            scope.Audit(action, Entity, Key(noticeId), before, Describe(notice));
            scope.Publish(BoardChange.ForNotice(notice.Id, notice.UnitId, notice.TaskId));
        }, serialized: true, cancellationToken);
    }

    /// <summary>The office's date at the write's one instant.</summary>
    private DateOnly TodayAt(WriteScope scope) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scope.Now, clock.Zone).DateTime);

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static object Describe(RectificationNotice notice) => new
    {
        notice.UnitId,
        notice.TaskId,
        step = notice.Step.ToString(),
        notice.IssuedOn,
        notice.FixDeadline,
        notice.YellowWarningOn,
        notice.RedCardOn,
        notice.IsReferredToDiscipline,
        notice.ResolvedOn,
        notice.Resolution,
        notice.Reason,
    };
}

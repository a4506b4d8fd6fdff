using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Reports.Evidence;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Reports;

/// <summary>
/// 干: a unit reports (with evidence), resubmits a returned report, asks for a later deadline; the office decides
/// on the request. Each runs on <see cref="WriteRunner"/> and checks its actor itself. Evidence files are copied
/// to a temporary folder first and moved into place only inside a write that passed every check; a refusal at
/// any step, the save's included, deletes them: a refused write leaves no file behind.
/// </summary>
public sealed class ReportSubmissionCommands(WriteRunner writes, EvidenceStore store, OfficeClock clock)
{
    private const string ReportEntity = nameof(ProgressReport);
    private const string ExtensionEntity = nameof(ExtensionRequest);

    /// <summary>A Reporter of the task's lead unit or of a co-unit reports progress, with up to five files of evidence.</summary>
    /// <returns>The result and, when done, the new report's id.</returns>
    public Task<(CommandResult Result, int ReportId)> SubmitAsync(ReportDraft draft, IReadOnlyList<EvidenceUpload> files, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return WithEvidenceAsync(files, actor, "SubmitReport", async (scope, attach) =>
        {
            var task = await LoadTaskAsync(scope, draft.TaskId, cancellationToken);
            WriteScope.Require(MayReport(actor, task));
            var unit = await scope.Db.Units.SingleAsync(u => u.Id == actor.UnitId, cancellationToken);
            var report = new ProgressReport(task, unit, DateOf(draft, task, scope), draft.Percent, draft.Narrative ?? string.Empty, actor.Name, scope.Now, MilestoneOf(draft, task));
            attach(report);
            scope.Db.Reports.Add(report);
            return report;
        }, cancellationToken);
    }

    /// <summary>修改后重新报送: only the returned report's own unit, only once; the returned report stays in the history.</summary>
    public Task<(CommandResult Result, int ReportId)> ResubmitAsync(int returnedReportId, long version, ReportDraft draft, IReadOnlyList<EvidenceUpload> files, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return WithEvidenceAsync(files, actor, "ResubmitReport", async (scope, attach) =>
        {
            var returned = WriteScope.Found(await scope.Db.Reports.Include(r => r.Unit).SingleOrDefaultAsync(r => r.Id == returnedReportId, cancellationToken));
            var task = await LoadTaskAsync(scope, returned.TaskId, cancellationToken);
            WriteScope.Require(actor.Role == ActorRole.Reporter && actor.UnitId == returned.UnitId && MayReport(actor, task));
            scope.CheckVersion(returned, version);
            var report = ProgressReport.Resubmit(returned, DateOf(draft, task, scope), draft.Percent, draft.Narrative ?? string.Empty, actor.Name, scope.Now, MilestoneOf(draft, task));
            attach(report);
            scope.Db.Reports.Add(report);
            return report;
        }, cancellationToken);
    }

    /// <summary>延期申请: a Reporter of the task's lead unit asks for a later deadline; one pending request per task.</summary>
    public Task<(CommandResult Result, int RequestId)> RequestExtensionAsync(int taskId, DateOnly requestedDeadline, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            var task = await LoadTaskAsync(scope, taskId, cancellationToken);
            WriteScope.Require(actor.Role == ActorRole.Reporter && actor.UnitId == task.LeadUnitId);
            if (await scope.Db.Extensions.AnyAsync(e => e.TaskId == taskId && e.State == ExtensionState.Pending, cancellationToken))
            {
                WriteScope.Refuse("Reporting.ExtensionPending", task.Code);
            }

            var request = new ExtensionRequest(task, task.LeadUnit, requestedDeadline, reason ?? string.Empty, actor.Name, scope.Now);
            scope.Db.Extensions.Add(request);
            await scope.Db.SaveChangesAsync(cancellationToken);
            scope.Audit("RequestExtension", ExtensionEntity, Key(request.Id), null, Describe(request));
            scope.Publish(BoardChange.ForTask(task.Id, task.LeadUnitId));
            return request.Id;
        }, serialized: true, cancellationToken);
    }

    /// <summary>
    /// The office approves (the task's deadline in force becomes the requested one, audited with the old and new dates;
    /// published snapshots keep theirs) or refuses with a reason (the deadline stays).
    /// </summary>
    public Task<CommandResult> DecideExtensionAsync(int requestId, long version, bool approve, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.Role == ActorRole.Office);
            var request = WriteScope.Found(await scope.Db.Extensions.Include(e => e.Task!).ThenInclude(t => t.Milestones)
                .SingleOrDefaultAsync(e => e.Id == requestId, cancellationToken));
            scope.CheckVersion(request, version);
            var task = request.Task!;
            var before = new { request = Describe(request), deadline = task.Deadline };
            if (approve)
            {
                request.Approve(actor.Name, scope.Now, note);
            }
            else
            {
                request.Refuse(actor.Name, scope.Now, note ?? string.Empty);
            }

            scope.Audit(approve ? "ApproveExtension" : "RefuseExtension", ExtensionEntity, Key(requestId), before, new { request = Describe(request), deadline = task.Deadline });
            if (approve)
            {
                scope.Audit("RescheduleTask", nameof(SupervisionTask), task.Code, new { task.Start, deadline = request.OldDeadline }, new { task.Start, deadline = task.Deadline, extension = requestId });
            }

            scope.Publish(BoardChange.ForTask(task.Id, task.LeadUnitId));
        }, cancellationToken: cancellationToken);
    }

    /// <summary>A Reporter bound to the task's lead unit or to one of its co-units; a closed task takes no reports.</summary>
    private static bool MayReport(Actor actor, SupervisionTask task) =>
        actor.Role == ActorRole.Reporter && actor.UnitId is { } unit
        && (unit == task.LeadUnitId || task.CoUnits.Any(c => c.UnitId == unit));

    private static async Task<SupervisionTask> LoadTaskAsync(WriteScope scope, int taskId, CancellationToken cancellationToken) =>
        WriteScope.Found(await scope.Db.Tasks.Include(t => t.LeadUnit).Include(t => t.CoUnits).Include(t => t.Milestones)
            .SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken));

    /// <summary>The draft's date (today when empty), never after today in the office's zone; a closed task refuses.</summary>
    private DateOnly DateOf(ReportDraft draft, SupervisionTask task, WriteScope scope)
    {
        if (task.IsClosedOut)
        {
            WriteScope.Refuse("Reporting.TaskClosedOut", task.Code);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scope.Now, clock.Zone).DateTime);
        var date = draft.Date ?? today;
        if (date > today)
        {
            WriteScope.Refuse("Reporting.DateInFuture", date, today);
        }

        return date;
    }

    private static Milestone? MilestoneOf(ReportDraft draft, SupervisionTask task)
    {
        if (draft.MilestoneId is not { } id)
        {
            return null;
        }

        var milestone = task.Milestones.SingleOrDefault(m => m.Id == id);
        if (milestone is null)
        {
            WriteScope.Refuse("Reporting.MilestoneNotOfTask", task.Code);
        }

        return milestone;
    }

    /// <summary>
    /// Stages the files, runs the write (which builds the report and attaches the staged files through the callback,
    /// moving each into place), and deletes every staged or placed file unless the write was saved.
    /// </summary>
    private async Task<(CommandResult Result, int ReportId)> WithEvidenceAsync(
        IReadOnlyList<EvidenceUpload> files, Actor actor, string action,
        Func<WriteScope, Action<ProgressReport>, Task<ProgressReport>> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(actor);
        var staged = new List<StagedEvidence>();
        var placed = new List<string>();
        var saved = false;
        try
        {
            if (files.Count > ProgressReport.MaxEvidence)
            {
                return (CommandResult.Invalid("Domain.Evidence.TooMany", Domain.Reports.ReportEvidence.CleanName(files[ProgressReport.MaxEvidence].Name), ProgressReport.MaxEvidence), 0);
            }

            foreach (var file in files)
            {
                staged.Add(await store.StageAsync(file, cancellationToken));
            }

            var (result, id) = await writes.RunAsync(actor, async scope =>
            {
                var report = await build(scope, report =>
                {
                    foreach (var file in staged)
                    {
                        var evidence = report.AttachEvidence(file.OriginalName, file.Head, file.Size, file.RandomName, scope.Now);
                        placed.Add(store.Place(file, evidence));
                    }
                });
                await scope.Db.SaveChangesAsync(cancellationToken);
                scope.Audit(action, ReportEntity, Key(report.Id), null, Describe(report));
                scope.Publish(BoardChange.ForTask(report.TaskId, report.Task!.LeadUnitId));
                return report.Id;
            }, serialized: true, cancellationToken);
            saved = result.Succeeded;
            return (result, id);
        }
        finally
        {
            if (!saved)
            {
                EvidenceStore.Delete(placed);
            }

            EvidenceStore.Delete(staged.Select(s => s.TempPath));
        }
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static object Describe(ProgressReport report) => new
    {
        state = report.State.ToString(),
        report.Percent,
        report.ReportDate,
        report.MilestoneId,
        report.ResubmitsReportId,
        evidence = report.Evidence.Select(e => new { e.OriginalName, e.StoredName, e.Size }).ToList(),
    };

    private static object Describe(ExtensionRequest request) => new
    {
        state = request.State.ToString(),
        request.OldDeadline,
        request.RequestedDeadline,
        request.Reason,
        request.DecisionNote,
    };
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Reports;

/// <summary>
/// 销号 on the one write path: the office closes out a task whose latest accepted report says 100 %, with a note,
/// and may reopen it with a reason. A closed task leaves the active boards and keeps its points (docs/decisions/016).
/// </summary>
public sealed class CloseOutCommands(WriteRunner writes)
{
    /// <summary>Closes the task out. Office only; refused unless its latest accepted report (docs/scoring.md §2) is 100 %; the note is required.</summary>
    public Task<CommandResult> CloseOutAsync(int taskId, long version, Actor actor, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(taskId, version, actor, "CloseOutTask", note, "CloseOut.NoteRequired", async (task, scope, text) =>
        {
            var latest = await CloseOutQueries.LatestAcceptedPercentAsync(scope.Db, task.Id, cancellationToken);
            if (latest < 100)
            {
                WriteScope.Refuse("CloseOut.NotComplete", task.Code, latest);
            }

            task.CloseOut(scope.Actor.Name, scope.Now, text);
        }, cancellationToken);

    /// <summary>Puts a closed task back on the active boards. Office only; the reason is required and audited.</summary>
    public Task<CommandResult> ReopenAsync(int taskId, long version, Actor actor, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(taskId, version, actor, "ReopenTask", reason, "CloseOut.ReasonRequired", (task, _, _) =>
        {
            task.Reopen();
            return Task.CompletedTask;
        }, cancellationToken);

    private Task<CommandResult> ChangeAsync(
        int taskId, long version, Actor actor, string action, string? text, string textRequiredKey,
        Func<SupervisionTask, WriteScope, string, Task> change, CancellationToken cancellationToken) =>
        writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var task = WriteScope.Found(await scope.Db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken));
            scope.CheckVersion(task, version);
            if (string.IsNullOrWhiteSpace(text))
            {
                WriteScope.Refuse(textRequiredKey);
            }

            var trimmed = text!.Trim();
            var before = Describe(task, null);
            await change(task, scope, trimmed);
            scope.Audit(action, nameof(SupervisionTask), task.Id.ToString(CultureInfo.InvariantCulture), before, Describe(task, task.IsClosedOut ? null : trimmed));
            scope.Publish(BoardChange.ForTask(task.Id, task.LeadUnitId));
        }, cancellationToken: cancellationToken);

    private static object Describe(SupervisionTask task, string? reopenReason) =>
        new { task.Code, closedOut = task.IsClosedOut, task.ClosedOutBy, task.ClosedOutAt, task.ClosedOutNote, reopenReason };
}

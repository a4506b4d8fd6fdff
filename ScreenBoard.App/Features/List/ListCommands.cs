using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.List;

/// <summary>
/// Keeping the list (一张清单) on the one write path: the office creates and edits tasks (with their milestones
/// and co-units, all in one write) and units, and quickly adds a task from a 批示件, a 12345 ticket or a finding.
/// Every write checks the actor (office only), the version the person saw and the entities' own rules; it is
/// audited with before and after and announced once. A stale task edit comes back with what the other person changed.
/// </summary>
public sealed class ListCommands(WriteRunner writes, ListQueries queries, OfficeClock clock)
{
    private const string TaskEntity = nameof(SupervisionTask);
    private const string UnitEntity = nameof(Unit);

    /// <summary>Puts a new task on this year's list; returns its code.</summary>
    public Task<(CommandResult Result, string? Code)> CreateTaskAsync(TaskForm form, Actor actor, CancellationToken cancellationToken = default) =>
        SaveNewAsync(form, actor, dryRun: false, cancellationToken);

    /// <summary>
    /// Checks a form without saving anything, through the same write the save runs (the entities' rules against the
    /// stored list): Done, or the refusal the save would get. <paramref name="code"/> null: a new task.
    /// </summary>
    public async Task<CommandResult> CheckTaskAsync(string? code, TaskForm form, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return code is null
            ? (await SaveNewAsync(form, actor, dryRun: true, cancellationToken)).Result
            : (await ReviseAsync(code, form.Version, form, actor, dryRun: true, cancellationToken)).Result;
    }

    /// <summary>
    /// Saves an edited task (everything but its code, with its milestones and co-units) if it still has
    /// <paramref name="version"/>; otherwise nothing is written and the result says what someone else changed.
    /// </summary>
    public Task<ListSaveResult> UpdateTaskAsync(string code, long version, TaskForm form, Actor actor, CancellationToken cancellationToken = default) =>
        ReviseAsync(code, version, form, actor, dryRun: false, cancellationToken);

    /// <summary>A task from a source in one step, its code the next free one of the source's series (PS-2026-001 …).</summary>
    public Task<(CommandResult Result, string? Code)> QuickAddAsync(QuickAddForm form, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var list = await ListAsync(scope, cancellationToken);
            var today = clock.Today;
            var date = form.Date ?? (form.Kind == QuickAddKind.Hotline12345 ? today : null);
            RequireText(form.Text, TaskFields.SourceText);
            if (form.Kind == QuickAddKind.LeaderInstruction)
            {
                RequireText(form.Leader, TaskFields.SourceLeader);
            }

            if (form.Kind == QuickAddKind.Hotline12345)
            {
                RequireText(form.Reference, TaskFields.SourceReference);
            }

            var task = new TaskForm
            {
                Code = list.NextCode(form.Kind.CodePrefix()),
                Title = string.IsNullOrWhiteSpace(form.Title) ? FirstLine(form.Text!) : form.Title,
                Category = form.Category,
                Source = form.Kind.Source(),
                SourceReference = form.Reference,
                SourceLeader = form.Kind == QuickAddKind.LeaderInstruction ? form.Leader : null,
                SourceDate = Required(date, TaskFields.SourceDate),
                SourceText = form.Text,
                LeadUnitCode = form.LeadUnitCode,
                Start = date!.Value < list.FirstDay ? list.FirstDay : date.Value,
                Deadline = form.Deadline,
            };
            var created = Apply(scope, list, null, task);
            return await FinishNewAsync(scope, created, "QuickAddTask", cancellationToken);
        }, serialized: true, cancellationToken);
    }

    /// <summary>Adds a unit; its code must be new.</summary>
    public Task<(CommandResult Result, int UnitId)> CreateUnitAsync(UnitForm form, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var units = await scope.Db.Units.ToListAsync(cancellationToken);
            var unit = new Unit(form.Code!, form.Name!, form.Kind);
            if (units.Any(u => string.Equals(u.Code, unit.Code, StringComparison.OrdinalIgnoreCase)))
            {
                WriteScope.Refuse("List.DuplicateUnitCode", unit.Code);
            }

            unit.AssignReviewingUnit(UnitOf(units, form.CompetentCode, TaskFields.UnitCompetent));
            scope.Db.Units.Add(unit);
            await scope.Db.SaveChangesAsync(cancellationToken);
            scope.Audit("CreateUnit", UnitEntity, Key(unit.Id), null, Describe(unit));
            scope.Publish(BoardChange.ForUnit(unit.Id));
            return unit.Id;
        }, serialized: true, cancellationToken);
    }

    /// <summary>Renames a unit, changes its kind and competent department (not itself, no circle); its code stays.</summary>
    public Task<CommandResult> UpdateUnitAsync(int unitId, long version, UnitForm form, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);

            // Every unit, so each competent department's own chain is there for the circle check.
            var units = await scope.Db.Units.ToListAsync(cancellationToken);
            var unit = WriteScope.Found(units.SingleOrDefault(u => u.Id == unitId));
            scope.CheckVersion(unit, version);
            var before = Describe(unit);
            unit.Rename(form.Name!);
            unit.ChangeKind(form.Kind);
            unit.AssignReviewingUnit(UnitOf(units, form.CompetentCode, TaskFields.UnitCompetent));
            scope.Db.Entry(unit).State = EntityState.Modified;
            scope.Audit("UpdateUnit", UnitEntity, Key(unit.Id), before, Describe(unit));
            scope.Publish(BoardChange.ForUnit(unit.Id));
        }, serialized: true, cancellationToken);
    }

    private Task<(CommandResult Result, string? Code)> SaveNewAsync(TaskForm form, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        return writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var list = await ListAsync(scope, cancellationToken);
            var task = Apply(scope, list, null, form);
            EndDryRun(dryRun);
            return await FinishNewAsync(scope, task, "CreateTask", cancellationToken);
        }, serialized: !dryRun, cancellationToken);
    }

    private async Task<ListSaveResult> ReviseAsync(string code, long version, TaskForm form, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        CommandResult result;
        try
        {
            result = await writes.RunAsync(actor, async scope =>
            {
                WriteScope.Require(actor.IsOffice);
                var list = await ListAsync(scope, cancellationToken);
                var task = WriteScope.Found(list.Tasks.SingleOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)));
                scope.CheckVersion(task, version);
                var before = TaskForm.From(task);
                var oldLead = task.LeadUnitId;
                Apply(scope, list, task, form);
                EndDryRun(dryRun);

                // Milestones and co-units live in their own tables: the task's version goes up for them too.
                scope.Db.Entry(task).State = EntityState.Modified;
                scope.Audit("UpdateTask", TaskEntity, Key(task.Id), Record(before), Record(TaskForm.From(task)));
                scope.Publish(BoardChange.ForTask(task.Id, task.LeadUnit.Id));
                if (oldLead != task.LeadUnit.Id)
                {
                    scope.Publish(BoardChange.ForUnit(oldLead));
                }
            }, serialized: !dryRun, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && form.Original is { } original && original.Milestones.Any(m => form.Milestones.All(f => f.Id != m.Id)))
        {
            // A removed milestone a progress report still points at: the foreign key refuses the delete.
            result = CommandResult.Invalid("List.MilestoneInUse", code);
        }

        return result.Error == CommandError.Conflict && !dryRun
            ? new ListSaveResult(result, await ConflictAsync(code, form, cancellationToken))
            : new ListSaveResult(result);
    }

    /// <summary>What changed between the form's start and the stored task now, who saved it last, and the current values with the office's edits kept.</summary>
    private async Task<ListConflict?> ConflictAsync(string code, TaskForm form, CancellationToken cancellationToken)
    {
        var current = await queries.TaskFormAsync(code, cancellationToken);
        if (current is null || form.Original is not { } original)
        {
            return null;
        }

        var mine = TaskForm.Differences(original, form).ToDictionary(d => d.Field, d => d.Right);
        var changes = TaskForm.Differences(original, current)
            .Select(d => new ListFieldChange(d.Field, d.Left, d.Right, mine.GetValueOrDefault(d.Field)))
            .ToList();
        var last = await queries.LastChangeAsync((await queries.TaskIdAsync(code, cancellationToken))!.Value, cancellationToken);
        return new ListConflict(changes, last?.By, last?.At, form.Rebase(current));
    }

    /// <summary>
    /// The form onto a new task (<paramref name="task"/> null) or an existing one, in an order that lets any valid
    /// end state through: co-units and milestones the form drops go first; the schedule is widened to cover the old
    /// and new one while milestones move (shares lowered before raised), then set; co-units join last, after the lead.
    /// </summary>
    private static SupervisionTask Apply(WriteScope scope, SupervisionList list, SupervisionTask? task, TaskForm form)
    {
        var units = scope.Db.Units.Local.ToList();
        var lead = UnitOf(units, form.LeadUnitCode, TaskFields.LeadUnit) ?? throw Missing(TaskFields.LeadUnit);
        var deadline = Required(form.Deadline, TaskFields.Deadline);
        var coUnits = form.CoUnitCodes.Select(c => UnitOf(units, c, TaskFields.CoUnits)!).Distinct().ToList();
        var start = form.Start ?? task?.Start ?? list.FirstDay;
        var draft = new SupervisionTaskDraft(
            task?.Code ?? form.Code ?? string.Empty, form.Title ?? string.Empty, form.Goal, form.Category, form.Source, lead,
            UnitOf(units, form.SupervisingUnitCode, TaskFields.SupervisingUnit), form.ResponsibleLeader,
            task is null ? start : Min(start, task.Start), task is null ? deadline : Max(deadline, task.Deadline), form.Weight,
            new TaskOrigin(form.SourceReference, form.SourceLeader, form.SourceDate, form.SourceText));
        if (task is null)
        {
            task = list.AddTask(draft);
        }
        else
        {
            foreach (var gone in task.CoUnits.Where(c => !coUnits.Contains(c.Unit)).Select(c => c.Unit).ToList())
            {
                task.RemoveCoUnit(gone);
            }

            foreach (var gone in task.Milestones.Where(m => form.Milestones.All(f => f.Id != m.Id)).ToList())
            {
                task.RemoveMilestone(gone);
            }

            task.Revise(draft);
        }

        var stored = task.Milestones.ToDictionary(m => m.Id);
        foreach (var row in form.Milestones.Where(m => m.Id is { } id && stored.ContainsKey(id)).OrderBy(m => m.Share - stored[m.Id!.Value].Share))
        {
            task.ReviseMilestone(stored[row.Id!.Value], row.Title ?? string.Empty, Required(row.Due, TaskFields.Milestones), row.Share);
        }

        foreach (var row in form.Milestones.Where(m => m.Id is null || !stored.ContainsKey(m.Id.Value)))
        {
            task.AddMilestone(row.Title ?? string.Empty, Required(row.Due, TaskFields.Milestones), row.Share);
        }

        task.Reschedule(start, deadline);
        foreach (var unit in coUnits.Where(u => task.CoUnits.All(c => !ReferenceEquals(c.Unit, u))))
        {
            task.AddCoUnit(unit);
        }

        return task;
    }

    private static async Task<string> FinishNewAsync(WriteScope scope, SupervisionTask task, string action, CancellationToken cancellationToken)
    {
        await scope.Db.SaveChangesAsync(cancellationToken);
        scope.Audit(action, TaskEntity, Key(task.Id), null, Record(TaskForm.From(task)));
        scope.Publish(BoardChange.ForTask(task.Id, task.LeadUnit.Id));
        return task.Code;
    }

    /// <summary>This year's list with its tasks (milestones, co-units) and every unit, tracked for the change.</summary>
    private async Task<SupervisionList> ListAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        var year = clock.Today.Year;
        var list = await scope.Db.Lists.AsSplitQuery()
            .Include(l => l.Tasks).ThenInclude(t => t.Milestones)
            .Include(l => l.Tasks).ThenInclude(t => t.CoUnits)
            .SingleOrDefaultAsync(l => l.Year == year, cancellationToken);
        if (list is null)
        {
            WriteScope.Refuse("List.NoList", year);
        }

        await scope.Db.Units.LoadAsync(cancellationToken);
        return list!;
    }

    /// <summary>A check-only run ends here: a "done" that writes nothing (the runner saves nothing on a refusal).</summary>
    private static void EndDryRun(bool dryRun)
    {
        if (dryRun)
        {
            throw new WriteRefusedException(CommandResult.Done);
        }
    }

    private static Unit? UnitOf(List<Unit> units, string? code, string field)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var unit = units.SingleOrDefault(u => string.Equals(u.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
        if (unit is null)
        {
            WriteScope.Refuse("List.UnknownUnit", new FieldName(field), code);
        }

        return unit;
    }

    private static T Required<T>(T? value, string field)
        where T : struct =>
        value ?? throw Missing(field);

    private static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Missing(field);
        }
    }

    /// <summary>The domain's own "{field} 不能为空" for a value the form left empty.</summary>
    private static DomainException Missing(string field) => new("Text.Required", new FieldName(field));

    private static string FirstLine(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length <= 60 ? line : line[..60];
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The audit record of a task: its form's values (the original left out).</summary>
    private static TaskForm Record(TaskForm form)
    {
        form.Original = null;
        return form;
    }

    private static object Describe(Unit unit) => new { unit.Code, unit.Name, kind = unit.Kind.ToString(), competent = unit.ReviewingUnit?.Code };
}

using Microsoft.Extensions.Localization;
using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// Applies a checked import to the loaded entities through their own methods: units (new, renamed, of another
/// kind, another competent department), tasks (new, or revised all or nothing, co-units as the row lists them),
/// milestones (new, or a new date or share). Unchanged rows change nothing and count nothing. An entity's
/// refusal becomes a problem of the row it came from (the field it names, else the rule's field).
/// </summary>
internal sealed class ImportApplication(
    ImportedList imported, Dictionary<string, Unit> units, SupervisionList list, Dictionary<string, SupervisionTask> tasks,
    IStringLocalizer localizer, List<ImportProblem> problems)
{
    private readonly HashSet<string> _changedUnits = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _addedTasks = [];
    private readonly List<string> _changedTasks = [];
    private int _addedUnits;
    private int _addedMilestones;
    private int _changedMilestones;

    public ImportCounts Added => new(_addedUnits, _addedTasks.Count, _addedMilestones);

    public ImportCounts Changed => new(_changedUnits.Count, _changedTasks.Count, _changedMilestones);

    public IReadOnlyList<string> AddedTasks => _addedTasks;

    public IReadOnlyList<string> ChangedTasks => _changedTasks;

    /// <param name="addUnit">Adds a new unit to the write.</param>
    public void Run(Action<Unit> addUnit)
    {
        foreach (var row in imported.Units)
        {
            Guarded(row.Place, () => Unit(row, addUnit));
        }

        foreach (var row in imported.Units)
        {
            Guarded(row.Place, () => Competent(row));
        }

        foreach (var row in imported.Tasks)
        {
            Guarded(row.Place, () => Task(row));
        }

        foreach (var row in imported.Milestones)
        {
            if (tasks.TryGetValue(row.Task!, out var task))
            {
                Guarded(row.Place, () => Milestone(task, row));
            }
        }
    }

    private void Unit(ImportedUnit row, Action<Unit> addUnit)
    {
        if (!units.TryGetValue(row.Code!, out var unit))
        {
            unit = new Unit(row.Code!, row.Name!, row.Kind!.Value);
            units[unit.Code] = unit;
            addUnit(unit);
            _addedUnits++;
            return;
        }

        if (unit.Name != row.Name!.Trim())
        {
            unit.Rename(row.Name);
            _changedUnits.Add(unit.Code);
        }

        if (unit.Kind != row.Kind)
        {
            unit.ChangeKind(row.Kind!.Value);
            _changedUnits.Add(unit.Code);
        }
    }

    private void Competent(ImportedUnit row)
    {
        if (!units.TryGetValue(row.Code!, out var unit))
        {
            return;
        }

        var competent = row.Competent is null ? null : units[row.Competent];
        if (!ReferenceEquals(unit.ReviewingUnit, competent))
        {
            unit.AssignReviewingUnit(competent);
            if (unit.Id != 0)
            {
                _changedUnits.Add(unit.Code);
            }
        }
    }

    private void Task(ImportedTask row)
    {
        var coUnits = row.CoUnits.Select(c => units[c]).Distinct().ToList();
        if (!tasks.TryGetValue(row.Code!, out var task))
        {
            task = list.AddTask(Draft(row, row.Origin));
            tasks[task.Code] = task;
            coUnits.ForEach(task.AddCoUnit);
            _addedTasks.Add(task.Code);
            return;
        }

        var draft = Draft(row, row.Origin ?? task.Origin);
        var extra = task.CoUnits.Select(c => c.Unit).Where(u => !coUnits.Contains(u)).ToList();
        var missing = coUnits.Where(u => task.CoUnits.All(c => !ReferenceEquals(c.Unit, u))).ToList();
        var revised = Differs(task, draft);
        if (!revised && extra.Count == 0 && missing.Count == 0)
        {
            return;
        }

        extra.ForEach(task.RemoveCoUnit);
        if (revised)
        {
            task.Revise(draft);
        }

        missing.ForEach(task.AddCoUnit);
        _changedTasks.Add(task.Code);
    }

    private void Milestone(SupervisionTask task, ImportedMilestone row)
    {
        var title = row.Title!.Trim();
        var milestone = task.Milestones.FirstOrDefault(m => m.Title == title);
        if (milestone is null)
        {
            task.AddMilestone(title, row.Due!.Value, row.Share!.Value);
            _addedMilestones++;
        }
        else if (milestone.Due != row.Due || milestone.Share != row.Share)
        {
            task.ReviseMilestone(milestone, title, row.Due!.Value, row.Share!.Value);
            _changedMilestones++;
        }
    }

    private SupervisionTaskDraft Draft(ImportedTask row, TaskOrigin? origin) => new(
        row.Code!, row.Title!, row.Goal, row.Category!.Value, row.Source!.Value, units[row.Lead!],
        row.Supervisor is null ? null : units[row.Supervisor], row.Leader, row.Start ?? list.FirstDay, row.Deadline!.Value, row.Weight ?? 1m,
        origin is { Reference: null, Leader: null, Date: null, Text: null } ? null : origin);

    /// <summary>Whether revising would change anything the task keeps (texts compared as the task stores them: trimmed, blank as none).</summary>
    private static bool Differs(SupervisionTask task, SupervisionTaskDraft draft)
    {
        var origin = draft.Origin ?? new TaskOrigin(null, null, null, null);
        return task.Title != Stored(draft.Title) || task.Goal != Stored(draft.Goal) || task.Category != draft.Category || task.Source != draft.Source
            || !ReferenceEquals(task.LeadUnit, draft.LeadUnit) || !ReferenceEquals(task.SupervisingUnit, draft.SupervisingUnit)
            || task.ResponsibleLeader != Stored(draft.ResponsibleLeader) || task.Start != draft.Start || task.Deadline != draft.Deadline
            || task.Weight != draft.Weight || task.SourceReference != Stored(origin.Reference) || task.SourceLeader != Stored(origin.Leader)
            || task.SourceDate != origin.Date || task.SourceText != Stored(origin.Text);
    }

    private static string? Stored(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void Guarded(ImportPlace place, Action apply)
    {
        try
        {
            apply();
        }
        catch (DomainException ex)
        {
            problems.Add(place.Problem(FieldOf(ex), localizer.Describe(ex)));
        }
    }

    /// <summary>The field a refusal is about: the one it names, else the one its rule concerns.</summary>
    private static string FieldOf(DomainException refusal) =>
        refusal.Arguments.OfType<FieldName>().FirstOrDefault() is { Key: { } key } ? key switch
        {
            "Task.ResponsibleLeader" => "leader",
            _ => char.ToLowerInvariant(key[(key.IndexOf('.') + 1)..][0]) + key[(key.IndexOf('.') + 2)..],
        }
        : refusal.Key switch
        {
            "Task.DeadlineBeforeStart" or "Task.MilestoneOutsidePeriod" => "deadline",
            "Task.WeightOutOfRange" => "weight",
            "Milestone.ShareOutOfRange" or "Task.SharesOverOne" => "share",
            "Task.MilestoneDueOutsidePeriod" => "due",
            "Task.LeadCannotBeCoUnit" or "Task.AlreadyCoUnit" => "coUnits",
            "Unit.OwnCompetentDepartment" => "competent",
            _ => "code",
        };
}

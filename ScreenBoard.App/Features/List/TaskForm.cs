using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.List;

/// <summary>
/// What the office types for one task (new or edited), and the values it started from (<see cref="Original"/>),
/// so a stale save can show what someone else changed meanwhile and a reload can keep the office's own edits.
/// </summary>
public sealed class TaskForm
{
    /// <summary>Each field once: its key, its value (to compare and show) and how to copy it from one form to another.</summary>
    private static readonly Part[] Parts =
    [
        new(TaskFields.Title, f => f.Title, (from, to) => to.Title = from.Title),
        new(TaskFields.Goal, f => f.Goal, (from, to) => to.Goal = from.Goal),
        new(TaskFields.Category, f => f.Category, (from, to) => to.Category = from.Category),
        new(TaskFields.Source, f => f.Source, (from, to) => to.Source = from.Source),
        new(TaskFields.SourceReference, f => f.SourceReference, (from, to) => to.SourceReference = from.SourceReference),
        new(TaskFields.SourceLeader, f => f.SourceLeader, (from, to) => to.SourceLeader = from.SourceLeader),
        new(TaskFields.SourceDate, f => f.SourceDate, (from, to) => to.SourceDate = from.SourceDate),
        new(TaskFields.SourceText, f => f.SourceText, (from, to) => to.SourceText = from.SourceText),
        new(TaskFields.LeadUnit, f => f.LeadUnitCode, (from, to) => to.LeadUnitCode = from.LeadUnitCode),
        new(TaskFields.CoUnits, f => string.Join("、", f.CoUnitCodes.Order(StringComparer.OrdinalIgnoreCase)), (from, to) => to.CoUnitCodes = [.. from.CoUnitCodes]),
        new(TaskFields.ResponsibleLeader, f => f.ResponsibleLeader, (from, to) => to.ResponsibleLeader = from.ResponsibleLeader),
        new(TaskFields.SupervisingUnit, f => f.SupervisingUnitCode, (from, to) => to.SupervisingUnitCode = from.SupervisingUnitCode),
        new(TaskFields.Start, f => f.Start, (from, to) => to.Start = from.Start),
        new(TaskFields.Deadline, f => f.Deadline, (from, to) => to.Deadline = from.Deadline),
        new(TaskFields.Weight, f => f.Weight, (from, to) => to.Weight = from.Weight),
        new(TaskFields.Milestones, f => string.Join("；", f.Milestones.Select(m => m.ToString())), (from, to) => to.Milestones = from.Milestones.Select(m => m.Copy()).ToList()),
    ];

    /// <summary>The task's code; typed for a new task, fixed once it exists.</summary>
    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? Goal { get; set; }

    public TaskCategory Category { get; set; } = TaskCategory.Key;

    public TaskSource Source { get; set; } = TaskSource.AnnualList;

    /// <summary>文号 / 工单号.</summary>
    public string? SourceReference { get; set; }

    /// <summary>批示领导.</summary>
    public string? SourceLeader { get; set; }

    public DateOnly? SourceDate { get; set; }

    /// <summary>批示内容, the complaint or the finding.</summary>
    public string? SourceText { get; set; }

    public string? LeadUnitCode { get; set; }

    public IReadOnlyCollection<string> CoUnitCodes { get; set; } = [];

    public string? ResponsibleLeader { get; set; }

    public string? SupervisingUnitCode { get; set; }

    /// <summary>Null: 1 January of the list's year.</summary>
    public DateOnly? Start { get; set; }

    public DateOnly? Deadline { get; set; }

    public decimal Weight { get; set; } = 1m;

    public List<MilestoneForm> Milestones { get; set; } = [];

    /// <summary>The task's version when the form was loaded (0 for a new task).</summary>
    public long Version { get; set; }

    /// <summary>The values as loaded, before the office's edits; null for a new task.</summary>
    public TaskForm? Original { get; set; }

    /// <summary>The sum of the milestones' shares (shown under the table).</summary>
    public decimal ShareTotal => Milestones.Sum(m => m.Share);

    /// <summary>The form of a stored task (its lead, supervising and co-units loaded), with itself as the original.</summary>
    public static TaskForm From(SupervisionTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var form = new TaskForm
        {
            Code = task.Code,
            Title = task.Title,
            Goal = task.Goal,
            Category = task.Category,
            Source = task.Source,
            SourceReference = task.SourceReference,
            SourceLeader = task.SourceLeader,
            SourceDate = task.SourceDate,
            SourceText = task.SourceText,
            LeadUnitCode = task.LeadUnit.Code,
            CoUnitCodes = task.CoUnits.Select(c => c.Unit.Code).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            ResponsibleLeader = task.ResponsibleLeader,
            SupervisingUnitCode = task.SupervisingUnit?.Code,
            Start = task.Start,
            Deadline = task.Deadline,
            Weight = task.Weight,
            Milestones = task.Milestones.OrderBy(m => m.Due).ThenBy(m => m.Id)
                .Select(m => new MilestoneForm { Id = m.Id, Title = m.Title, Due = m.Due, Share = m.Share }).ToList(),
            Version = task.Version,
        };
        form.Original = form.Copy();
        return form;
    }

    /// <summary>A deep copy of the values (without <see cref="Original"/>).</summary>
    public TaskForm Copy()
    {
        var copy = new TaskForm { Code = Code, Version = Version };
        foreach (var part in Parts)
        {
            part.Copy(this, copy);
        }

        return copy;
    }

    /// <summary>The fields whose values differ between two forms, with both values, in the form's order.</summary>
    public static IReadOnlyList<(string Field, object? Left, object? Right)> Differences(TaskForm left, TaskForm right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Parts.Select(p => (p.Field, Left: p.Value(left), Right: p.Value(right)))
            .Where(d => !Equals(d.Left, d.Right))
            .ToList();
    }

    /// <summary>
    /// After a conflict: the current values, except where the office had changed a field itself (its edit is kept);
    /// the result starts from <paramref name="current"/>'s version, so the next save is checked against it.
    /// </summary>
    public TaskForm Rebase(TaskForm current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var rebased = current.Copy();
        rebased.Original = current.Copy();
        var mine = Original is null ? [] : Differences(Original, this).Select(d => d.Field).ToHashSet();
        foreach (var part in Parts.Where(p => mine.Contains(p.Field)))
        {
            part.Copy(this, rebased);
        }

        return rebased;
    }

    private sealed record Part(string Field, Func<TaskForm, object?> Value, Action<TaskForm, TaskForm> Copy);
}

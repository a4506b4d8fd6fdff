using Microsoft.Extensions.Localization;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// The checks across rows before anything is written: codes twice in the file, units and tasks that exist
/// neither in the file nor in the database, a deadline before the start, a task's milestone shares above 1
/// (the file's milestones with the task's others already stored). Entity rules are checked again as the
/// import applies them (<see cref="ImportCommands"/>).
/// </summary>
internal static class ImportCheck
{
    /// <param name="list">What the file carries.</param>
    /// <param name="units">Unit codes the database holds.</param>
    /// <param name="storedShares">Per stored task code, its milestones' titles and shares.</param>
    /// <param name="localizer">The reader's language.</param>
    /// <returns>Every problem found.</returns>
    public static List<ImportProblem> Run(
        ImportedList list, IReadOnlySet<string> units, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> storedShares, IStringLocalizer localizer)
    {
        var problems = new List<ImportProblem>();
        void Add(ImportPlace place, string field, string key, params object?[] arguments) =>
            problems.Add(place.Problem(field, ImportText.Describe(localizer, key, arguments)));

        var unitCodes = new HashSet<string>(units, StringComparer.OrdinalIgnoreCase);
        unitCodes.UnionWith(list.Units.Where(u => u.Code is not null).Select(u => u.Code!));
        void Unit(ImportPlace place, string field, string? code)
        {
            if (code is not null && !unitCodes.Contains(code))
            {
                Add(place, field, "Import.UnknownUnit", code);
            }
        }

        Twice(list.Units, u => u.Code, u => u.Place, (place, code) => Add(place, "code", "Import.DuplicateCode", code));
        foreach (var unit in list.Units)
        {
            Unit(unit.Place, "competent", unit.Competent);
        }

        Twice(list.Tasks, t => t.Code, t => t.Place, (place, code) => Add(place, "code", "Import.DuplicateCode", code));
        foreach (var task in list.Tasks)
        {
            Unit(task.Place, "lead", task.Lead);
            Unit(task.Place, "supervisor", task.Supervisor);
            foreach (var coUnit in task.CoUnits)
            {
                Unit(task.Place, "coUnits", coUnit);
            }

            if (task is { Start: { } start, Deadline: { } deadline } && deadline < start)
            {
                Add(task.Place, "deadline", "Import.DeadlineBeforeStart", deadline, start);
            }
        }

        var taskCodes = new HashSet<string>(storedShares.Keys, StringComparer.OrdinalIgnoreCase);
        taskCodes.UnionWith(list.Tasks.Where(t => t.Code is not null).Select(t => t.Code!));
        Twice(list.Milestones, m => m.Task is null || m.Title is null ? null : $"{m.Task}\u0001{m.Title}", m => m.Place,
            (place, key) => Add(place, "title", "Import.DuplicateMilestone", key.Split('\u0001')[0], key.Split('\u0001')[1]));
        foreach (var milestone in list.Milestones.Where(m => m.Task is not null && !taskCodes.Contains(m.Task)))
        {
            Add(milestone.Place, "task", "Import.UnknownTask", milestone.Task);
        }

        foreach (var group in list.Milestones.Where(m => m.Task is not null && m.Share is not null).GroupBy(m => m.Task!, StringComparer.OrdinalIgnoreCase))
        {
            var inFile = group.GroupBy(m => m.Title ?? string.Empty).ToDictionary(g => g.Key, g => g.Last().Share!.Value);
            var stored = storedShares.GetValueOrDefault(group.Key) ?? new Dictionary<string, decimal>();
            var total = inFile.Values.Sum() + stored.Where(s => !inFile.ContainsKey(s.Key)).Sum(s => s.Value);
            if (total > 1m)
            {
                Add(group.Last().Place, "share", "Import.SharesOverOne", group.Key, total);
            }
        }

        return problems;
    }

    /// <summary>Calls <paramref name="twice"/> for every row whose key an earlier row already had.</summary>
    private static void Twice<T>(IEnumerable<T> rows, Func<T, string?> key, Func<T, ImportPlace> place, Action<ImportPlace, string> twice)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (key(row) is { } k && !seen.Add(k))
            {
                twice(place(row), k);
            }
        }
    }
}

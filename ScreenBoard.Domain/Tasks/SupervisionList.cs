using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Tasks;

/// <summary>一张清单: the year's supervision plan, one item per piece of key work.</summary>
public sealed class SupervisionList : Entity, IVersioned
{
    private readonly List<SupervisionTask> _tasks = [];

    private SupervisionList()
    {
        Title = string.Empty;
    }

    public SupervisionList(int year, string title)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException("List.YearOutOfRange", year);
        }

        Year = year;
        Title = Guard.Required(title, "List.Title", 200);
    }

    public int Year { get; private set; }

    public string Title { get; private set; }

    public IReadOnlyCollection<SupervisionTask> Tasks => _tasks.AsReadOnly();

    public long Version { get; set; }

    /// <summary>The default start of a task: 1 January of the list's year.</summary>
    public DateOnly FirstDay => new(Year, 1, 1);

    public void Retitle(string title) => Title = Guard.Required(title, "List.Title", 200);

    /// <summary>Adds a task; its code must be unique within the list.</summary>
    public SupervisionTask AddTask(SupervisionTaskDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var code = Guard.Required(draft.Code, "Task.Code", 32);
        if (_tasks.Any(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("List.DuplicateTaskCode", code);
        }

        var task = new SupervisionTask(this, draft with { Code = code, Start = draft.Start ?? FirstDay });
        _tasks.Add(task);
        return task;
    }

    /// <summary>
    /// The next free code of a series in this list's year: <c>{prefix}-{year}-{n:000}</c>, one above the highest
    /// number of the series (PS-2026-001, PS-2026-002 …), so a quick add never collides with a code already taken.
    /// </summary>
    public string NextCode(string prefix)
    {
        var series = $"{Guard.Required(prefix, "Task.Code", 16)}-{Year}-";
        var highest = _tasks
            .Select(t => t.Code.StartsWith(series, StringComparison.OrdinalIgnoreCase) && int.TryParse(t.Code.AsSpan(series.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"{series}{highest + 1:000}";
    }
}

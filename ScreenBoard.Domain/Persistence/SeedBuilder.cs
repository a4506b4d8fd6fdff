using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Seeding;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Builds the entities of a checked list (<see cref="SeedChecker"/>) into a context, without saving:
/// the caller saves all of it, or nothing when <see cref="Build"/> reports errors. Idempotent: units
/// are matched by code, the list by year and tasks by code, so a list built again adds only what is
/// not there yet. Reports, milestones and notices come with their task and are added only with a new task.
/// Entity invariants (<see cref="DomainException"/>) come back as errors naming the entry.
/// </summary>
public sealed class SeedBuilder
{
    private readonly ScreenBoardDbContext _db;
    private readonly int _year;
    private readonly SupervisionList? _existingList;
    private readonly Dictionary<string, Unit> _units;
    private readonly Dictionary<string, SupervisionTask> _tasks;
    private readonly HashSet<string> _newTasks = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SeedError> _errors = [];
    private int _unitsAdded;
    private int _reportsAdded;
    private int _noticesAdded;

    private SeedBuilder(ScreenBoardDbContext db, int year, SupervisionList? existingList, IEnumerable<Unit> units)
    {
        _db = db;
        _year = year;
        _existingList = existingList;
        _units = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        _tasks = (existingList?.Tasks ?? []).ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        Known = new SeedKnownCodes(_units.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), _tasks.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>What the database already holds, for <see cref="SeedChecker.Check"/>.</summary>
    public SeedKnownCodes Known { get; }

    /// <summary>Reads the units and the year's list the build will add to.</summary>
    /// <param name="db">The write's context.</param>
    /// <param name="year">The list's year.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<SeedBuilder> OpenAsync(ScreenBoardDbContext db, int year, CancellationToken cancellationToken = default)
    {
        var units = await db.Units.ToListAsync(cancellationToken);
        var list = await db.Lists.Include(l => l.Tasks).SingleOrDefaultAsync(l => l.Year == year, cancellationToken);
        return new SeedBuilder(db, year, list, units);
    }

    /// <summary>Adds the entities of a checked list to the context; errors are the entities' refusals.</summary>
    public (IReadOnlyList<SeedError> Errors, SeedResult Added) Build(SeedFile file)
    {
        IReadOnlyList<SeedTask> tasks = file.Tasks ?? [];
        IReadOnlyList<SeedNotice> notices = file.Notices ?? [];
        BuildUnits(file.Units ?? []);
        var supervisionList = _existingList ?? NewList(file.List ?? throw new ArgumentException("The list was not checked: it has no list entry.", nameof(file)));
        if (supervisionList is not null)
        {
            for (var i = 0; i < tasks.Count; i++)
            {
                if (!_tasks.ContainsKey(tasks[i].Code!))
                {
                    BuildTask(supervisionList, tasks[i], SeedPath.Item(string.Empty, "tasks", i, tasks[i].Code));
                }
            }

            for (var i = 0; i < notices.Count; i++)
            {
                // A notice belongs to its task: it is built with a new task only, so a second load adds none.
                if (string.IsNullOrWhiteSpace(notices[i].Task) || _newTasks.Contains(notices[i].Task!))
                {
                    BuildNotice(notices[i], SeedPath.Item(string.Empty, "notices", i));
                }
            }
        }

        return (_errors, new SeedResult(_year, _unitsAdded, _newTasks.Count, _reportsAdded, _noticesAdded));
    }

    private SupervisionList? NewList(SeedList entry)
    {
        var title = (entry.Title ?? string.Empty).Replace("{year}", _year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var list = Guarded("list", () => new SupervisionList(_year, title));
        if (list is not null)
        {
            _db.Lists.Add(list);
        }

        return list;
    }

    private void BuildUnits(IReadOnlyList<SeedUnit> entries)
    {
        var fresh = new List<(string At, SeedUnit Entry, Unit Unit)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var at = SeedPath.Item(string.Empty, "units", i, entry.Code);
            if (_units.ContainsKey(entry.Code!))
            {
                continue;
            }

            var unit = Guarded(at, () => new Unit(entry.Code!, entry.Name ?? string.Empty, EnumName.Parse<UnitKind>(entry.Kind)));
            if (unit is not null)
            {
                _units[unit.Code] = unit;
                fresh.Add((at, entry, unit));
                _db.Units.Add(unit);
                _unitsAdded++;
            }
        }

        foreach (var (at, entry, unit) in fresh.Where(f => !string.IsNullOrWhiteSpace(f.Entry.Competent)))
        {
            Guarded($"{at}.competent", () => unit.AssignReviewingUnit(_units[entry.Competent!]));
        }
    }

    private void BuildTask(SupervisionList list, SeedTask entry, string at)
    {
        var supervisor = string.IsNullOrWhiteSpace(entry.Supervisor) ? null : _units[entry.Supervisor];
        var draft = new SupervisionTaskDraft(entry.Code!, entry.Title ?? string.Empty, entry.Goal,
            EnumName.Parse<TaskCategory>(entry.Category), EnumName.Parse<TaskSource>(entry.Source), _units[entry.Lead!], supervisor,
            entry.Leader, SeedDates.ParseChecked(entry.Start, _year), SeedDates.ParseChecked(entry.Deadline, _year)!.Value, entry.Weight ?? 1m);
        var task = Guarded(at, () => list.AddTask(draft));
        if (task is null)
        {
            return;
        }

        _tasks[task.Code] = task;
        _newTasks.Add(task.Code);
        foreach (var coUnit in entry.CoUnits ?? [])
        {
            Guarded($"{at}.coUnits", () => task.AddCoUnit(_units[coUnit]));
        }

        var milestones = entry.Milestones ?? [];
        for (var m = 0; m < milestones.Count; m++)
        {
            var milestone = milestones[m];
            Guarded(SeedPath.Item(at, "milestones", m), () => task.AddMilestone(milestone.Title ?? string.Empty, SeedDates.ParseChecked(milestone.Due, _year)!.Value, milestone.Share!.Value));
        }

        var reports = entry.Reports ?? [];
        for (var r = 0; r < reports.Count; r++)
        {
            BuildReport(task, reports[r], SeedPath.Item(at, "reports", r));
        }
    }

    private void BuildReport(SupervisionTask task, SeedReport entry, string at)
    {
        var date = SeedDates.ParseChecked(entry.Date, _year)!.Value;
        var state = EnumName.Parse<ReportState>(entry.State);
        var submitted = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        var report = Guarded(at, () =>
        {
            var report = new ProgressReport(task, task.LeadUnit, date, entry.Percent!.Value, entry.Narrative ?? string.Empty, SeedLoader.Actor, submitted);
            if (state is ReportState.Reviewed or ReportState.Accepted)
            {
                report.Review(task.LeadUnit.ReviewingUnit?.Name ?? SeedLoader.Actor, submitted.AddHours(5));
            }

            if (state == ReportState.Accepted)
            {
                report.Accept(SeedLoader.Actor, submitted.AddHours(8));
            }
            else if (state == ReportState.Returned)
            {
                report.Return(SeedLoader.Actor, submitted.AddHours(8), entry.ReturnReason ?? string.Empty);
            }

            return report;
        });
        if (report is not null)
        {
            _db.Reports.Add(report);
            _reportsAdded++;
        }
    }

    private void BuildNotice(SeedNotice entry, string at)
    {
        var task = string.IsNullOrWhiteSpace(entry.Task) ? null : _tasks[entry.Task];
        var yellow = SeedDates.ParseChecked(entry.Yellow, _year);
        var yellowFix = SeedDates.ParseChecked(entry.YellowFixDeadline, _year);
        var red = SeedDates.ParseChecked(entry.Red, _year);
        var redFix = SeedDates.ParseChecked(entry.RedFixDeadline, _year);
        var resolved = SeedDates.ParseChecked(entry.Resolved, _year);
        var notice = Guarded(at, () =>
        {
            var notice = new RectificationNotice(_units[entry.Unit!], task, entry.Reason ?? string.Empty,
                SeedDates.ParseChecked(entry.Issued, _year)!.Value, SeedDates.ParseChecked(entry.FixDeadline, _year)!.Value, SeedLoader.Actor);
            if (yellow is { } y)
            {
                notice.Escalate(y, yellowFix ?? y.AddDays(10));
            }

            if (red is { } r)
            {
                notice.Escalate(r, redFix ?? r.AddDays(10));
            }

            if (resolved is { } done)
            {
                notice.Resolve(done, "已按要求完成整改。");
            }

            return notice;
        });
        if (notice is not null)
        {
            _db.Notices.Add(notice);
            _noticesAdded++;
        }
    }

    private T? Guarded<T>(string at, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (DomainException ex)
        {
            _errors.Add(new SeedError(at, ex));
            return null;
        }
    }

    private void Guarded(string at, Action change) => Guarded<object>(at, () =>
    {
        change();
        return new object();
    });
}

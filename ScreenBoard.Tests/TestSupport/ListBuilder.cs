using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>Builds a list in a real SQLite file: units, tasks, reports in any state, notices.</summary>
public sealed class ListBuilder(TestDatabase database, int year = 2026)
{
    private readonly SupervisionList _list = Build.List(year);
    private readonly Dictionary<string, Unit> _units = [];
    private readonly List<ProgressReport> _reports = [];
    private readonly List<RectificationNotice> _notices = [];
    private int _acceptOrder;

    public Unit Unit(string code) => _units.TryGetValue(code, out var unit) ? unit : _units[code] = Build.Unit(code);

    public SupervisionTask Task(string code, string unit, DateOnly start, DateOnly deadline, decimal weight = 1m)
    {
        var task = _list.AddTask(new SupervisionTaskDraft(code, $"任务{code}", null, TaskCategory.Key, TaskSource.AnnualList, Unit(unit), null, null, start, deadline, weight));
        return task;
    }

    /// <summary>Adds a report and walks it to <paramref name="state"/>; accepted in call order unless <paramref name="acceptedAt"/> says when.</summary>
    public ListBuilder Report(SupervisionTask task, DateOnly date, int percent, ReportState state = ReportState.Accepted, DateTimeOffset? acceptedAt = null)
    {
        var at = acceptedAt ?? Build.Noon.AddMinutes(_acceptOrder++);
        var report = new ProgressReport(task, task.LeadUnit, date, percent, "进展", "填报员", at);
        if (state is ReportState.Reviewed or ReportState.Accepted)
        {
            report.Review("主管部门", at);
        }

        if (state == ReportState.Accepted)
        {
            report.Accept("督查室", at);
        }
        else if (state == ReportState.Returned)
        {
            report.Return("督查室", at, "材料不全");
        }

        _reports.Add(report);
        return this;
    }

    public RectificationNotice Notice(string unit, DateOnly issued, DateOnly fixDeadline)
    {
        var notice = new RectificationNotice(Unit(unit), null, "进度滞后", issued, fixDeadline, "督查室");
        _notices.Add(notice);
        return notice;
    }

    public void Save()
    {
        using var db = database.CreateDbContext();
        db.Lists.Add(_list);
        db.Units.AddRange(_units.Values);
        db.Reports.AddRange(_reports);
        db.Notices.AddRange(_notices);
        db.SaveChanges();
    }

    /// <summary>The worked example of docs/scoring.md §7: unit U leads T1–T5, a notice escalated to yellow.</summary>
    public static void WorkedExample(TestDatabase database)
    {
        static DateOnly D(int m, int d) => new(2026, m, d);
        var b = new ListBuilder(database);
        var t1 = b.Task("T1", "U", D(1, 1), D(12, 31));
        var t2 = b.Task("T2", "U", D(1, 1), D(6, 30), weight: 2m);
        t2.AddMilestone("节点一", D(3, 31), 0.3m);
        t2.AddMilestone("节点二", D(5, 31), 0.5m);
        var t3 = b.Task("T3", "U", D(1, 1), D(3, 31));
        var t4 = b.Task("T4", "U", D(2, 1), D(4, 15));
        b.Task("T5", "U", D(5, 1), D(9, 30));
        b.Report(t1, D(4, 20), 30).Report(t2, D(4, 25), 40).Report(t3, D(3, 28), 100).Report(t4, D(4, 10), 80);
        b.Notice("U", D(4, 10), D(4, 20)).Escalate(D(4, 25), D(5, 10));
        b.Save();
    }
}

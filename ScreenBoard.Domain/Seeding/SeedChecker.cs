using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Seeding;

/// <summary>
/// Checks a list (a <see cref="SeedFile"/> read from a file, or rows an import produced) before anything
/// is built: required values, enum names, dates, codes and references, text characters
/// (<see cref="TextRules"/>), competent-department cycles, reports inside their task. Every problem is
/// collected and names its entry and field. The entities' own invariants (a percent above 100, shares
/// above 1 …) are refused when <see cref="Persistence.SeedBuilder"/> builds them, with the same naming.
/// </summary>
public sealed class SeedChecker
{
    private readonly List<SeedError> _errors = [];
    private readonly SeedFile _file;
    private readonly SeedKnownCodes _known;
    private readonly int _year;
    private readonly HashSet<string> _unitCodes;
    private readonly HashSet<string> _taskCodes;

    private SeedChecker(SeedFile file, int currentYear, SeedKnownCodes known)
    {
        _file = file;
        _known = known;
        _year = file.List?.Year ?? currentYear;
        _unitCodes = Codes(file.Units?.Select(u => u.Code));
        _taskCodes = Codes(file.Tasks?.Select(t => t.Code));
    }

    /// <param name="file">The list.</param>
    /// <param name="currentYear">The year a list with no year of its own is loaded into.</param>
    /// <param name="known">Codes the database already has.</param>
    /// <returns>Every problem; none when the list can be built.</returns>
    public static IReadOnlyList<SeedError> Check(SeedFile file, int currentYear, SeedKnownCodes known)
    {
        var checker = new SeedChecker(file, currentYear, known);
        checker.CheckFile();
        return checker._errors;
    }

    private void CheckFile()
    {
        if (_file.Format != SeedFile.CurrentFormat)
        {
            Add("format", "Seed.WrongFormat", SeedFile.CurrentFormat, Printable(_file.Format));
        }

        if (_file.List is null)
        {
            Add("list", "Seed.Missing");
        }
        else
        {
            Text(_file.List.Title, "list.title");
        }

        CheckUnits(_file.Units ?? []);
        foreach (var cycle in CompetentCycles.Find((_file.Units ?? []).Select(u => (u.Code, u.Competent)).ToList()))
        {
            Add(SeedPath.Item(string.Empty, "units", cycle.FirstIndex, cycle.Codes[0]) + ".competent",
                "Seed.CompetentCycle", cycle.Path);
        }

        var tasks = _file.Tasks ?? [];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tasks.Count; i++)
        {
            CheckTask(tasks[i], i, seen);
        }

        var notices = _file.Notices ?? [];
        for (var i = 0; i < notices.Count; i++)
        {
            CheckNotice(notices[i], SeedPath.Item(string.Empty, "notices", i));
        }
    }

    private void CheckUnits(IReadOnlyList<SeedUnit> units)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var at = SeedPath.Item(string.Empty, "units", i, unit.Code);
            if (Code(unit.Code, at) && !seen.Add(unit.Code!))
            {
                Add($"{at}.code", "Seed.DuplicateCode", unit.Code);
            }

            Text(unit.Name, $"{at}.name");
            Enum<UnitKind>(unit.Kind, $"{at}.kind");
            if (!string.IsNullOrWhiteSpace(unit.Competent))
            {
                Unit(unit.Competent, $"{at}.competent");
            }
        }
    }

    private void CheckTask(SeedTask task, int index, HashSet<string> seen)
    {
        var at = SeedPath.Item(string.Empty, "tasks", index, task.Code);
        if (Code(task.Code, at) && !seen.Add(task.Code!))
        {
            Add($"{at}.code", "Seed.DuplicateCode", task.Code);
        }

        Text(task.Title, $"{at}.title");
        Text(task.Goal, $"{at}.goal", multiLine: true);
        Text(task.Leader, $"{at}.leader");
        Enum<TaskCategory>(task.Category, $"{at}.category");
        Enum<TaskSource>(task.Source, $"{at}.source");
        Unit(task.Lead, $"{at}.lead");
        if (!string.IsNullOrWhiteSpace(task.Supervisor))
        {
            Unit(task.Supervisor, $"{at}.supervisor");
        }

        foreach (var coUnit in task.CoUnits ?? [])
        {
            Unit(coUnit, $"{at}.coUnits");
        }

        var start = task.Start is null ? new DateOnly(_year, 1, 1) : Date(task.Start, $"{at}.start");
        if (Date(task.Deadline, $"{at}.deadline") is { } deadline && start is { } from && deadline < from)
        {
            Add($"{at}.deadline", "Seed.DeadlineBeforeStart", deadline, from);
        }

        var milestones = task.Milestones ?? [];
        for (var m = 0; m < milestones.Count; m++)
        {
            var where = SeedPath.Item(at, "milestones", m);
            Text(milestones[m].Title, $"{where}.title");
            Date(milestones[m].Due, $"{where}.due");
            if (milestones[m].Share is null)
            {
                Add($"{where}.share", "Seed.Missing");
            }
        }

        var reports = task.Reports ?? [];
        for (var r = 0; r < reports.Count; r++)
        {
            CheckReport(reports[r], SeedPath.Item(at, "reports", r), start);
        }
    }

    private void CheckReport(SeedReport report, string at, DateOnly? start)
    {
        if (Date(report.Date, $"{at}.date") is { } date && start is { } from && date < from)
        {
            Add($"{at}.date", "Seed.ReportBeforeStart", date, from);
        }

        if (report.Percent is null)
        {
            Add($"{at}.percent", "Seed.MissingPercent");
        }

        Enum<ReportState>(report.State, $"{at}.state");
        Text(report.Narrative, $"{at}.narrative", multiLine: true);
        Text(report.ReturnReason, $"{at}.returnReason", multiLine: true);
    }

    private void CheckNotice(SeedNotice notice, string at)
    {
        if (!string.IsNullOrWhiteSpace(notice.Task) && !_taskCodes.Contains(notice.Task) && !_known.Tasks.Contains(notice.Task))
        {
            Add($"{at}.task", "Seed.UnknownTask", notice.Task);
        }

        Unit(notice.Unit, $"{at}.unit");
        Text(notice.Reason, $"{at}.reason", multiLine: true);
        Date(notice.Issued, $"{at}.issued");
        Date(notice.FixDeadline, $"{at}.fixDeadline");
        OptionalDate(notice.Yellow, $"{at}.yellow");
        OptionalDate(notice.YellowFixDeadline, $"{at}.yellowFixDeadline");
        var red = OptionalDate(notice.Red, $"{at}.red");
        OptionalDate(notice.RedFixDeadline, $"{at}.redFixDeadline");
        OptionalDate(notice.Resolved, $"{at}.resolved");
        if (red is not null && string.IsNullOrWhiteSpace(notice.Yellow))
        {
            Add($"{at}.red", "Seed.RedWithoutYellow");
        }
    }

    private bool Code(string? code, string at)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            Add($"{at}.code", "Seed.Missing");
            return false;
        }

        return Text(code, $"{at}.code");
    }

    private void Unit(string? code, string at)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            Add(at, "Seed.Missing");
        }
        else if (Text(code, at) && !_unitCodes.Contains(code) && !_known.Units.Contains(code))
        {
            Add(at, "Seed.UnknownUnit", code);
        }
    }

    private DateOnly? Date(string? text, string at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(at, "Seed.MissingDate");
            return null;
        }

        if (SeedDates.TryParse(text, _year, out var date))
        {
            return date;
        }

        Add(at, "Seed.NotADate", Printable(text), _year);
        return null;
    }

    private DateOnly? OptionalDate(string? text, string at) => string.IsNullOrWhiteSpace(text) ? null : Date(text, at);

    private void Enum<TEnum>(string? text, string at)
        where TEnum : struct, System.Enum
    {
        if (!EnumName.TryParse<TEnum>(text, out _))
        {
            Add(at, "Seed.NotOneOf", Printable(text), EnumName.Choices<TEnum>());
        }
    }

    private bool Text(string? text, string at, bool multiLine = false)
    {
        if (!TextRules.TryFindForbidden(text, multiLine, out var index, out var character))
        {
            return true;
        }

        Add(at, multiLine ? "Seed.ForbiddenCharacterMultiLine" : "Seed.ForbiddenCharacter", TextRules.Describe(character), index + 1);
        return false;
    }

    private void Add(string where, string key, params object?[] arguments) => _errors.Add(SeedError.At(where, key, arguments));

    /// <summary>A value quoted in a message, with forbidden characters shown as U+XXXX.</summary>
    private static string Printable(string? text) =>
        string.Concat((text ?? string.Empty).Select(c => TextRules.TryFindForbidden(c.ToString(), out _, out _) ? $"<{TextRules.Describe(c)}>" : c.ToString()));

    private static HashSet<string> Codes(IEnumerable<string?>? codes) =>
        new((codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c))!, StringComparer.OrdinalIgnoreCase);
}

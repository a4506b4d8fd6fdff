using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Seeding;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Loads a list file (<see cref="SeedFile"/>) into the database in one save: all of it or nothing.
/// Idempotent: units are matched by code, the list by year and tasks by code, so loading a file
/// again adds only what is not there yet (nothing, for the same file). Reports and notices come
/// with their task and are added only with a new task.
/// </summary>
public sealed class SeedLoader(IDbContextFactory<ScreenBoardDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>Who the audit trail and the reports name for loaded data.</summary>
    public const string Actor = "list-file";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <param name="path">The file.</param>
    /// <param name="currentYear">The year a list with no year of its own is loaded into (today's year in the office's zone).</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <exception cref="SeedFormatException">The file is malformed; the message names each entry and field. Nothing was written.</exception>
    public async Task<SeedResult> LoadAsync(string path, int currentYear, CancellationToken cancellationToken = default)
    {
        var file = await ReadAsync(path, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var result = await new SeedBuilder(db, file, currentYear).BuildAsync(cancellationToken);
        if (result.Errors.Count > 0)
        {
            throw new SeedFormatException(path, result.Errors);
        }

        if (result.Added.AddedAnything)
        {
            db.AuditEntries.Add(new Auditing.AuditEntry(
                Actor, timeProvider.GetUtcNow(), "LoadListFile", nameof(SupervisionList), result.Added.Year.ToString(CultureInfo.InvariantCulture), null,
                JsonSerializer.Serialize(new { file = Path.GetFileName(path), result.Added })));
            await db.SaveChangesAsync(cancellationToken);
        }

        return result.Added;
    }

    private static async Task<SeedFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new SeedFormatException(path, [$"The file does not exist (full path: {Path.GetFullPath(path)})."]);
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonOptions, cancellationToken)
                ?? throw new SeedFormatException(path, ["The file is empty (null)."]);
        }
        catch (JsonException ex)
        {
            throw new SeedFormatException(path, [$"Not valid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1} ({ex.Path}): {ex.Message}"]);
        }
    }

    /// <summary>One pass over the file: checks every entry, and builds the entities of those that are new.</summary>
    private sealed class SeedBuilder(ScreenBoardDbContext db, SeedFile file, int currentYear)
    {
        private readonly List<string> _errors = [];
        private readonly Dictionary<string, Unit> _units = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, SupervisionTask> _tasks = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _newTasks = new(StringComparer.OrdinalIgnoreCase);
        private int _year;
        private int _unitsAdded;
        private int _reportsAdded;
        private int _noticesAdded;

        public async Task<(IReadOnlyList<string> Errors, SeedResult Added)> BuildAsync(CancellationToken cancellationToken)
        {
            if (file.Format != SeedFile.CurrentFormat)
            {
                _errors.Add($"format: expected \"{SeedFile.CurrentFormat}\", found \"{file.Format}\".");
            }

            foreach (var unit in await db.Units.ToListAsync(cancellationToken))
            {
                _units[unit.Code] = unit;
            }

            var list = await BuildListAsync(cancellationToken);
            BuildUnits();
            if (list is not null)
            {
                BuildTasks(list);
                BuildNotices();
            }

            return (_errors, new SeedResult(_year, _unitsAdded, _newTasks.Count, _reportsAdded, _noticesAdded));
        }

        private async Task<SupervisionList?> BuildListAsync(CancellationToken cancellationToken)
        {
            if (file.List is null)
            {
                _errors.Add("list: missing.");
                return null;
            }

            _year = file.List.Year ?? currentYear;
            var existing = await db.Lists.Include(l => l.Tasks)
                .SingleOrDefaultAsync(l => l.Year == _year, cancellationToken);
            if (existing is not null)
            {
                foreach (var task in existing.Tasks)
                {
                    _tasks[task.Code] = task;
                }

                return existing;
            }

            var title = (file.List.Title ?? string.Empty).Replace("{year}", _year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var list = Guarded("list", () => new SupervisionList(_year, title));
            if (list is not null)
            {
                db.Lists.Add(list);
            }

            return list;
        }

        private void BuildUnits()
        {
            var entries = file.Units ?? [];
            var fresh = new List<(int Index, SeedUnit Entry, Unit Unit)>();
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var at = $"units[{i}]";
                if (string.IsNullOrWhiteSpace(entry.Code))
                {
                    _errors.Add($"{at}.code: missing.");
                    continue;
                }

                at = $"units[{i}] ({entry.Code})";
                if (fresh.Any(f => string.Equals(f.Entry.Code, entry.Code, StringComparison.OrdinalIgnoreCase)))
                {
                    _errors.Add($"{at}.code: used twice in the file.");
                    continue;
                }

                if (_units.ContainsKey(entry.Code))
                {
                    continue;
                }

                if (!TryEnum<UnitKind>(entry.Kind, $"{at}.kind", out var kind))
                {
                    continue;
                }

                var unit = Guarded(at, () => new Unit(entry.Code, entry.Name ?? string.Empty, kind));
                if (unit is not null)
                {
                    _units[unit.Code] = unit;
                    fresh.Add((i, entry, unit));
                    db.Units.Add(unit);
                    _unitsAdded++;
                }
            }

            foreach (var (index, entry, unit) in fresh.Where(f => !string.IsNullOrWhiteSpace(f.Entry.Competent)))
            {
                var reviewer = UnitByCode(entry.Competent, $"units[{index}] ({entry.Code}).competent");
                if (reviewer is not null)
                {
                    Guarded($"units[{index}] ({entry.Code}).competent", () => unit.AssignReviewingUnit(reviewer));
                }
            }
        }

        private void BuildTasks(SupervisionList list)
        {
            var entries = file.Tasks ?? [];
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (string.IsNullOrWhiteSpace(entry.Code))
                {
                    _errors.Add($"tasks[{i}].code: missing.");
                    continue;
                }

                var at = $"tasks[{i}] ({entry.Code})";
                if (!seen.Add(entry.Code))
                {
                    _errors.Add($"{at}.code: used twice in the file.");
                    continue;
                }

                if (!_tasks.ContainsKey(entry.Code))
                {
                    BuildTask(list, entry, at);
                }
            }
        }

        private void BuildTask(SupervisionList list, SeedTask entry, string at)
        {
            var ok = TryEnum<TaskCategory>(entry.Category, $"{at}.category", out var category);
            ok &= TryEnum<TaskSource>(entry.Source, $"{at}.source", out var source);
            var lead = UnitByCode(entry.Lead, $"{at}.lead");
            var supervisor = string.IsNullOrWhiteSpace(entry.Supervisor) ? null : UnitByCode(entry.Supervisor, $"{at}.supervisor");
            var start = entry.Start is null ? (DateOnly?)null : Date(entry.Start, $"{at}.start");
            var deadline = Date(entry.Deadline, $"{at}.deadline");
            ok &= lead is not null && deadline is not null && (entry.Start is null || start is not null)
                && (string.IsNullOrWhiteSpace(entry.Supervisor) || supervisor is not null);
            if (!ok)
            {
                return;
            }

            var draft = new SupervisionTaskDraft(entry.Code!, entry.Title ?? string.Empty, entry.Goal, category, source, lead!, supervisor,
                entry.Leader, start, deadline!.Value, entry.Weight ?? 1m);
            var task = Guarded(at, () => list.AddTask(draft));
            if (task is null)
            {
                return;
            }

            _tasks[task.Code] = task;
            _newTasks.Add(task.Code);
            foreach (var coUnit in entry.CoUnits ?? [])
            {
                var unit = UnitByCode(coUnit, $"{at}.coUnits");
                if (unit is not null)
                {
                    Guarded($"{at}.coUnits", () => task.AddCoUnit(unit));
                }
            }

            var milestones = entry.Milestones ?? [];
            for (var m = 0; m < milestones.Count; m++)
            {
                var milestone = milestones[m];
                var where = $"{at}.milestones[{m}]";
                var due = Date(milestone.Due, $"{where}.due");
                if (milestone.Share is null)
                {
                    _errors.Add($"{where}.share: missing.");
                }
                else if (due is not null)
                {
                    Guarded(where, () => task.AddMilestone(milestone.Title ?? string.Empty, due.Value, milestone.Share.Value));
                }
            }

            var reports = entry.Reports ?? [];
            for (var r = 0; r < reports.Count; r++)
            {
                BuildReport(task, reports[r], $"{at}.reports[{r}]");
            }
        }

        private void BuildReport(SupervisionTask task, SeedReport entry, string at)
        {
            var date = Date(entry.Date, $"{at}.date");
            var stateOk = TryEnum<ReportState>(entry.State, $"{at}.state", out var state);
            if (entry.Percent is null)
            {
                _errors.Add($"{at}.percent: missing.");
            }

            if (date is null || !stateOk || entry.Percent is null)
            {
                return;
            }

            var submitted = new DateTimeOffset(date.Value.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
            var report = Guarded(at, () =>
            {
                var report = new ProgressReport(task, task.LeadUnit, date.Value, entry.Percent.Value, entry.Narrative ?? string.Empty, Actor, submitted);
                if (state is ReportState.Reviewed or ReportState.Accepted)
                {
                    report.Review(task.LeadUnit.ReviewingUnit?.Name ?? Actor, submitted.AddHours(5));
                }

                if (state == ReportState.Accepted)
                {
                    report.Accept(Actor, submitted.AddHours(8));
                }
                else if (state == ReportState.Returned)
                {
                    report.Return(Actor, submitted.AddHours(8), entry.ReturnReason ?? string.Empty);
                }

                return report;
            });
            if (report is not null)
            {
                db.Reports.Add(report);
                _reportsAdded++;
            }
        }

        private void BuildNotices()
        {
            var entries = file.Notices ?? [];
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var at = $"notices[{i}]";
                var taskKnown = string.IsNullOrWhiteSpace(entry.Task) || _tasks.ContainsKey(entry.Task);
                if (!taskKnown)
                {
                    _errors.Add($"{at}.task: no task with code \"{entry.Task}\".");
                    continue;
                }

                // A notice belongs to its task: it is loaded with a new task only, so a second load adds none.
                if (!string.IsNullOrWhiteSpace(entry.Task) && !_newTasks.Contains(entry.Task))
                {
                    continue;
                }

                BuildNotice(entry, at);
            }
        }

        private void BuildNotice(SeedNotice entry, string at)
        {
            var unit = UnitByCode(entry.Unit, $"{at}.unit");
            var task = string.IsNullOrWhiteSpace(entry.Task) ? null : _tasks[entry.Task];
            var issued = Date(entry.Issued, $"{at}.issued");
            var fix = Date(entry.FixDeadline, $"{at}.fixDeadline");
            var yellow = OptionalDate(entry.Yellow, $"{at}.yellow", out var yellowOk);
            var yellowFix = OptionalDate(entry.YellowFixDeadline, $"{at}.yellowFixDeadline", out var yellowFixOk);
            var red = OptionalDate(entry.Red, $"{at}.red", out var redOk);
            var redFix = OptionalDate(entry.RedFixDeadline, $"{at}.redFixDeadline", out var redFixOk);
            var resolved = OptionalDate(entry.Resolved, $"{at}.resolved", out var resolvedOk);
            if (unit is null || issued is null || fix is null || !(yellowOk && yellowFixOk && redOk && redFixOk && resolvedOk))
            {
                return;
            }

            if (red is not null && yellow is null)
            {
                _errors.Add($"{at}.red: a 红牌 needs the 黄色警告 before it (yellow is missing).");
                return;
            }

            var notice = Guarded(at, () =>
            {
                var notice = new RectificationNotice(unit, task, entry.Reason ?? string.Empty, issued.Value, fix.Value, Actor);
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
                db.Notices.Add(notice);
                _noticesAdded++;
            }
        }

        private Unit? UnitByCode(string? code, string at)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                _errors.Add($"{at}: missing.");
                return null;
            }

            if (_units.TryGetValue(code, out var unit))
            {
                return unit;
            }

            _errors.Add($"{at}: no unit with code \"{code}\".");
            return null;
        }

        private DateOnly? Date(string? text, string at)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                _errors.Add($"{at}: missing (a date MM-dd).");
                return null;
            }

            if (DateOnly.TryParseExact($"{_year:0000}-{text}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            _errors.Add($"{at}: \"{text}\" is not a date MM-dd in {_year}.");
            return null;
        }

        private DateOnly? OptionalDate(string? text, string at, out bool ok)
        {
            ok = true;
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var date = Date(text, at);
            ok = date is not null;
            return date;
        }

        private bool TryEnum<TEnum>(string? text, string at, out TEnum value)
            where TEnum : struct, Enum
        {
            if (EnumName.TryParse(text, ignoreCase: false, out value))
            {
                return true;
            }

            _errors.Add($"{at}: \"{text}\" is not one of {EnumName.Choices<TEnum>()}.");
            return false;
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
                _errors.Add($"{at}: {ex.Message}");
                return null;
            }
        }

        private void Guarded(string at, Action change) => Guarded<object>(at, () =>
        {
            change();
            return new object();
        });
    }
}

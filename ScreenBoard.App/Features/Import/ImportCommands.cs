using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Seeding;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// Imports a list (a workbook in the template's shape, or the JSON list file) all or nothing: the file is read
/// and checked whole, every problem collected as row + column + reason (entry + field for JSON); then, in one
/// serialized write, units and tasks are matched by code and milestones by (task, title): new ones added,
/// existing ones changed through their own methods. Nothing is deleted. A rule an entity refuses while the
/// import applies it is a problem of its row too, and the write saves nothing.
/// </summary>
public sealed class ImportCommands(WriteRunner writes, OfficeClock clock, IOptions<ImportOptions> options, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The result's message key when the file has problems (<see cref="ImportOutcome.Problems"/>).</summary>
    public const string ProblemsKey = "Import.Refused";

    /// <summary>The largest file read (<c>Import:MaxBytes</c>).</summary>
    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>The office, or another system with an import token (the API's policy checks the token's scope).</summary>
    public static bool MayImport(Actor actor) => actor is { IsOffice: true } or { Role: ActorRole.ApiClient };

    /// <summary>Imports an upload: refused by its size (<paramref name="length"/>, then what is read) before it is parsed.</summary>
    public async Task<ImportOutcome> ImportAsync(Stream content, long? length, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!MayImport(actor))
        {
            return new ImportOutcome(CommandResult.Forbidden, ImportCounts.None, ImportCounts.None, []);
        }

        var bytes = length > MaxBytes ? null : await ListUpload.ReadAsync(content, MaxBytes, cancellationToken);
        return bytes is null ? TooLarge() : await ImportAsync(bytes, actor, cancellationToken);
    }

    /// <summary>The refusal of a file above <see cref="MaxBytes"/>.</summary>
    public ImportOutcome TooLarge() => Refused("Import.TooLarge", Megabytes(MaxBytes));

    /// <summary>Imports a file already read.</summary>
    public async Task<ImportOutcome> ImportAsync(byte[] content, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(actor);
        if (content.LongLength > MaxBytes)
        {
            return TooLarge();
        }

        var kind = ListUpload.KindOf(content);
        if (kind is ListUploadKind.Empty or ListUploadKind.Other)
        {
            return Refused(kind == ListUploadKind.Empty ? "Import.EmptyFile" : "Import.NotAListFile");
        }

        var problems = new List<ImportProblem>();
        var json = kind == ListUploadKind.Json ? await ListJsonReader.ParseAsync(content, localizer, problems, cancellationToken) : null;
        if (problems.Count > 0)
        {
            return ImportOutcome.Refused(problems);
        }

        var year = json?.List?.Year ?? clock.Today.Year;
        var (result, counts) = await writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(MayImport(actor));
            var units = await scope.Db.Units.ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
            var list = await scope.Db.Lists
                .Include(l => l.Tasks).ThenInclude(t => t.Milestones)
                .Include(l => l.Tasks).ThenInclude(t => t.CoUnits)
                .AsSplitQuery()
                .SingleOrDefaultAsync(l => l.Year == year, cancellationToken);
            var tasks = (list?.Tasks ?? []).ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
            var imported = json is null
                ? ListWorkbookReader.Read(content, year, localizer, problems)
                : ListJsonReader.Read(json, year, new SeedKnownCodes(units.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), tasks.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase)), localizer, problems);
            if (imported is not null)
            {
                var shares = tasks.Values.ToDictionary(t => t.Code, t => (IReadOnlyDictionary<string, decimal>)t.Milestones.ToDictionary(m => m.Title, m => m.Share), StringComparer.OrdinalIgnoreCase);
                AddUnlessPlaced(problems, ImportCheck.Run(imported, units.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), shares, localizer));
            }

            if (problems.Count > 0 || imported is null)
            {
                WriteScope.Refuse(ProblemsKey);
            }

            if (list is null)
            {
                list = new SupervisionList(year, imported!.Title?.Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    ?? localizer["Import.DefaultListTitle", year].Value);
                scope.Db.Lists.Add(list);
            }

            var apply = new ImportApplication(imported!, units, list, tasks, localizer, problems);
            apply.Run(unit => scope.Db.Units.Add(unit));
            if (problems.Count > 0)
            {
                WriteScope.Refuse(ProblemsKey);
            }

            scope.Audit("ImportList", nameof(SupervisionList), year.ToString(CultureInfo.InvariantCulture), null,
                new { apply.Added, apply.Changed, AddedTasks = apply.AddedTasks, ChangedTasks = apply.ChangedTasks });
            scope.Publish(BoardChange.Bulk);
            return (apply.Added, apply.Changed);
        }, serialized: true, cancellationToken);

        return result.Succeeded ? new ImportOutcome(result, counts.Added, counts.Changed, [])
            : problems.Count > 0 ? ImportOutcome.Refused(problems)
            : new ImportOutcome(result, ImportCounts.None, ImportCounts.None, []);
    }

    private ImportOutcome Refused(string key, params object?[] arguments) =>
        ImportOutcome.Refused([ImportProblem.OfFile(ImportText.Describe(localizer, key, arguments))]);

    /// <summary>A cross-row problem is left out where the file's own reading already named the same cell or field.</summary>
    private static void AddUnlessPlaced(List<ImportProblem> problems, IEnumerable<ImportProblem> more)
    {
        var placed = problems.Select(p => (p.Sheet, p.Row, p.Column, p.Entry, p.Field)).ToHashSet();
        problems.AddRange(more.Where(p => !placed.Contains((p.Sheet, p.Row, p.Column, p.Entry, p.Field))));
    }

    private static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.InvariantCulture);
}

using Microsoft.Extensions.Localization;
using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Seeding;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// Reads the JSON list file (<c>screenboard-list/1</c>) for an import: strictly (<see cref="SeedReader"/>), checked
/// like at first start (<see cref="SeedChecker"/>, every problem named by entry and field), then as the same
/// units, tasks and milestones a workbook carries. Its reports and notices are checked (a percent 0–100 …) but
/// not imported: progress is reported in the app.
/// </summary>
internal static class ListJsonReader
{
    /// <summary>Reads the file's shape; null (and problems) when it is no list file.</summary>
    public static async Task<SeedFile?> ParseAsync(byte[] content, IStringLocalizer localizer, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        try
        {
            return await SeedReader.ReadAsync(new MemoryStream(content), "upload", cancellationToken);
        }
        catch (SeedFormatException ex)
        {
            problems.AddRange(ex.Problems.Select(p => Problem(p, localizer)));
            return null;
        }
    }

    /// <summary>The checked file as units, tasks and milestones; its own problems go to <paramref name="problems"/>.</summary>
    public static ImportedList Read(SeedFile file, int year, SeedKnownCodes known, IStringLocalizer localizer, List<ImportProblem> problems)
    {
        problems.AddRange(SeedChecker.Check(file, year, known).Select(p => Problem(p, localizer)));
        var units = (file.Units ?? []).Select((u, i) => new ImportedUnit(
            Place("units", i, u.Code), u.Code, u.Name, Enum<UnitKind>(u.Kind), Blank(u.Competent))).ToList();
        var tasks = new List<ImportedTask>();
        var milestones = new List<ImportedMilestone>();
        var entries = file.Tasks ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var t = entries[i];
            var place = Place("tasks", i, t.Code);
            tasks.Add(new ImportedTask(place, t.Code, t.Title, Blank(t.Goal), Enum<TaskCategory>(t.Category), Enum<TaskSource>(t.Source),
                null, t.Lead, t.CoUnits ?? [], Blank(t.Supervisor), Blank(t.Leader),
                Date(t.Start, year) ?? new DateOnly(year, 1, 1), Date(t.Deadline, year), t.Weight ?? 1m));
            var ms = t.Milestones ?? [];
            for (var m = 0; m < ms.Count; m++)
            {
                milestones.Add(new ImportedMilestone(ImportPlace.OfEntry(SeedPath.Item(place.Entry!, "milestones", m)), t.Code, ms[m].Title, Date(ms[m].Due, year), ms[m].Share));
            }

            var reports = t.Reports ?? [];
            for (var r = 0; r < reports.Count; r++)
            {
                if (reports[r].Percent is { } percent and (< 0 or > 100))
                {
                    problems.Add(ImportPlace.OfEntry(SeedPath.Item(place.Entry!, "reports", r))
                        .Problem("percent", localizer.DescribeDomain("Report.PercentOutOfRange", [t.Code, percent])));
                }
            }
        }

        return new ImportedList(year, file.List?.Title, units, tasks, milestones);
    }

    private static ImportProblem Problem(SeedError error, IStringLocalizer localizer) =>
        new(null, null, null, error.Entry, error.Field, localizer.DescribeDomain(error.Key, error.Arguments));

    private static ImportPlace Place(string list, int index, string? code) => ImportPlace.OfEntry(SeedPath.Item(string.Empty, list, index, code));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static DateOnly? Date(string? text, int year) => SeedDates.TryParse(text, year, out var date) ? date : null;

    private static TEnum? Enum<TEnum>(string? text)
        where TEnum : struct, System.Enum => EnumName.TryParse<TEnum>(text, out var value) ? value : null;
}

using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// A list as a file carried it (a workbook in the template's shape or a JSON list file), read into values
/// but not yet checked against the database. A value the reader could not read is null and its problem is
/// already recorded; the import writes nothing unless every value was read and checked.
/// </summary>
public sealed record ImportedList(int Year, string? Title, IReadOnlyList<ImportedUnit> Units, IReadOnlyList<ImportedTask> Tasks, IReadOnlyList<ImportedMilestone> Milestones);

/// <summary>A unit's row: code, name, kind and competent department (主管部门), matched by code.</summary>
public sealed record ImportedUnit(ImportPlace Place, string? Code, string? Name, UnitKind? Kind, string? Competent);

/// <summary>A task's row, matched by code. <paramref name="Origin"/> null: the file does not carry the source record (the JSON list file), a stored one stays.</summary>
public sealed record ImportedTask(
    ImportPlace Place,
    string? Code,
    string? Title,
    string? Goal,
    TaskCategory? Category,
    TaskSource? Source,
    TaskOrigin? Origin,
    string? Lead,
    IReadOnlyList<string> CoUnits,
    string? Supervisor,
    string? Leader,
    DateOnly? Start,
    DateOnly? Deadline,
    decimal? Weight);

/// <summary>A milestone's row, matched by its task's code and its title.</summary>
public sealed record ImportedMilestone(ImportPlace Place, string? Task, string? Title, DateOnly? Due, decimal? Share);

using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.Import;

/// <summary>The list as the workbook carries it: the year's list (or one unit's tasks), every unit, and the template's examples.</summary>
public sealed class ListExportQueries(IDbContextFactory<ScreenBoardDbContext> contextFactory, OfficeClock clock)
{
    /// <summary>The year's list (this year by default) as rows; with <paramref name="unitCode"/> only the tasks that unit leads or co-handles.</summary>
    public async Task<ImportedList> ListAsync(string? unitCode = null, int? year = null, CancellationToken cancellationToken = default)
    {
        var listYear = year ?? clock.Today.Year;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Include(u => u.ReviewingUnit).OrderBy(u => u.Code).ToListAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.List.Year == listYear)
            .Where(t => unitCode == null || t.LeadUnit.Code == unitCode || t.CoUnits.Any(c => c.Unit.Code == unitCode))
            .Include(t => t.LeadUnit).Include(t => t.SupervisingUnit).Include(t => t.Milestones).Include(t => t.CoUnits).ThenInclude(c => c.Unit)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        tasks = [.. tasks.OrderBy(t => t.Code, StringComparer.Ordinal)];
        return new ImportedList(
            listYear,
            null,
            units.Select(u => new ImportedUnit(ImportPlace.Stored, u.Code, u.Name, u.Kind, u.ReviewingUnit?.Code)).ToList(),
            tasks.Select(t => new ImportedTask(ImportPlace.Stored, t.Code, t.Title, t.Goal, t.Category, t.Source, t.Origin, t.LeadUnit.Code,
                t.CoUnits.Select(c => c.Unit.Code).Order(StringComparer.Ordinal).ToList(), t.SupervisingUnit?.Code, t.ResponsibleLeader, t.Start, t.Deadline, t.Weight)).ToList(),
            tasks.SelectMany(t => t.Milestones.OrderBy(m => m.Due).ThenBy(m => m.Title, StringComparer.Ordinal)
                .Select(m => new ImportedMilestone(ImportPlace.Stored, t.Code, m.Title, m.Due, m.Share))).ToList());
    }

    /// <summary>Every unit's code and name, for choosing one to export.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken);
        return units.Select(u => (u.Code, u.Name)).ToList();
    }

    /// <summary>The import template: the workbook's shape with one example row per sheet, for this year; it imports as it is.</summary>
    public ImportedList Template()
    {
        var year = clock.Today.Year;
        return new ImportedList(
            year,
            null,
            [new ImportedUnit(ImportPlace.Stored, "NYJ", "市农业农村局", UnitKind.Department, null)],
            [new ImportedTask(ImportPlace.Stored, "DS-001", "农村道路提档升级", "完成 20 公里农村道路改造", TaskCategory.PeopleLivelihood, TaskSource.LeaderInstruction,
                new TaskOrigin("青委批〔" + year + "〕12号", "张某某（副市长）", new DateOnly(year, 1, 15), "请交通、农业部门合力推进，年内完成。"),
                "NYJ", [], null, "张某某（副市长）", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), 1m)],
            [new ImportedMilestone(ImportPlace.Stored, "DS-001", "完成设计", new DateOnly(year, 3, 31), 0.3m)]);
    }
}

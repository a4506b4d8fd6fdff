using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>Read-model rows for component tests, as the scoring query would produce them.</summary>
public static class Rows
{
    public static readonly DateOnly AsOf = new(2026, 11, 25);

    public static TaskRow Task(string code, ProgressStatus status, decimal actual = 0.4m, decimal expected = 0.6m, int unitId = 1, TaskCategory category = TaskCategory.Major) =>
        new(code.GetHashCode(StringComparison.Ordinal), code, $"任务{code}", category, TaskSource.AnnualList, unitId, $"单位{unitId}",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 1m, false, expected, actual, status, status == ProgressStatus.NotStarted ? null : 80m);

    public static UnitRow Unit(int id, string name, decimal? score, int? rank, decimal deductions = 0m) =>
        new(id, $"U{id}", name, UnitKind.Department, score + deductions, deductions, score, rank, 0.6m, 0.5m,
            Enum.GetValues<ProgressStatus>().ToDictionary(s => s, s => s == ProgressStatus.OnSchedule ? 2 : 0), ProgressStatus.Lagging);

    public static Board Board(IReadOnlyList<TaskRow> tasks, IReadOnlyList<UnitRow> units) => new(AsOf, 2026, "2026年度清单", tasks, units, ScoringRules.Default);
}

using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>Builders for entities in a valid default state; tests change what they are about.</summary>
public static class Build
{
    public static readonly DateTimeOffset Noon = new(2026, 4, 30, 12, 0, 0, TimeSpan.FromHours(8));

    public static Unit Unit(string code = "FGW", UnitKind kind = UnitKind.Department) => new(code, $"单位{code}", kind);

    public static SupervisionList List(int year = 2026) => new(year, $"{year}年度重点工作督查清单");

    public static SupervisionTask Task(
        SupervisionList? list = null,
        Unit? lead = null,
        string code = "DS-001",
        DateOnly? start = null,
        DateOnly? deadline = null) =>
        (list ?? List()).AddTask(new SupervisionTaskDraft(
            code, "推进重点项目建设", "年底前竣工投产", TaskCategory.Major, TaskSource.AnnualList,
            lead ?? Unit(), null, "王某某（副市长）", start, deadline ?? new DateOnly(2026, 12, 31)));
}

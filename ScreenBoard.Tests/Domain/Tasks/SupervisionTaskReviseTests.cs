using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Tasks;

/// <summary>Revise is all or nothing: a refused edit leaves every part of a stored task as it was, its keys included.</summary>
public sealed class SupervisionTaskReviseTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void ARefusedRevise_LeavesTheLeadAndSupervisingUnitsAndTheirKeysAsTheyWere()
    {
        var b = new ListBuilder(_database);
        b.Task("T1", "LEAD", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        b.Unit("OTHER");
        b.Unit("DEPT");
        b.Save();
        using var db = _database.CreateDbContext();
        var task = db.Tasks.Include(t => t.LeadUnit).Include(t => t.SupervisingUnit).Include(t => t.Milestones).Include(t => t.CoUnits).Single();
        var other = db.Units.Single(u => u.Code == "OTHER");
        var dept = db.Units.Single(u => u.Code == "DEPT");
        var (leadId, lead) = (task.LeadUnitId, task.LeadUnit);

        var draft = new SupervisionTaskDraft("T1", "改过的名称", null, TaskCategory.Key, TaskSource.AnnualList, other, dept, null,
            new DateOnly(2026, 6, 1), new DateOnly(2026, 5, 1));

        Assert.Throws<DomainException>(() => task.Revise(draft));
        Assert.Equal((leadId, lead, (int?)null, (object?)null, "任务T1"), (task.LeadUnitId, task.LeadUnit, task.SupervisingUnitId, (object?)task.SupervisingUnit, task.Title));
    }
}

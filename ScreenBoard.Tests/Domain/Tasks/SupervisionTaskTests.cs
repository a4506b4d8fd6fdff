using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Tasks;

public sealed class SupervisionTaskTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);

    [Fact]
    public void NewTask_WithoutStart_StartsOnFirstDayOfListYear()
    {
        var task = Build.Task();

        Assert.Equal(Jan1, task.Start);
    }

    [Fact]
    public void NewTask_DeadlineBeforeStart_IsRefusedWithTheKeyAndTheDates()
    {
        var ex = Assert.Throws<DomainException>(() =>
            Build.Task(start: new DateOnly(2026, 6, 1), deadline: new DateOnly(2026, 5, 31)));

        Assert.Equal("Task.DeadlineBeforeStart", ex.Key);
        Assert.Equal(new object?[] { "DS-001", new DateOnly(2026, 5, 31), new DateOnly(2026, 6, 1) }, ex.Arguments);
    }

    [Fact]
    public void NewTask_DeadlineEqualToStart_IsAllowed()
    {
        var task = Build.Task(start: new DateOnly(2026, 6, 1), deadline: new DateOnly(2026, 6, 1));

        Assert.Equal(task.Start, task.Deadline);
    }

    [Fact]
    public void AddTask_SameCodeTwiceInList_IsRefused()
    {
        var list = Build.List();
        Build.Task(list, code: "DS-001");

        var ex = Assert.Throws<DomainException>(() => Build.Task(list, code: "ds-001"));

        Assert.Equal(("List.DuplicateTaskCode", "ds-001"), (ex.Key, ex.Arguments.Single()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Reweigh_ZeroOrNegative_IsRefused(int weight)
    {
        var task = Build.Task();

        Assert.Throws<DomainException>(() => task.Reweigh(weight));
        Assert.Equal(1m, task.Weight);
    }

    [Fact]
    public void Milestones_SharesSummingToOne_AreAccepted()
    {
        var task = Build.Task();

        task.AddMilestone("方案", new DateOnly(2026, 3, 31), 0.4m);
        task.AddMilestone("开工", new DateOnly(2026, 6, 30), 0.6m);

        Assert.Equal(1m, task.Milestones.Sum(m => m.Share));
    }

    [Fact]
    public void Milestones_SharesAboveOne_AreRefusedAndTheListIsUnchanged()
    {
        var task = Build.Task();
        task.AddMilestone("方案", new DateOnly(2026, 3, 31), 0.7m);

        var ex = Assert.Throws<DomainException>(() => task.AddMilestone("开工", new DateOnly(2026, 6, 30), 0.31m));

        Assert.Equal("Task.SharesOverOne", ex.Key);
        Assert.Single(task.Milestones);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.01)]
    public void Milestone_ShareOutsideZeroToOne_IsRefused(double share)
    {
        var task = Build.Task();

        Assert.Throws<DomainException>(() => task.AddMilestone("方案", new DateOnly(2026, 3, 31), (decimal)share));
    }

    [Fact]
    public void Milestone_DueOutsideSchedule_IsRefused()
    {
        var task = Build.Task(start: new DateOnly(2026, 2, 1), deadline: new DateOnly(2026, 6, 30));

        Assert.Throws<DomainException>(() => task.AddMilestone("早了", new DateOnly(2026, 1, 31), 0.2m));
        Assert.Throws<DomainException>(() => task.AddMilestone("晚了", new DateOnly(2026, 7, 1), 0.2m));
    }

    [Fact]
    public void Milestones_AtStartAndDeadline_AreAllowed()
    {
        var task = Build.Task(start: new DateOnly(2026, 2, 1), deadline: new DateOnly(2026, 6, 30));

        task.AddMilestone("启动", task.Start, 0.1m);
        task.AddMilestone("验收", task.Deadline, 0.2m);

        Assert.Equal(2, task.Milestones.Count);
    }

    [Fact]
    public void Reschedule_LeavingAMilestoneOutside_IsRefused()
    {
        var task = Build.Task();
        task.AddMilestone("开工", new DateOnly(2026, 9, 30), 0.5m);

        Assert.Throws<DomainException>(() => task.Reschedule(Jan1, new DateOnly(2026, 8, 31)));
        Assert.Equal(new DateOnly(2026, 12, 31), task.Deadline);
    }

    [Fact]
    public void CoUnit_SameAsLeadUnit_IsRefused()
    {
        var lead = Build.Unit("JTJ");
        var task = Build.Task(lead: lead);

        Assert.Throws<DomainException>(() => task.AddCoUnit(lead));
    }

    [Fact]
    public void CoUnit_AddedTwice_IsRefused()
    {
        var task = Build.Task();
        var co = Build.Unit("CZJ");
        task.AddCoUnit(co);

        Assert.Throws<DomainException>(() => task.AddCoUnit(co));
        Assert.Single(task.CoUnits);
    }

    [Fact]
    public void CloseOut_Twice_IsRefused()
    {
        var task = Build.Task();
        task.CloseOut("督查室", Build.Noon);

        Assert.Throws<DomainException>(() => task.CloseOut("督查室", Build.Noon));
        Assert.True(task.IsClosedOut);
    }

    [Fact]
    public void Task_WithoutTitle_IsRefused()
    {
        var draft = new SupervisionTaskDraft("DS-9", " ", null, TaskCategory.Key, TaskSource.Hotline12345, Build.Unit(), null, null, null, new DateOnly(2026, 12, 31));

        var ex = Assert.Throws<DomainException>(() => Build.List().AddTask(draft));

        Assert.Equal(("Text.Required", new FieldName("Task.Title")), (ex.Key, ex.Arguments.Single()));
    }

    [Fact]
    public void List_YearOutOfRange_IsRefused() =>
        Assert.Throws<DomainException>(() => new SupervisionList(1899, "旧清单"));

    [Fact]
    public void Unit_AsItsOwnCompetentDepartment_IsRefused()
    {
        var unit = Build.Unit("HXZ", UnitKind.Town);

        Assert.Throws<DomainException>(() => unit.AssignReviewingUnit(unit));
    }
}

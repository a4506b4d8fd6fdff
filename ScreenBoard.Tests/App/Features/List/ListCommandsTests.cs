using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.List;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.List.ListScenario;

namespace ScreenBoard.Tests.App.Features.List;

/// <summary>Creating and editing tasks on the one write path: what is saved, and every refusal writing nothing.</summary>
public sealed class ListCommandsTests : IDisposable
{
    private static readonly Actor Office = TestActors.Office;
    private readonly ListScenario _s = new();

    public void Dispose() => _s.Dispose();

    public static TheoryData<ActorRole> NotTheOffice => new() { ActorRole.Reviewer, ActorRole.Reporter, ActorRole.Leader, ActorRole.Anonymous, ActorRole.Device, ActorRole.ApiClient };

    [Fact]
    public async Task Create_SavesTheTaskWithItsMilestonesAndCoUnits_AuditedAndAnnouncedOnce()
    {
        var (result, code) = await _s.Commands.CreateTaskAsync(NewTask(), Office);
        await _s.FlushAsync();

        Assert.True(result.Succeeded, result.MessageKey);
        Assert.Equal("DS-900", code);
        var task = _s.Task("DS-900")!;
        Assert.Equal(("OTHER", "DEPT", D(3, 1), D(10, 31), 2m, TaskCategory.Major), (task.LeadUnit.Code, task.SupervisingUnit!.Code, task.Start, task.Deadline, task.Weight, task.Category));
        Assert.Equal(["CO"], task.CoUnits.Select(c => c.Unit.Code));
        Assert.Equal([("方案", 0.3m), ("建成", 0.5m)], task.Milestones.OrderBy(m => m.Due).Select(m => (m.Title, m.Share)));
        await using var db = _s.Database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("CreateTask", nameof(SupervisionTask), task.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Action, audit.EntityType, audit.EntityKey));
        Assert.Null(audit.Before);
        Assert.Contains("新建重点任务", audit.After);
        var change = Assert.Single(_s.Changes);
        Assert.Equal((BoardChangeKind.Task, (int?)task.Id, (int?)task.LeadUnitId), (change.Kind, change.TaskId, change.UnitId));
    }

    [Theory]
    [MemberData(nameof(NotTheOffice))]
    public async Task Create_ByAnyoneButTheOffice_IsForbidden_AndNothingIsWritten(ActorRole role)
    {
        var (result, _) = await _s.Commands.CreateTaskAsync(NewTask(), new Actor("某人", role, null, "10.0.0.8"));

        Assert.Equal(CommandError.Forbidden, result.Error);
        Assert.Equal((1, 0), (_s.TaskCount(), _s.AuditCount()));
    }

    [Theory]
    [InlineData("duplicate code", "Domain.List.DuplicateTaskCode", TaskFields.Code)]
    [InlineData("deadline before start", "Domain.Task.DeadlineBeforeStart", TaskFields.Deadline)]
    [InlineData("shares over 1", "Domain.Task.SharesOverOne", TaskFields.Milestones)]
    [InlineData("lead as co-unit", "Domain.Task.LeadCannotBeCoUnit", TaskFields.CoUnits)]
    [InlineData("milestone outside", "Domain.Task.MilestoneDueOutsidePeriod", TaskFields.Milestones)]
    [InlineData("no title", "Domain.Text.Required", TaskFields.Title)]
    [InlineData("no deadline", "Domain.Text.Required", TaskFields.Deadline)]
    [InlineData("no lead", "Domain.Text.Required", TaskFields.LeadUnit)]
    [InlineData("unknown unit", "List.UnknownUnit", TaskFields.SupervisingUnit)]
    public async Task Create_ABadForm_IsRefusedNextToItsField_AndNothingIsWritten(string what, string key, string field)
    {
        var form = NewTask();
        Action<TaskForm> spoil = what switch
        {
            "duplicate code" => f => f.Code = "t1",
            "deadline before start" => f => (f.Milestones, f.Deadline) = ([], D(2, 1)),
            "shares over 1" => f => f.Milestones[1].Share = 0.8m,
            "lead as co-unit" => f => f.CoUnitCodes = ["CO", "OTHER"],
            "milestone outside" => f => f.Milestones[0].Due = D(11, 30),
            "no title" => f => f.Title = "  ",
            "no deadline" => f => f.Deadline = null,
            "no lead" => f => f.LeadUnitCode = null,
            _ => f => f.SupervisingUnitCode = "NOPE",
        };
        spoil(form);

        var (result, code) = await _s.Commands.CreateTaskAsync(form, Office);

        Assert.Equal((CommandError.Rule, key, field), (result.Error, result.MessageKey, ListFields.Of(result)));
        Assert.Null(code);
        Assert.Equal((1, 0), (_s.TaskCount(), _s.AuditCount()));
    }

    [Fact]
    public async Task Check_ReportsTheRefusalASaveWouldGet_AndWritesNothing()
    {
        var bad = NewTask();
        bad.Deadline = D(2, 1);

        var refused = await _s.Commands.CheckTaskAsync(null, bad, Office);
        var fine = await _s.Commands.CheckTaskAsync(null, NewTask(), Office);

        Assert.Equal("Domain.Task.DeadlineBeforeStart", refused.MessageKey);
        Assert.True(fine.Succeeded);
        Assert.Equal((1, 0), (_s.TaskCount(), _s.AuditCount()));
    }

    [Fact]
    public async Task Update_ChangesEverything_MilestonesAndCoUnits_InOneAuditedWrite()
    {
        var form = await _s.FormAsync();
        var version = form.Version;
        form.Title = "改后的名称";
        form.LeadUnitCode = "CO";
        form.CoUnitCodes = ["OTHER"];
        form.Deadline = D(9, 30);
        form.Milestones[0].Due = D(8, 31);
        form.Milestones[0].Share = 0.6m;
        form.Milestones.Add(new MilestoneForm { Title = "节点二", Due = D(9, 15), Share = 0.4m });

        var saved = await _s.Commands.UpdateTaskAsync("T1", version, form, Office);

        Assert.True(saved.Result.Succeeded, saved.Result.MessageKey);
        var task = _s.Task("T1")!;
        Assert.Equal(("改后的名称", "CO", D(9, 30), version + 1), (task.Title, task.LeadUnit.Code, task.Deadline, task.Version));
        Assert.Equal(["OTHER"], task.CoUnits.Select(c => c.Unit.Code));
        Assert.Equal([("节点一", D(8, 31), 0.6m), ("节点二", D(9, 15), 0.4m)], task.Milestones.OrderBy(m => m.Due).Select(m => (m.Title, m.Due, m.Share)));
        await using var db = _s.Database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal("UpdateTask", audit.Action);
        Assert.Contains("2026-12-31", audit.Before);
        Assert.Contains("2026-09-30", audit.After);
    }

    [Fact]
    public async Task Update_RemovingAMilestoneOnly_StillMovesTheVersion()
    {
        var form = await _s.FormAsync();
        form.Milestones.Clear();

        var saved = await _s.Commands.UpdateTaskAsync("T1", form.Version, form, Office);

        Assert.True(saved.Result.Succeeded);
        Assert.Equal((form.Version + 1, 0), (_s.Task("T1")!.Version, _s.Task("T1")!.Milestones.Count));
    }

    [Fact]
    public async Task Update_WithSharesOverOne_IsRefused_AndTheTaskStaysAsItWas()
    {
        var form = await _s.FormAsync();
        form.Title = "不会保存";
        form.Milestones.Add(new MilestoneForm { Title = "节点二", Due = D(9, 15), Share = 0.7m });

        var saved = await _s.Commands.UpdateTaskAsync("T1", form.Version, form, Office);

        Assert.Equal((CommandError.Rule, "Domain.Task.SharesOverOne"), (saved.Result.Error, saved.Result.MessageKey));
        var task = _s.Task("T1")!;
        Assert.Equal(("任务T1", form.Version, 1), (task.Title, task.Version, task.Milestones.Count));
        Assert.Equal(0, _s.AuditCount());
    }

    [Fact]
    public async Task Update_ByAReviewer_IsForbidden_AndNothingIsWritten()
    {
        var form = await _s.FormAsync();
        form.Title = "越权修改";

        var saved = await _s.Commands.UpdateTaskAsync("T1", form.Version, form, new Actor("主管部门", ActorRole.Reviewer, 1));

        Assert.Equal(CommandError.Forbidden, saved.Result.Error);
        Assert.Equal("任务T1", _s.Task("T1")!.Title);
    }
}

using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.List;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.List.ListScenario;

namespace ScreenBoard.Tests.App.Features.List;

/// <summary>Two people edit the same task: the second save is a conflict that shows what the first one changed, and overwrites nothing.</summary>
public sealed class ListConflictTests : IDisposable
{
    private static readonly Actor Me = TestActors.Office;
    private static readonly Actor ZhangSan = new("张三", ActorRole.Office, null, "10.0.0.9");
    private readonly ListScenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task ASecondSave_IsAConflict_ListingTheOthersChange_WhoAndWhen_AndNothingIsOverwritten()
    {
        var mine = await _s.FormAsync();
        var theirs = await _s.FormAsync();
        theirs.Deadline = D(12, 20);
        Assert.True((await _s.Commands.UpdateTaskAsync("T1", theirs.Version, theirs, ZhangSan)).Result.Succeeded);
        mine.Title = "我的新名称";

        var saved = await _s.Commands.UpdateTaskAsync("T1", mine.Version, mine, Me);

        Assert.Equal(CommandError.Conflict, saved.Result.Error);
        var conflict = saved.Conflict!;
        var change = Assert.Single(conflict.Changes);
        Assert.Equal((TaskFields.Deadline, (object?)D(12, 31), (object?)D(12, 20), (object?)null), (change.Field, change.Before, change.After, change.Mine));
        Assert.Equal(("张三", "10:00"), (conflict.By, conflict.At!.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        var task = _s.Task("T1")!;
        Assert.Equal(("任务T1", D(12, 20)), (task.Title, task.Deadline));
        Assert.Equal(1, _s.AuditCount());
    }

    [Fact]
    public async Task Reloading_TakesTheCurrentValues_KeepsMyEdits_AndThenSaves()
    {
        var mine = await _s.FormAsync();
        var theirs = await _s.FormAsync();
        theirs.Deadline = D(12, 20);
        await _s.Commands.UpdateTaskAsync("T1", theirs.Version, theirs, ZhangSan);
        mine.Title = "我的新名称";
        mine.Deadline = D(11, 30);

        var conflict = (await _s.Commands.UpdateTaskAsync("T1", mine.Version, mine, Me)).Conflict!;
        var reloaded = conflict.Current;
        var again = await _s.Commands.UpdateTaskAsync("T1", reloaded.Version, reloaded, Me);

        Assert.Equal(D(11, 30), Assert.Single(conflict.Changes).Mine);
        Assert.Equal(("我的新名称", D(11, 30)), (reloaded.Title, reloaded.Deadline));
        Assert.True(again.Result.Succeeded);
        Assert.Equal(("我的新名称", D(11, 30)), (_s.Task("T1")!.Title, _s.Task("T1")!.Deadline));
    }

    [Fact]
    public async Task AMilestoneChangedByTheOther_IsListed()
    {
        var mine = await _s.FormAsync();
        var theirs = await _s.FormAsync();
        theirs.Milestones[0].Share = 0.5m;
        await _s.Commands.UpdateTaskAsync("T1", theirs.Version, theirs, ZhangSan);

        var saved = await _s.Commands.UpdateTaskAsync("T1", mine.Version, mine, Me);

        var change = Assert.Single(saved.Conflict!.Changes);
        Assert.Equal((TaskFields.Milestones, "节点一 2026-06-30 0.4", "节点一 2026-06-30 0.5"), (change.Field, change.Before, change.After));
    }
}

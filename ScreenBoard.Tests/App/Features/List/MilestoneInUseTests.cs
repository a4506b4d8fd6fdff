using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.List;
using ScreenBoard.Tests.App.Features.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.List;

/// <summary>Where the list and the reports meet: a milestone a unit has reported as done cannot vanish from under its report.</summary>
public sealed class MilestoneInUseTests : IDisposable
{
    private readonly ReportingRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task RemovingAMilestoneThatAReportCompletes_IsRefused_AndNothingIsWritten()
    {
        var (submitted, reportId) = await _rig.Commands.SubmitAsync(_rig.Draft(milestone: _rig.Milestone), [], _rig.Lead);
        Assert.True(submitted.Succeeded, submitted.MessageKey);
        var queries = new ListQueries(_rig.Database, _rig.Clock);
        var commands = new ListCommands(_rig.Services.Writes, queries, _rig.Clock);
        var form = (await queries.TaskFormAsync("T1"))!;
        var version = form.Version;
        form.Milestones.Clear();
        var before = _rig.Counts();

        var saved = await commands.UpdateTaskAsync("T1", version, form, TestActors.Office);

        Assert.Equal((CommandError.Rule, "List.MilestoneInUse"), (saved.Result.Error, saved.Result.MessageKey));
        Assert.Equal(before, _rig.Counts());
        Assert.Equal(_rig.Milestone, _rig.Report(reportId).MilestoneId);
        Assert.Equal(version, (await queries.TaskFormAsync("T1"))!.Version);
    }
}

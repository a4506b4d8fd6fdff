using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Reports;

public sealed class ResubmitAndExtensionTests : IDisposable
{
    private readonly ReportingRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private async Task<ProgressReport> ReturnedReportAsync()
    {
        var (result, id) = await _rig.Commands.SubmitAsync(_rig.Draft(percent: 40, narrative: "第一次"), [], _rig.Lead);
        Assert.True(result.Succeeded);
        return await _rig.ReturnAsync(id);
    }

    [Fact]
    public async Task AReturnedReport_IsResubmittedOnce_AndStaysInTheHistoryAsReturned()
    {
        var returned = await ReturnedReportAsync();

        var (result, id) = await _rig.Commands.ResubmitAsync(returned.Id, returned.Version, _rig.Draft(percent: 45, narrative: "补充材料后"), [ReportingRig.Photo()], _rig.Lead);
        var again = await _rig.Commands.ResubmitAsync(returned.Id, _rig.Report(returned.Id).Version, _rig.Draft(), [ReportingRig.Photo()], _rig.Lead);

        Assert.True(result.Succeeded, result.MessageKey);
        var resubmission = _rig.Report(id);
        Assert.Equal((ReportState.Submitted, returned.Id, 45), (resubmission.State, resubmission.ResubmitsReportId, resubmission.Percent));
        Assert.Equal(ReportState.Returned, _rig.Report(returned.Id).State);
        Assert.Equal((CommandError.Rule, "Domain.Report.AlreadyResubmitted"), (again.Result.Error, again.Result.MessageKey));
        Assert.Equal(2, _rig.Counts().Reports);
        Assert.Single(_rig.FilesOnDisk());
    }

    [Fact]
    public async Task AnotherUnit_EvenACoUnitOfTheTask_MayNotResubmit()
    {
        var returned = await ReturnedReportAsync();
        var before = _rig.Counts();

        var (result, _) = await _rig.Commands.ResubmitAsync(returned.Id, returned.Version, _rig.Draft(), [ReportingRig.Photo()], _rig.Co);

        Assert.Equal(CommandError.Forbidden, result.Error);
        Assert.Equal(before, _rig.Counts());
        Assert.Empty(_rig.FilesOnDisk());
    }

    [Fact]
    public async Task AReportNotReturned_CannotBeResubmitted()
    {
        var (_, id) = await _rig.Commands.SubmitAsync(_rig.Draft(), [], _rig.Lead);

        var (result, _) = await _rig.Commands.ResubmitAsync(id, _rig.Report(id).Version, _rig.Draft(), [], _rig.Lead);

        Assert.Equal("Domain.Report.NotReturned", result.MessageKey);
        Assert.Equal(1, _rig.Counts().Reports);
    }

    [Fact]
    public async Task AStaleVersionOfTheReturnedReport_IsAConflict_AndNothingIsWritten()
    {
        var returned = await ReturnedReportAsync();
        var before = _rig.Counts();

        var (result, _) = await _rig.Commands.ResubmitAsync(returned.Id, returned.Version - 1, _rig.Draft(), [ReportingRig.Photo()], _rig.Lead);

        Assert.Equal(CommandError.Conflict, result.Error);
        Assert.Equal(before, _rig.Counts());
        Assert.Empty(_rig.FilesOnDisk());
    }

    [Fact]
    public async Task ApprovingAnExtension_MovesTheDeadlineInForce_AuditsOldAndNew_AndLeavesAPublishedSnapshotAlone()
    {
        await _rig.Services.Quarters.ComputeAsync(new QuarterId(2026, 3), TestActors.System("job"));
        await _rig.Services.Quarters.PublishAsync(new QuarterId(2026, 3), TestActors.Office);
        var snapshotBefore = SnapshotDeadlines();
        Assert.Contains(("T1", new DateOnly(2026, 12, 20)), snapshotBefore);
        var (asked, requestId) = await _rig.Commands.RequestExtensionAsync(_rig.T1, new DateOnly(2027, 3, 31), "冬季无法施工", _rig.Lead);
        Assert.True(asked.Succeeded, asked.MessageKey);

        var result = await _rig.Commands.DecideExtensionAsync(requestId, Request(requestId).Version, approve: true, "同意", TestActors.Office);

        Assert.True(result.Succeeded, result.MessageKey);
        await using var db = _rig.Database.CreateDbContext();
        Assert.Equal(new DateOnly(2027, 3, 31), db.Tasks.Single(t => t.Id == _rig.T1).Deadline);
        var request = Request(requestId);
        Assert.Equal((ExtensionState.Approved, new DateOnly(2026, 12, 20), "同意"), (request.State, request.OldDeadline, request.DecisionNote));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "RescheduleTask");
        Assert.Contains("2026-12-20", audit.Before);
        Assert.Contains("2027-03-31", audit.After);
        Assert.Equal(snapshotBefore, SnapshotDeadlines());
    }

    [Fact]
    public async Task RefusingAnExtension_LeavesTheDeadline_AndNeedsAReason()
    {
        var (_, requestId) = await _rig.Commands.RequestExtensionAsync(_rig.T1, new DateOnly(2027, 3, 31), "冬季无法施工", _rig.Lead);

        var withoutReason = await _rig.Commands.DecideExtensionAsync(requestId, Request(requestId).Version, approve: false, null, TestActors.Office);
        var refused = await _rig.Commands.DecideExtensionAsync(requestId, Request(requestId).Version, approve: false, "理由不充分", TestActors.Office);
        var twice = await _rig.Commands.DecideExtensionAsync(requestId, Request(requestId).Version, approve: true, null, TestActors.Office);

        Assert.Equal("Domain.Text.Required", withoutReason.MessageKey);
        Assert.True(refused.Succeeded);
        Assert.Equal("Domain.Extension.AlreadyDecided", twice.MessageKey);
        await using var db = _rig.Database.CreateDbContext();
        Assert.Equal(new DateOnly(2026, 12, 20), db.Tasks.Single(t => t.Id == _rig.T1).Deadline);
        Assert.Equal(ExtensionState.Refused, Request(requestId).State);
    }

    [Fact]
    public async Task OnlyTheLeadUnitsReporter_Asks_ForALaterDate_OnePendingAtATime()
    {
        var later = new DateOnly(2027, 1, 31);

        var co = await _rig.Commands.RequestExtensionAsync(_rig.T1, later, "理由", _rig.Co);
        var office = await _rig.Commands.RequestExtensionAsync(_rig.T1, later, "理由", TestActors.Office);
        var earlier = await _rig.Commands.RequestExtensionAsync(_rig.T1, new DateOnly(2026, 12, 20), "理由", _rig.Lead);
        var first = await _rig.Commands.RequestExtensionAsync(_rig.T1, later, "理由", _rig.Lead);
        var second = await _rig.Commands.RequestExtensionAsync(_rig.T1, later.AddDays(1), "理由", _rig.Lead);

        Assert.Equal((CommandError.Forbidden, CommandError.Forbidden), (co.Result.Error, office.Result.Error));
        Assert.Equal("Domain.Extension.NotLater", earlier.Result.MessageKey);
        Assert.True(first.Result.Succeeded);
        Assert.Equal("Reporting.ExtensionPending", second.Result.MessageKey);
        Assert.Equal(1, _rig.Counts().Extensions);
    }

    [Fact]
    public async Task OnlyTheOffice_Decides_AndAStaleVersionIsAConflict()
    {
        var (_, requestId) = await _rig.Commands.RequestExtensionAsync(_rig.T1, new DateOnly(2027, 1, 31), "理由", _rig.Lead);
        var version = Request(requestId).Version;

        var byReporter = await _rig.Commands.DecideExtensionAsync(requestId, version, approve: true, null, _rig.Lead);
        var byReviewer = await _rig.Commands.DecideExtensionAsync(requestId, version, approve: true, null, _rig.Reviewer);
        var stale = await _rig.Commands.DecideExtensionAsync(requestId, version + 1, approve: true, null, TestActors.Office);

        Assert.Equal((CommandError.Forbidden, CommandError.Forbidden, CommandError.Conflict), (byReporter.Error, byReviewer.Error, stale.Error));
        Assert.Equal(ExtensionState.Pending, Request(requestId).State);
        await using var db = _rig.Database.CreateDbContext();
        Assert.Equal(new DateOnly(2026, 12, 20), db.Tasks.Single(t => t.Id == _rig.T1).Deadline);
        Assert.Equal(1, await db.AuditEntries.CountAsync());
    }

    private ExtensionRequest Request(int id)
    {
        using var db = _rig.Database.CreateDbContext();
        return db.Extensions.Single(e => e.Id == id);
    }

    private List<(string, DateOnly)> SnapshotDeadlines()
    {
        using var db = _rig.Database.CreateDbContext();
        return db.TaskSnapshotRows.AsEnumerable().Select(r => (r.TaskCode, r.Deadline)).OrderBy(r => r.TaskCode).ToList();
    }
}

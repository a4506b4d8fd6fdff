using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Tests.App.Features.Reports;

/// <summary>Who sees which report in which inbox, paged in the database; the office's direct acceptance of a unit without a competent department.</summary>
public sealed class ReportInboxTests : IDisposable
{
    private readonly InboxScenario _s = new();

    public void Dispose() => _s.Dispose();

    private static string Codes(InboxPage page) => string.Join(" ", page.Items.Select(i => $"{i.TaskCode}:{i.State}"));

    [Fact]
    public async Task AReviewer_SeesOnlyTheSubmittedReportsOfItsUnits_OldestFirst()
    {
        var nyj = await _s.Inbox.PageAsync(_s.Reviewer("NYJ"), new InboxQuery());
        var jyj = await _s.Inbox.PageAsync(_s.Reviewer("JYJ"), new InboxQuery());
        var fgw = await _s.Inbox.PageAsync(_s.Reviewer("FGW"), new InboxQuery());

        Assert.Equal("T-QSZ:Submitted T-HXZ:Submitted", Codes(nyj));
        Assert.Equal(2, nyj.Total);
        Assert.Equal("T-LSZ:Submitted", Codes(jyj));
        Assert.Empty(fgw.Items);
    }

    [Fact]
    public async Task TheOffice_SeesReviewedReports_AndTheSubmittedReportsOfUnitsWithoutACompetentDepartment()
    {
        var page = await _s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery());

        Assert.Equal("T-QSZ:Reviewed T-LSZ:Reviewed T-FGW:Submitted", Codes(page));
        Assert.Equal([false, false, true], page.Items.Select(i => i.DirectToOffice));
        Assert.Equal(3, await _s.Inbox.CountAsync(InboxScenario.Office));
    }

    [Fact]
    public async Task ReportersAndLeaders_HaveNoInbox()
    {
        Assert.Empty((await _s.Inbox.PageAsync(_s.Reporter("QSZ"), new InboxQuery())).Items);
        Assert.Empty((await _s.Inbox.PageAsync(InboxScenario.Leader, new InboxQuery())).Items);
        Assert.Equal(0, await _s.Inbox.CountAsync(_s.Reporter("QSZ")));
        Assert.Equal(0, await _s.Inbox.CountAsync(InboxScenario.Leader));
        Assert.Empty(await _s.Inbox.UnitsAsync(InboxScenario.Leader));
    }

    [Fact]
    public async Task Paging_With45Waiting_ReturnsEachSliceAndTheTotal_AndFiltersByUnitAndTask()
    {
        using var s = new InboxScenario(extraFgwReviewed: 42);

        var first = await s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery(1));
        var third = await s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery(3));
        var beyond = await s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery(9));
        var fgwOnly = await s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery(1, UnitCode: "FGW"));
        var byTask = await s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery(1, TaskText: "lsz"));
        var byTitle = await s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery(1, TaskText: "任务T-QSZ"));

        Assert.Equal((45, 3, 20), (first.Total, first.PageCount, first.Items.Count));
        Assert.Equal("T-QSZ:Reviewed T-LSZ:Reviewed T-FGW:Submitted", string.Join(" ", first.Items.Take(3).Select(i => $"{i.TaskCode}:{i.State}")));
        Assert.Equal((3, 5), (third.Page, third.Items.Count));
        Assert.Equal(new DateOnly(2026, 5, 12), third.Items[^1].ReportDate);
        var second = await s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery(2));
        Assert.Equal(45, first.Items.Concat(second.Items).Concat(third.Items).Select(i => i.ReportId).Distinct().Count());
        Assert.Equal((3, 5), (beyond.Page, beyond.Items.Count));
        Assert.Equal((43, 20), (fgwOnly.Total, fgwOnly.Items.Count));
        Assert.All(fgwOnly.Items, i => Assert.Equal("FGW", i.UnitCode));
        Assert.Equal("T-LSZ:Reviewed", Codes(byTask));
        Assert.Equal("T-QSZ:Reviewed", Codes(byTitle));
        Assert.Equal(["FGW", "LSZ", "QSZ"], (await s.Inbox.UnitsAsync(InboxScenario.Office)).Select(u => u.Code));
    }

    [Fact]
    public async Task TheOffice_AcceptsASubmittedReportOfAUnitWithoutACompetentDepartment_Directly()
    {
        var item = (await _s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery(TaskText: "T-FGW"))).Items.Single();

        var result = await _s.Commands.AcceptAsync(item.ReportId, item.Version, InboxScenario.Office);

        Assert.True(result.Succeeded, result.MessageKey);
        await using var db = _s.Database.CreateDbContext();
        var report = await db.Reports.SingleAsync(r => r.Id == item.ReportId);
        Assert.Equal((ReportState.Accepted, "督查室", "督查室"), (report.State, report.ReviewedBy, report.AcceptedBy));
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal("AcceptReport", audit.Action);
        Assert.Contains("Submitted", audit.Before);
        Assert.Contains("Accepted", audit.After);
        Assert.Equal(0.5m, (await _s.Services.Queries.ForAsync(new DateOnly(2026, 11, 25))).Tasks.Single(t => t.Code == "T-FGW").Actual);
        Assert.Equal(2, await _s.Inbox.CountAsync(InboxScenario.Office));
    }

    [Fact]
    public async Task TheOffice_CannotAcceptASubmittedReportOfAUnitWithACompetentDepartment_AndNothingIsWritten()
    {
        var (id, version) = Report("T-QSZ", ReportState.Submitted);

        var result = await _s.Commands.AcceptAsync(id, version, InboxScenario.Office);

        Assert.Equal((CommandError.Rule, "Domain.Report.HasCompetentDepartment"), (result.Error, result.MessageKey));
        await AssertUnchangedAsync(id, ReportState.Submitted);
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        // who, which report, what
        { "Reporter:QSZ", "T-QSZ:Submitted", "review" },
        { "Leader", "T-QSZ:Submitted", "review" },
        { "Reviewer:JYJ", "T-QSZ:Submitted", "review" },
        { "Reviewer:JYJ", "T-QSZ:Submitted", "return" },
        { "Reviewer:NYJ", "T-QSZ:Reviewed", "return" },
        { "Reviewer:NYJ", "T-QSZ:Reviewed", "accept" },
        { "Reviewer:NYJ", "T-FGW:Submitted", "review" },
        { "Reporter:FGW", "T-FGW:Submitted", "accept" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task TheWrongRoleOrUnit_IsForbidden_AndNothingIsWritten(string who, string which, string what)
    {
        var actor = who.Split(':') switch
        {
            ["Reporter", var unit] => _s.Reporter(unit),
            ["Reviewer", var unit] => _s.Reviewer(unit),
            _ => InboxScenario.Leader,
        };
        var parts = which.Split(':');
        var state = Enum.Parse<ReportState>(parts[1]);
        var (id, version) = Report(parts[0], state);

        var result = await Run(what, id, version, actor);

        Assert.Equal(CommandError.Forbidden, result.Error);
        await AssertUnchangedAsync(id, state);
    }

    [Theory]
    [InlineData("T-QSZ", ReportState.Accepted, "accept")]
    [InlineData("T-QSZ", ReportState.Returned, "return")]
    [InlineData("T-QSZ", ReportState.Accepted, "review")]
    public async Task TheWrongState_IsARule_AndNothingIsWritten(string task, ReportState state, string what)
    {
        var (id, version) = Report(task, state);

        var result = await Run(what, id, version, InboxScenario.Office);

        Assert.Equal(CommandError.Rule, result.Error);
        await AssertUnchangedAsync(id, state);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_ForTheReviewerToo_AndNothingIsWritten()
    {
        var (id, version) = Report("T-QSZ", ReportState.Submitted);
        await using (var db = _s.Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Reports" SET "Version" = "Version" + 1 WHERE "Id" = {id}""");
        }

        var result = await _s.Commands.ReviewAsync(id, version, _s.Reviewer("NYJ"));

        Assert.Equal(CommandError.Conflict, result.Error);
        await AssertUnchangedAsync(id, ReportState.Submitted);
    }

    [Fact]
    public async Task TheCompetentDepartment_ApprovesOrReturns_AndTheReportMovesToTheOfficeOrBack()
    {
        var (id, version) = Report("T-QSZ", ReportState.Submitted);
        var (hxz, hxzVersion) = Report("T-HXZ", ReportState.Submitted);

        Assert.True((await _s.Commands.ReviewAsync(id, version, _s.Reviewer("NYJ"))).Succeeded);
        Assert.True((await _s.Commands.ReturnAsync(hxz, hxzVersion, _s.Reviewer("NYJ"), "佐证材料不全")).Succeeded);

        Assert.Empty((await _s.Inbox.PageAsync(_s.Reviewer("NYJ"), new InboxQuery())).Items);
        Assert.Contains((await _s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery())).Items, i => i.ReportId == id);
        await using var db = _s.Database.CreateDbContext();
        Assert.Equal("佐证材料不全", (await db.Reports.SingleAsync(r => r.Id == hxz)).ReturnReason);
    }

    private Task<CommandResult> Run(string what, int id, long version, Actor actor) => what switch
    {
        "review" => _s.Commands.ReviewAsync(id, version, actor),
        "accept" => _s.Commands.AcceptAsync(id, version, actor),
        _ => _s.Commands.ReturnAsync(id, version, actor, "退回原因"),
    };

    private (int Id, long Version) Report(string task, ReportState state)
    {
        using var db = _s.Database.CreateDbContext();
        var report = db.Reports.Include(r => r.Task).First(r => r.Task!.Code == task && r.State == state);
        return (report.Id, report.Version);
    }

    private async Task AssertUnchangedAsync(int id, ReportState state)
    {
        await using var db = _s.Database.CreateDbContext();
        Assert.Equal(state, (await db.Reports.SingleAsync(r => r.Id == id)).State);
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}

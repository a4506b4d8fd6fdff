using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Audit;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.App.Options;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.App.Features.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Audit;

/// <summary>The audit log's filters (user, unit of the actor or the record, task, office dates), paging, and the before/after view.</summary>
public sealed class AuditLogTests : IDisposable
{
    private readonly InboxScenario _s = new();
    private readonly AuditQueries _queries;

    public AuditLogTests()
    {
        _queries = new AuditQueries(_s.Database, new OfficeClock(_s.Services.Clock, Options.Create(new ScoringOptions())));
    }

    public void Dispose() => _s.Dispose();

    private async Task ActAsync()
    {
        var nyj = (await _s.Inbox.PageAsync(_s.Reviewer("NYJ"), new InboxQuery())).Items[0];
        Assert.True((await _s.Commands.ReviewAsync(nyj.ReportId, nyj.Version, _s.Reviewer("NYJ"))).Succeeded);
        var office = (await _s.Inbox.PageAsync(InboxScenario.Office, new InboxQuery())).Items;
        var fgw = office.Single(i => i.TaskCode == "T-FGW");
        var lsz = office.Single(i => i.TaskCode == "T-LSZ");
        Assert.True((await _s.Commands.AcceptAsync(fgw.ReportId, fgw.Version, InboxScenario.Office)).Succeeded);
        Assert.True((await _s.Commands.ReturnAsync(lsz.ReportId, lsz.Version, InboxScenario.Office, "数据有误")).Succeeded);
        await using var db = _s.Database.CreateDbContext();

        // 2026-11-25 00:30 and 2026-11-24 23:30 in Shanghai.
        db.AuditEntries.Add(new AuditEntry(new Actor("早班", ActorRole.Office), new DateTimeOffset(2026, 11, 24, 16, 30, 0, TimeSpan.Zero), "Note", "Other", "a", null, "{\"x\":1}"));
        db.AuditEntries.Add(new AuditEntry(new Actor("夜班", ActorRole.Office), new DateTimeOffset(2026, 11, 24, 15, 30, 0, TimeSpan.Zero), "Note", "Other", "b", null, "{\"x\":1}"));
        await db.SaveChangesAsync();
    }

    private async Task<string> ActionsAsync(AuditFilter filter) =>
        string.Join(" ", (await _queries.PageAsync(filter)).Rows.Select(r => $"{r.Actor}:{r.Action}"));

    [Fact]
    public async Task Filters_ByUser_Unit_Task_AndOfficeDates_NewestFirst()
    {
        await ActAsync();

        Assert.Equal("审核员NYJ:ReviewReport", await ActionsAsync(new AuditFilter(User: "审核员")));
        Assert.Equal("审核员NYJ:ReviewReport", await ActionsAsync(new AuditFilter(UnitCode: "NYJ")));
        Assert.Equal("审核员NYJ:ReviewReport", await ActionsAsync(new AuditFilter(UnitCode: "QSZ")));
        Assert.Equal("督查室:AcceptReport", await ActionsAsync(new AuditFilter(UnitCode: "FGW")));
        Assert.Equal("督查室:ReturnReport", await ActionsAsync(new AuditFilter(TaskCode: "T-LSZ")));
        Assert.Equal("督查室:ReturnReport 督查室:AcceptReport 审核员NYJ:ReviewReport 早班:Note", await ActionsAsync(new AuditFilter(From: new DateOnly(2026, 11, 25), To: new DateOnly(2026, 11, 25))));
        Assert.Equal("夜班:Note", await ActionsAsync(new AuditFilter(To: new DateOnly(2026, 11, 24))));
        Assert.Equal(string.Empty, await ActionsAsync(new AuditFilter(UnitCode: "NOPE")));
        var unit = (await _queries.PageAsync(new AuditFilter(User: "审核员"))).Rows.Single();
        Assert.Equal((ActorRole.Reviewer, "单位NYJ"), (unit.Role, unit.UnitName));
        Assert.Equal("2026-11-25 10:00:00", _queries.When(unit.At));
    }

    [Fact]
    public async Task Paging_ReturnsTheSliceAndTheTotal()
    {
        await using (var db = _s.Database.CreateDbContext())
        {
            for (var i = 0; i < 60; i++)
            {
                db.AuditEntries.Add(new AuditEntry(new Actor("批量", ActorRole.System), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i), "Bulk", "Other", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null));
            }

            await db.SaveChangesAsync();
        }

        var third = await _queries.PageAsync(new AuditFilter(User: "批量", Page: 3));

        Assert.Equal((60, 3, 3, 10), (third.Total, third.PageCount, third.Page, third.Rows.Count));
        Assert.Equal("9", third.Rows[0].EntityKey);
        Assert.Equal("0", third.Rows[^1].EntityKey);
    }

    [Fact]
    public void BeforeAndAfter_AreLaidSideBySide_WithTheChangedKeysMarked()
    {
        var changes = AuditChanges.Compare("{\"state\":\"Submitted\",\"Percent\":50,\"ReturnReason\":null}", "{\"state\":\"Returned\",\"Percent\":50,\"ReturnReason\":\"数据有误\"}");

        Assert.Equal(
            ["state:Submitted>Returned:True", "Percent:50>50:False", "ReturnReason:>数据有误:True"],
            changes.Select(c => $"{c.Key}:{c.Before}>{c.After}:{c.Changed}"));
        Assert.Equal(["x:>1:True"], AuditChanges.Compare(null, "{\"x\":1}").Select(c => $"{c.Key}:{c.Before}>{c.After}:{c.Changed}"));
        Assert.Equal(":旧>新:True", AuditChanges.Compare("旧", "新").Select(c => $"{c.Key}:{c.Before}>{c.After}:{c.Changed}").Single());
        Assert.Equal("state: Returned; Percent: 50", AuditChanges.Flat("{\"state\":\"Returned\",\"Percent\":50}"));
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScreenBoard.App;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Reports;

public sealed class ReportCommandsTests : IDisposable
{
    private static readonly Actor Office = new("督查室", ActorRole.Office, null, "127.0.0.1");
    private readonly TestDatabase _database = new();
    private readonly TestServices _services;
    private readonly ReportCommands _commands;
    private readonly List<BoardChangeBatch> _batches = [];
    private readonly int _reviewerUnitId;
    private readonly int _otherUnitId;

    public ReportCommandsTests()
    {
        var b = new ListBuilder(_database);
        var task = b.Task("T1", "U", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        b.Unit("U").AssignReviewingUnit(b.Unit("REV"));
        b.Unit("OTHER");
        b.Report(task, new DateOnly(2026, 4, 20), 55, ReportState.Reviewed);
        b.Report(task, new DateOnly(2026, 5, 20), 60, ReportState.Submitted);
        b.Save();
        using (var db = _database.CreateDbContext())
        {
            _reviewerUnitId = db.Units.Single(u => u.Code == "REV").Id;
            _otherUnitId = db.Units.Single(u => u.Code == "OTHER").Id;
        }

        _services = new TestServices(_database);
        _commands = new ReportCommands(_services.Writes);
        _services.Notifier.Subscribe(batch =>
        {
            _batches.Add(batch);
            return Task.CompletedTask;
        });
    }

    public void Dispose() => _database.Dispose();

    private (int Id, long Version) Report(ReportState state)
    {
        using var db = _database.CreateDbContext();
        var report = db.Reports.Single(r => r.State == state);
        return (report.Id, report.Version);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.CountAsync();
    }

    [Fact]
    public async Task Accept_CountsInTheScores_IsAuditedWithTheActor_AndTellsTheScreensOnce()
    {
        var (id, version) = Report(ReportState.Reviewed);

        var result = await _commands.AcceptAsync(id, version, Office);
        _services.Clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.True(result.Succeeded);
        Assert.Equal(0.55m, (await _services.Queries.ForAsync(new DateOnly(2026, 4, 30))).Tasks.Single().Actual);
        await using var db = _database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("AcceptReport", "督查室", ActorRole.Office, "127.0.0.1"), (audit.Action, audit.Actor, audit.ActorRole, audit.ClientAddress));
        Assert.Contains("Reviewed", audit.Before);
        Assert.Contains("Accepted", audit.After);
        var change = Assert.Single(Assert.Single(_batches).Changes);
        Assert.Equal((BoardChangeKind.Task, db.Tasks.Single().Id, db.Tasks.Single().LeadUnitId), (change.Kind, change.TaskId, change.UnitId));
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndNothingIsWritten()
    {
        var (id, version) = Report(ReportState.Reviewed);
        await _commands.ReturnAsync(id, version, Office, "材料不全");

        var result = await _commands.AcceptAsync(id, version, Office);

        Assert.Equal(CommandError.Conflict, result.Error);
        await using var db = _database.CreateDbContext();
        Assert.Equal(ReportState.Returned, (await db.Reports.SingleAsync(r => r.Id == id)).State);
        Assert.Equal(1, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task AnIllegalTransition_IsRefusedWithTheRuleInChinese_AndNothingIsWritten()
    {
        var (id, version) = Report(ReportState.Reviewed);

        var result = await _commands.ReviewAsync(id, version, Office);

        Assert.Equal((CommandError.Rule, "Domain.Report.WrongState"), (result.Error, result.MessageKey));
        Assert.Equal("该报送当前为“主管部门已审核”，此操作要求其为“已报送”。", Localizer("zh-CN").Describe(result));
        Assert.Equal("The report is Reviewed; this needs it to be Submitted.", Localizer("en").Describe(result));
        await using var db = _database.CreateDbContext();
        Assert.Equal(ReportState.Reviewed, (await db.Reports.SingleAsync(r => r.Id == id)).State);
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task AMissingReport_IsNotFound() =>
        Assert.Equal(CommandError.NotFound, (await _commands.AcceptAsync(999, 0, Office)).Error);

    [Theory]
    [InlineData(ActorRole.Anonymous)]
    [InlineData(ActorRole.Leader)]
    [InlineData(ActorRole.Reporter)]
    [InlineData(ActorRole.Reviewer)]
    [InlineData(ActorRole.Device)]
    public async Task OnlyTheOffice_MayAccept_AndARefusalWritesNothing(ActorRole role)
    {
        var (id, version) = Report(ReportState.Reviewed);

        var result = await _commands.AcceptAsync(id, version, new Actor("someone", role, _reviewerUnitId));

        Assert.Equal(CommandError.Forbidden, result.Error);
        await using var db = _database.CreateDbContext();
        Assert.Equal(ReportState.Reviewed, (await db.Reports.SingleAsync(r => r.Id == id)).State);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task TheCompetentDepartment_MayReview_AnotherUnitsReviewerMayNot()
    {
        var (id, version) = Report(ReportState.Submitted);

        var wrongUnit = await _commands.ReviewAsync(id, version, new Actor("别的部门", ActorRole.Reviewer, _otherUnitId));
        var competent = await _commands.ReviewAsync(id, version, new Actor("主管部门", ActorRole.Reviewer, _reviewerUnitId));

        Assert.Equal(CommandError.Forbidden, wrongUnit.Error);
        Assert.True(competent.Succeeded);
        await using var db = _database.CreateDbContext();
        Assert.Equal(ReportState.Reviewed, (await db.Reports.SingleAsync(r => r.Id == id)).State);
        Assert.Equal("主管部门", (await db.AuditEntries.SingleAsync()).Actor);
    }

    private static IStringLocalizer Localizer(string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return new StringLocalizer<SharedResource>(factory);
    }
}

using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.App.Features.Ladder;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.Ladder.LadderScenario;

namespace ScreenBoard.Tests.App.Features.Ladder;

/// <summary>The office's ladder actions as a person sees them (zh-CN), over a real database.</summary>
public sealed class LadderComponentsTests : BoardTestContext
{
    private static readonly Actor Office = TestActors.Office;
    private readonly LadderScenario _s = new();

    public LadderComponentsTests()
    {
        Services.AddSingleton(_s.Commands);
        Services.AddSingleton(new LadderQueries(_s.Database));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _s.Dispose();
    }

    private async Task<NoticeRow> RowAsync() =>
        (await new BoardDetailReader(_s.Database).NoticesAsync(D(11, 25))).Single(n => n.NoticeId == _s.NoticeId);

    private IRenderedComponent<NoticeActions> Actions(NoticeRow row, Actor? actor = null) =>
        Render<NoticeActions>(p => p.Add(c => c.Notice, row).Add(c => c.Actor, actor ?? Office));

    [Fact]
    public async Task Resolve_WithANote_RecordsIt_AndSaysSo()
    {
        var cut = Actions(await RowAsync());

        cut.Find("[data-field=note]").Change("已整改到位");
        await cut.Find("[data-action=resolve]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("已记录整改完成。", cut.Find("[data-testid=notice-message]").TextContent));
        Assert.Equal(("已整改到位", (DateOnly?)D(11, 25)), (_s.Notice().Resolution, _s.Notice().ResolvedOn));
    }

    [Fact]
    public async Task Resolve_WithoutANote_SaysWhyInChinese_AndChangesNothing()
    {
        var cut = Actions(await RowAsync());

        await cut.Find("[data-action=resolve]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("销号说明不能为空。", cut.Find("[data-testid=notice-message]").TextContent));
        Assert.False(_s.Notice().IsResolved);
    }

    [Fact]
    public async Task EscalateNow_MakesItYellowToday()
    {
        var cut = Actions(await RowAsync());

        await cut.Find("[data-action=escalate]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("已升级。", cut.Find("[data-testid=notice-message]").TextContent));
        Assert.Equal((LadderStep.YellowWarning, (DateOnly?)D(11, 25)), (_s.Notice().Step, _s.Notice().YellowWarningOn));
    }

    [Fact]
    public async Task AStaleRow_IsAConflict_ShownInChinese()
    {
        var row = await RowAsync();
        await _s.Sweep.RunAsync(D(10, 20));
        var cut = Actions(row);

        await cut.Find("[data-action=escalate]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("他人已先修改", cut.Find("[data-testid=notice-message]").TextContent));
        Assert.Null(_s.Notice().RedCardOn);
    }

    [Fact]
    public async Task NotTheOffice_IsRefused_AndNothingChanges()
    {
        var cut = Actions(await RowAsync(), new Actor("anonymous", ActorRole.Anonymous));

        await cut.Find("[data-action=escalate]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("您无权执行此操作，未作任何修改。", cut.Find("[data-testid=notice-message]").TextContent));
        Assert.Equal(LadderStep.RectificationNotice, _s.Notice().Step);
        Assert.Equal(0, _s.AuditCount());
    }

    [Fact]
    public async Task TheRedCard_CarriesTheDisciplineMark_AndOffersResolveButNoFurtherStep()
    {
        await _s.Sweep.RunAsync(D(11, 25));
        var row = await RowAsync();

        var board = Render<EscalationBoard>(p => p.Add(c => c.Notices, [row])
            .Add(c => c.NoticeActions, (RenderFragment<NoticeRow>)(n => b =>
            {
                b.OpenComponent<NoticeActions>(0);
                b.AddAttribute(1, nameof(NoticeActions.Notice), n);
                b.AddAttribute(2, nameof(NoticeActions.Actor), Office);
                b.CloseComponent();
            })));

        var card = board.Find($"[data-notice='{_s.NoticeId}']");
        Assert.Equal("移交纪委 · 计入年度考核", card.QuerySelector("[data-testid=referred]")!.TextContent);
        Assert.NotNull(card.QuerySelector("[data-action=resolve]"));
        Assert.Null(card.QuerySelector("[data-action=escalate]"));
    }

    [Fact]
    public async Task TheKioskBoard_WithoutActions_ShowsNone()
    {
        var row = await RowAsync();
        var board = Render<EscalationBoard>(p => p.Add(c => c.Notices, [row]));

        Assert.Empty(board.FindAll("[data-testid=notice-actions]"));
        Assert.Empty(board.FindAll("[data-testid=referred]"));
    }

    [Fact]
    public async Task IssueForm_GoesToTheLeadUnitByDefault_WithTenDaysToFix()
    {
        var cut = Render<IssueNoticeForm>(p => p.Add(c => c.TaskId, _s.TaskId).Add(c => c.Actor, Office).Add(c => c.Open, true));

        cut.Find("[data-field=reason]").Change("进度滞后于序时，请限期整改");
        await cut.Find("[data-action=issue]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("已下发限期整改单。", cut.Find("[data-testid=issue-message]").TextContent));
        using var db = _s.Database.CreateDbContext();
        var notice = db.Notices.Single(n => n.Id != _s.NoticeId);
        Assert.Equal((_s.UnitId, (int?)_s.TaskId, D(11, 25), D(12, 5), "进度滞后于序时，请限期整改"), (notice.UnitId, notice.TaskId, notice.IssuedOn, notice.FixDeadline, notice.Reason));
    }

    [Fact]
    public async Task IssueForm_WithoutAReason_SaysWhy_AndWritesNothing()
    {
        var cut = Render<IssueNoticeForm>(p => p.Add(c => c.TaskId, _s.TaskId).Add(c => c.Actor, Office).Add(c => c.Open, true));

        await cut.Find("[data-action=issue]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("整改事由不能为空。", cut.Find("[data-testid=issue-message]").TextContent));
        using var db = _s.Database.CreateDbContext();
        Assert.Equal(1, db.Notices.Count());
    }

    [Fact]
    public void TheTaskBoard_OffersTheNotice_OnLaggingAndOverdueTasksOnly()
    {
        var tasks = Enum.GetValues<ProgressStatus>().Select((status, i) => Rows.Task($"T{i}", status)).ToList();

        var cut = Render<TaskBoard>(p => p.Add(c => c.Board, Rows.Board(tasks, [Rows.Unit(1, "单位1", 90m, 1)]))
            .Add(c => c.TaskActions, (RenderFragment<TaskRow>)(t => b =>
            {
                b.OpenComponent<IssueNoticeLink>(0);
                b.AddAttribute(1, nameof(IssueNoticeLink.Task), t);
                b.CloseComponent();
            })));

        var offered = cut.FindAll("[data-action=issue-notice]").Select(a => a.GetAttribute("data-task") ?? string.Empty).Order().ToList();
        var expected = tasks.Where(t => t.Status is ProgressStatus.Lagging or ProgressStatus.Overdue).Select(t => t.Code).Order().ToList();
        Assert.Equal(expected, offered);
        Assert.All(cut.FindAll("[data-action=issue-notice]"), a => Assert.EndsWith("?issue=true", a.GetAttribute("href")));
    }
}

using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.Ladder.LadderScenario;

namespace ScreenBoard.Tests.App.Features.Ladder;

/// <summary>Issuing, escalating by hand and resolving: every legal transition, and every refusal writing nothing.</summary>
public sealed class LadderCommandsTests : IDisposable
{
    private static readonly Actor Office = TestActors.Office;
    private static readonly DateOnly Today = D(11, 25);
    private readonly LadderScenario _s = new();

    public void Dispose() => _s.Dispose();

    public static TheoryData<ActorRole> NotTheOffice => new() { ActorRole.Reviewer, ActorRole.Reporter, ActorRole.Leader, ActorRole.Anonymous, ActorRole.Device, ActorRole.ApiClient };

    private Actor Someone(ActorRole role) => new("某人", role, _s.UnitId, "10.0.0.8");

    [Fact]
    public async Task Issue_ToTheLeadUnit_IsDatedToday_Audited_AndAnnouncedOnce()
    {
        var (result, id) = await _s.Commands.IssueAsync(_s.TaskId, null, "进度滞后，请限期整改", D(12, 5), Office);
        await _s.FlushAsync();

        Assert.True(result.Succeeded);
        var notice = _s.Notice(id);
        Assert.Equal((_s.UnitId, (int?)_s.TaskId, Today, D(12, 5), LadderStep.RectificationNotice, "督查室"),
            (notice.UnitId, notice.TaskId, notice.IssuedOn, notice.FixDeadline, notice.Step, notice.IssuedBy));
        await using var db = _s.Database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("IssueNotice", "督查室", ActorRole.Office, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Action, audit.Actor, audit.ActorRole, audit.EntityKey));
        Assert.Null(audit.Before);
        Assert.Contains("进度滞后", audit.After);
        var change = Assert.Single(_s.Changes);
        Assert.Equal((BoardChangeKind.Notice, (int?)id, (int?)_s.UnitId, (int?)_s.TaskId), (change.Kind, change.NoticeId, change.UnitId, change.TaskId));
    }

    [Fact]
    public async Task Issue_ToACoUnit_GoesToThatUnit()
    {
        var (result, id) = await _s.Commands.IssueAsync(_s.TaskId, _s.CoUnitId, "协办不力", D(12, 5), Office);

        Assert.True(result.Succeeded);
        Assert.Equal(_s.CoUnitId, _s.Notice(id).UnitId);
    }

    [Theory]
    [InlineData("OTHER", "进度滞后", 12, 5, "Ladder.UnitNotOnTask")]
    [InlineData("U", "进度滞后", 11, 25, "Ladder.FixDeadlineNotAfterIssue")]
    [InlineData("U", "进度滞后", 11, 20, "Ladder.FixDeadlineNotAfterIssue")]
    [InlineData("U", "  ", 12, 5, "Domain.Text.Required")]
    [InlineData("U", null, 12, 5, "Domain.Text.Required")]
    [InlineData("U", "LONG", 12, 5, "Domain.Text.TooLong")]
    public async Task Issue_WithABadUnitDeadlineOrReason_IsRefused_AndNothingIsWritten(string unit, string? reason, int month, int day, string key)
    {
        var unitId = unit switch { "OTHER" => _s.OtherUnitId, _ => _s.UnitId };
        reason = reason == "LONG" ? new string('慢', 2001) : reason;

        var (result, id) = await _s.Commands.IssueAsync(_s.TaskId, unitId, reason, D(month, day), Office);

        Assert.Equal((CommandError.Rule, key), (result.Error, result.MessageKey));
        Assert.Equal(0, id);
        await using var db = _s.Database.CreateDbContext();
        Assert.Equal(1, await db.Notices.CountAsync());
        Assert.Equal(0, _s.AuditCount());
    }

    [Fact]
    public async Task Issue_ForAMissingTask_IsNotFound() =>
        Assert.Equal(CommandError.NotFound, (await _s.Commands.IssueAsync(999, null, "进度滞后", D(12, 5), Office)).Result.Error);

    [Fact]
    public async Task EscalateByHand_IsYellowToday_WithTheConfiguredDeadline_ThenRed()
    {
        var yellow = await _s.Commands.EscalateAsync(_s.NoticeId, _s.Notice().Version, Office);
        var red = await _s.Commands.EscalateAsync(_s.NoticeId, _s.Notice().Version, Office);
        await _s.FlushAsync();

        Assert.True(yellow.Succeeded && red.Succeeded);
        var notice = _s.Notice();
        Assert.Equal((Today, Today, Today.AddDays(10), true), (notice.YellowWarningOn!.Value, notice.RedCardOn!.Value, notice.FixDeadline, notice.IsReferredToDiscipline));
        await using var db = _s.Database.CreateDbContext();
        Assert.Equal(["EscalateNotice", "EscalateNotice"], await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(2, _s.Changes.Count);
    }

    [Fact]
    public async Task Resolve_WithANote_StopsTheLadder_AndKeepsItsSteps()
    {
        await _s.Sweep.RunAsync(D(10, 20));

        var result = await _s.Commands.ResolveAsync(_s.NoticeId, _s.Notice().Version, "已整改到位，补报进度", Office);

        Assert.True(result.Succeeded);
        var notice = _s.Notice();
        Assert.Equal((Today, "已整改到位，补报进度", (DateOnly?)D(10, 11)), (notice.ResolvedOn!.Value, notice.Resolution, notice.YellowWarningOn));
        Assert.Equal(0, await _s.Sweep.RunAsync(D(12, 31)));
        Assert.Null(_s.Notice().RedCardOn);
    }

    [Fact]
    public async Task Resolve_WithoutANote_IsRefused_AndNothingIsWritten()
    {
        var result = await _s.Commands.ResolveAsync(_s.NoticeId, _s.Notice().Version, " ", Office);

        Assert.Equal((CommandError.Rule, "Domain.Text.Required"), (result.Error, result.MessageKey));
        Assert.False(_s.Notice().IsResolved);
        Assert.Equal(0, _s.AuditCount());
    }

    [Fact]
    public async Task ResolvingAResolvedNotice_OrEscalatingIt_IsRefused_AndNothingIsWritten()
    {
        await _s.Commands.ResolveAsync(_s.NoticeId, _s.Notice().Version, "已整改", Office);
        var before = _s.Notice();

        var again = await _s.Commands.ResolveAsync(_s.NoticeId, before.Version, "再次整改", Office);
        var escalate = await _s.Commands.EscalateAsync(_s.NoticeId, before.Version, Office);

        Assert.Equal((CommandError.Rule, "Domain.Notice.AlreadyResolved"), (again.Error, again.MessageKey));
        Assert.Equal((CommandError.Rule, "Domain.Notice.ResolvedCannotEscalate"), (escalate.Error, escalate.MessageKey));
        var after = _s.Notice();
        Assert.Equal((before.Version, "已整改", (DateOnly?)null), (after.Version, after.Resolution, after.YellowWarningOn));
        Assert.Equal(1, _s.AuditCount());
    }

    [Fact]
    public async Task EscalatingARedCard_IsRefused_AndNothingIsWritten()
    {
        await _s.Sweep.RunAsync(D(10, 23));
        var before = _s.Notice();
        var audits = _s.AuditCount();

        var result = await _s.Commands.EscalateAsync(_s.NoticeId, before.Version, Office);

        Assert.Equal((CommandError.Rule, "Domain.Notice.AlreadyRedCard"), (result.Error, result.MessageKey));
        Assert.Equal((before.Version, before.FixDeadline, before.RedCardOn), (_s.Notice().Version, _s.Notice().FixDeadline, _s.Notice().RedCardOn));
        Assert.Equal(audits, _s.AuditCount());
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_ForResolveAndEscalate_AndNothingIsWritten()
    {
        var seen = _s.Notice().Version;
        await _s.Sweep.RunAsync(D(10, 20));
        var swept = _s.Notice();

        var resolve = await _s.Commands.ResolveAsync(_s.NoticeId, seen, "已整改", Office);
        var escalate = await _s.Commands.EscalateAsync(_s.NoticeId, seen, Office);

        Assert.Equal((CommandError.Conflict, CommandError.Conflict), (resolve.Error, escalate.Error));
        var after = _s.Notice();
        Assert.Equal((swept.Version, false, (DateOnly?)null), (after.Version, after.IsResolved, after.RedCardOn));
        Assert.Equal(1, _s.AuditCount());
    }

    [Fact]
    public async Task AMissingNotice_IsNotFound()
    {
        Assert.Equal(CommandError.NotFound, (await _s.Commands.ResolveAsync(999, 0, "已整改", Office)).Error);
        Assert.Equal(CommandError.NotFound, (await _s.Commands.EscalateAsync(999, 0, Office)).Error);
    }

    [Theory]
    [MemberData(nameof(NotTheOffice))]
    public async Task OnlyTheOffice_Issues_Escalates_Resolves_OrSweeps_AndARefusalWritesNothing(ActorRole role)
    {
        var before = _s.Notice();
        var actor = Someone(role);

        var issue = await _s.Commands.IssueAsync(_s.TaskId, null, "进度滞后", D(12, 5), actor);
        var escalate = await _s.Commands.EscalateAsync(_s.NoticeId, before.Version, actor);
        var resolve = await _s.Commands.ResolveAsync(_s.NoticeId, before.Version, "已整改", actor);
        var sweep = await _s.Commands.SweepAsync(_s.NoticeId, D(10, 20), actor);
        await _s.FlushAsync();

        Assert.All([issue.Result, escalate, resolve, sweep.Result], r => Assert.Equal(CommandError.Forbidden, r.Error));
        var after = _s.Notice();
        Assert.Equal((before.Version, before.Step, before.FixDeadline, before.IsResolved), (after.Version, after.Step, after.FixDeadline, after.IsResolved));
        await using var db = _s.Database.CreateDbContext();
        Assert.Equal(1, await db.Notices.CountAsync());
        Assert.Equal(0, _s.AuditCount());
        Assert.Empty(_s.Changes);
    }
}

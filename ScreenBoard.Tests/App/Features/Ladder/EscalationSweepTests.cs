using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Ladder;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Escalation;
using static ScreenBoard.Tests.App.Features.Ladder.LadderScenario;

namespace ScreenBoard.Tests.App.Features.Ladder;

/// <summary>The daily sweep on explicit dates: twice a day, after a gap of days, two at once (docs/decisions/014).</summary>
public sealed class EscalationSweepTests : IDisposable
{
    private readonly LadderScenario _s = new();

    public void Dispose() => _s.Dispose();

    private async Task<List<(string Action, string Actor, ActorRole Role)>> AuditsAsync()
    {
        await using var db = _s.Database.CreateDbContext();
        return (await db.AuditEntries.OrderBy(a => a.Id).ToListAsync()).Select(a => (a.Action, a.Actor, a.ActorRole)).ToList();
    }

    [Fact]
    public async Task TheIssuesExample_DueOn1011_FoundOn1020_IsYellowDated1011_FixBy1021()
    {
        var steps = await _s.Sweep.RunAsync(D(10, 20));
        await _s.FlushAsync();

        Assert.Equal(1, steps);
        var notice = _s.Notice();
        Assert.Equal((LadderStep.YellowWarning, D(10, 11), D(10, 21), (DateOnly?)null), (notice.Step, notice.YellowWarningOn!.Value, notice.FixDeadline, notice.RedCardOn));
        Assert.Equal([("SweepNotice", "job:escalation-sweep", ActorRole.System)], await AuditsAsync());
        var change = Assert.Single(_s.Changes);
        Assert.Equal((BoardChangeKind.Notice, (int?)_s.NoticeId, (int?)_s.UnitId), (change.Kind, change.NoticeId, change.UnitId));
    }

    [Fact]
    public async Task RunTwiceOnTheSameDay_TakesOneStep_WritesOneAuditEntry_AndAnnouncesOnce()
    {
        var first = await _s.Sweep.RunAsync(D(10, 11));
        var version = _s.Notice().Version;
        var second = await _s.Sweep.RunAsync(D(10, 11));
        await _s.FlushAsync();

        Assert.Equal((1, 0), (first, second));
        Assert.Equal((version, (DateOnly?)D(10, 11)), (_s.Notice().Version, _s.Notice().YellowWarningOn));
        Assert.Single(await AuditsAsync());
        Assert.Single(_s.Changes);
    }

    [Fact]
    public async Task AfterAGapOfDays_EachStepOnce_DatedWhenDue_DeadlinesCountedFromThen()
    {
        // Down from 10-05 to 11-30: the yellow fell due on 10-11 (fix by 10-21), the red on 10-22 (fix by 11-01).
        var steps = await _s.Sweep.RunAsync(D(11, 30));
        var again = await _s.Sweep.RunAsync(D(12, 31));

        Assert.Equal((2, 0), (steps, again));
        var notice = _s.Notice();
        Assert.Equal((D(10, 11), D(10, 22), D(11, 1), true), (notice.YellowWarningOn!.Value, notice.RedCardOn!.Value, notice.FixDeadline, notice.IsReferredToDiscipline));
        Assert.Single(await AuditsAsync());
    }

    [Fact]
    public async Task DayByDay_TheSameDatesAsAfterTheGap()
    {
        for (var day = D(10, 1); day <= D(11, 30); day = day.AddDays(1))
        {
            await _s.Sweep.RunAsync(day);
        }

        var notice = _s.Notice();
        Assert.Equal((D(10, 11), D(10, 22), D(11, 1)), (notice.YellowWarningOn!.Value, notice.RedCardOn!.Value, notice.FixDeadline));
        Assert.Equal(2, (await AuditsAsync()).Count);
    }

    [Fact]
    public async Task TwoSweepsAtOnce_TakeEachStepOnce()
    {
        var runs = await Task.WhenAll(_s.Sweep.RunAsync(D(10, 20)), _s.Sweep.RunAsync(D(10, 20)), _s.Sweep.RunAsync(D(10, 20)));

        Assert.Equal(1, runs.Sum());
        Assert.Equal((D(10, 11), D(10, 21)), (_s.Notice().YellowWarningOn!.Value, _s.Notice().FixDeadline));
        Assert.Single(await AuditsAsync());
    }

    [Fact]
    public async Task ANoticeResolvedInTime_IsLeftAlone()
    {
        await _s.Commands.ResolveAsync(_s.NoticeId, _s.Notice().Version, "已整改到位", TestSupport.TestActors.Office);

        Assert.Equal(0, await _s.Sweep.RunAsync(D(12, 31)));
        Assert.Equal(LadderStep.RectificationNotice, _s.Notice().Step);
    }

    [Fact]
    public async Task TheSweep_MovesTheUnitsDeductions_OnTheDatesTheStepsWereDue()
    {
        static decimal Deductions(ScreenBoard.Domain.Boards.Board board) => board.Units.Single(u => u.Code == "U").Deductions;
        Assert.Equal(1m, Deductions(await _s.Services.Queries.ForAsync(D(11, 25))));

        await _s.Sweep.RunAsync(D(11, 25));

        Assert.Equal(1m, Deductions(await _s.Services.Queries.ForAsync(D(10, 10))));
        Assert.Equal(1m + 3m, Deductions(await _s.Services.Queries.ForAsync(D(10, 11))));
        Assert.Equal(1m + 3m + 5m, Deductions(await _s.Services.Queries.ForAsync(D(11, 25))));
    }
}

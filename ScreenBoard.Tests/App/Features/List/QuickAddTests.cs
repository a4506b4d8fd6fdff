using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.List;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.List.ListScenario;

namespace ScreenBoard.Tests.App.Features.List;

/// <summary>Quick add: a 批示件, a 12345 ticket or a finding becomes a task with its source, its origin and the next code of its series.</summary>
public sealed class QuickAddTests : IDisposable
{
    private static readonly Actor Office = TestActors.Office;
    private readonly ListScenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task ALeadersInstruction_IsATaskFromThatSource_WithItsTextLeaderAndDate_CodedPS()
    {
        var form = new QuickAddForm
        {
            Kind = QuickAddKind.LeaderInstruction, Text = "请市住建局牵头抓紧解决老旧小区加装电梯问题。\n限期报告进展。", Leader = "李市长",
            Reference = "青政批〔2026〕15号", Date = D(11, 20), LeadUnitCode = "U", Deadline = D(12, 31), Category = TaskCategory.Key,
        };

        var (first, code1) = await _s.Commands.QuickAddAsync(form, Office);
        var (second, code2) = await _s.Commands.QuickAddAsync(form, Office);

        Assert.True(first.Succeeded && second.Succeeded, first.MessageKey);
        Assert.Equal(("PS-2026-001", "PS-2026-002"), (code1, code2));
        var task = _s.Task("PS-2026-001")!;
        Assert.Equal((TaskSource.LeaderInstruction, "李市长", "青政批〔2026〕15号", (DateOnly?)D(11, 20)), (task.Source, task.SourceLeader, task.SourceReference, task.SourceDate));
        Assert.Equal(("请市住建局牵头抓紧解决老旧小区加装电梯问题。", TaskCategory.Key, D(11, 20), D(12, 31), "U"), (task.Title, task.Category, task.Start, task.Deadline, task.LeadUnit.Code));
        Assert.StartsWith("请市住建局", task.SourceText);
        Assert.Equal(2, _s.AuditCount());
    }

    [Fact]
    public async Task AHotlineTicket_KeepsItsNumber_StartsToday_CodedRX()
    {
        var form = new QuickAddForm { Kind = QuickAddKind.Hotline12345, Reference = "12345-20261125-0087", Text = "小区门口路灯不亮", LeadUnitCode = "OTHER", Deadline = D(12, 10) };

        var (result, code) = await _s.Commands.QuickAddAsync(form, Office);

        Assert.True(result.Succeeded, result.MessageKey);
        Assert.Equal("RX-2026-001", code);
        var task = _s.Task(code!)!;
        Assert.Equal((TaskSource.Hotline12345, "12345-20261125-0087", (DateOnly?)D(11, 25), D(11, 25), TaskCategory.PeopleLivelihood),
            (task.Source, task.SourceReference, task.SourceDate, task.Start, task.Category));
    }

    [Fact]
    public async Task AnInspectionFinding_IsRecordedWithItsDate_CodedDC_AfterTheHighestOfItsSeries()
    {
        await _s.Commands.CreateTaskAsync(NewTask("DC-2026-007"), Office);
        var form = new QuickAddForm { Kind = QuickAddKind.InspectionFinding, Text = "河道保洁不到位", Date = D(11, 2), Title = "整改河道保洁", LeadUnitCode = "CO", Deadline = D(12, 15) };

        var (result, code) = await _s.Commands.QuickAddAsync(form, Office);

        Assert.True(result.Succeeded, result.MessageKey);
        Assert.Equal("DC-2026-008", code);
        var task = _s.Task(code!)!;
        Assert.Equal((TaskSource.InspectionFinding, "整改河道保洁", "河道保洁不到位", (DateOnly?)D(11, 2)), (task.Source, task.Title, task.SourceText, task.SourceDate));
    }

    [Theory]
    [InlineData(QuickAddKind.Hotline12345, "ticket", TaskFields.SourceReference)]
    [InlineData(QuickAddKind.LeaderInstruction, "leader", TaskFields.SourceLeader)]
    [InlineData(QuickAddKind.InspectionFinding, "date", TaskFields.SourceDate)]
    [InlineData(QuickAddKind.InspectionFinding, "text", TaskFields.SourceText)]
    [InlineData(QuickAddKind.Hotline12345, "deadline", TaskFields.Deadline)]
    public async Task AMissingPart_IsRefusedNextToItsField_AndNothingIsWritten(QuickAddKind kind, string missing, string field)
    {
        var form = new QuickAddForm { Kind = kind, Reference = "12345-1", Leader = "李市长", Text = "问题", Date = D(11, 1), LeadUnitCode = "U", Deadline = D(12, 31) };
        _ = missing switch
        {
            "ticket" => form.Reference = null,
            "leader" => form.Leader = " ",
            "date" => (form.Date = null)?.ToString(),
            "text" => form.Text = null,
            _ => (form.Deadline = null)?.ToString(),
        };

        var (result, code) = await _s.Commands.QuickAddAsync(form, Office);

        Assert.Equal((CommandError.Rule, "Domain.Text.Required", field), (result.Error, result.MessageKey, ListFields.Of(result)));
        Assert.Null(code);
        Assert.Equal((1, 0), (_s.TaskCount(), _s.AuditCount()));
    }

    [Fact]
    public async Task QuickAdd_ByAReporter_IsForbidden()
    {
        var form = new QuickAddForm { Kind = QuickAddKind.InspectionFinding, Text = "问题", Date = D(11, 1), LeadUnitCode = "U", Deadline = D(12, 31) };

        var (result, _) = await _s.Commands.QuickAddAsync(form, new Actor("填报员", ActorRole.Reporter, 1));

        Assert.Equal(CommandError.Forbidden, result.Error);
        Assert.Equal(1, _s.TaskCount());
    }
}

using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.List;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Units;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.List;

/// <summary>Units: added with a new code, edited (name, kind, competent department) without circles; refusals write nothing.</summary>
public sealed class UnitCommandsTests : IDisposable
{
    private static readonly Actor Office = TestActors.Office;
    private readonly ListScenario _s = new();

    public void Dispose() => _s.Dispose();

    private ListUnit Unit(string code) => _s.Queries.UnitsAsync().GetAwaiter().GetResult().Single(u => u.Code == code);

    private static UnitForm Form(ListUnit unit, string? competent) => new() { Code = unit.Code, Name = unit.Name, Kind = unit.Kind, CompetentCode = competent };

    [Fact]
    public async Task Create_AddsTheUnitWithItsCompetentDepartment_Audited()
    {
        var (result, id) = await _s.Commands.CreateUnitAsync(new UnitForm { Code = "HXZ", Name = "华西镇", Kind = UnitKind.Town, CompetentCode = "DEPT" }, Office);
        await _s.FlushAsync();

        Assert.True(result.Succeeded, result.MessageKey);
        var unit = Unit("HXZ");
        Assert.Equal((id, "华西镇", UnitKind.Town, "DEPT"), (unit.Id, unit.Name, unit.Kind, unit.CompetentCode));
        Assert.Equal(1, _s.AuditCount());
        Assert.Equal((BoardChangeKind.Unit, (int?)id), (_s.Changes.Single().Kind, _s.Changes.Single().UnitId));
    }

    [Theory]
    [InlineData("dept", "Name", "List.DuplicateUnitCode", TaskFields.UnitCode)]
    [InlineData("NEW", "", "Domain.Text.Required", TaskFields.UnitName)]
    [InlineData("NEW", "Name", "List.UnknownUnit", TaskFields.UnitCompetent)]
    public async Task Create_ABadUnit_IsRefusedNextToItsField_AndNothingIsWritten(string code, string name, string key, string field)
    {
        var (result, _) = await _s.Commands.CreateUnitAsync(new UnitForm { Code = code, Name = name, CompetentCode = key == "List.UnknownUnit" ? "NOPE" : null }, Office);

        Assert.Equal((CommandError.Rule, key, field), (result.Error, result.MessageKey, ListFields.Of(result)));
        Assert.Equal((4, 0), ((await _s.Queries.UnitsAsync()).Count, _s.AuditCount()));
    }

    [Fact]
    public async Task Update_RenamesChangesKindAndCompetentDepartment()
    {
        var unit = Unit("U");

        var result = await _s.Commands.UpdateUnitAsync(unit.Id, unit.Version, new UnitForm { Name = "新名称", Kind = UnitKind.Street, CompetentCode = "DEPT" }, Office);

        Assert.True(result.Succeeded, result.MessageKey);
        Assert.Equal(("U", "新名称", UnitKind.Street, "DEPT", unit.Version + 1), (Unit("U").Code, Unit("U").Name, Unit("U").Kind, Unit("U").CompetentCode, Unit("U").Version));
    }

    [Fact]
    public async Task Update_ThatWouldCloseACircleOfCompetentDepartments_IsRefused_AndNothingIsWritten()
    {
        var u = Unit("U");
        await _s.Commands.UpdateUnitAsync(u.Id, u.Version, Form(u, "DEPT"), Office);
        var co = Unit("CO");
        await _s.Commands.UpdateUnitAsync(co.Id, co.Version, Form(co, "U"), Office);
        var dept = Unit("DEPT");

        var result = await _s.Commands.UpdateUnitAsync(dept.Id, dept.Version, Form(dept, "CO"), Office);

        Assert.Equal((CommandError.Rule, "Domain.Unit.CompetentCycle", TaskFields.UnitCompetent), (result.Error, result.MessageKey, ListFields.Of(result)));
        Assert.Equal("DEPT → CO → U → DEPT", result.Arguments![1]);
        Assert.Null(Unit("DEPT").CompetentCode);
        Assert.Equal(2, _s.AuditCount());
    }

    [Fact]
    public async Task Update_ToReviewItself_IsRefused()
    {
        var u = Unit("U");

        var result = await _s.Commands.UpdateUnitAsync(u.Id, u.Version, Form(u, "U"), Office);

        Assert.Equal("Domain.Unit.OwnCompetentDepartment", result.MessageKey);
        Assert.Equal(0, _s.AuditCount());
    }

    [Fact]
    public async Task Update_WithAStaleVersion_OrByAReviewer_WritesNothing()
    {
        var u = Unit("U");
        await _s.Commands.UpdateUnitAsync(u.Id, u.Version, Form(u, "DEPT"), Office);

        var stale = await _s.Commands.UpdateUnitAsync(u.Id, u.Version, Form(u, null), Office);
        var reviewer = await _s.Commands.UpdateUnitAsync(u.Id, u.Version + 1, Form(u, null), new Actor("主管部门", ActorRole.Reviewer, u.Id));

        Assert.Equal((CommandError.Conflict, CommandError.Forbidden), (stale.Error, reviewer.Error));
        Assert.Equal("DEPT", Unit("U").CompetentCode);
        Assert.Equal(1, _s.AuditCount());
    }
}

using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Units;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Commands;

/// <summary>The one write path's answer when the database, not the entity, finds the clash.</summary>
public sealed class WriteRunnerTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AUniqueKeyTakenByAnotherWrite_IsAConflict_AndNothingOfTheWriteIsSaved()
    {
        var b = new ListBuilder(_database);
        b.Unit("LEAD");
        b.Save();
        var services = new TestServices(_database);

        var result = await services.Writes.RunAsync(TestActors.Office, scope =>
        {
            // What a concurrent writer leaves behind: the entity's own check passed before the other saved.
            scope.Db.Units.Add(new Unit("NEW", "新单位", UnitKind.Department));
            scope.Db.Units.Add(new Unit("LEAD", "重复的单位", UnitKind.Department));
            scope.Audit("CreateUnit", nameof(Unit), "LEAD", null, new { code = "LEAD" });
            return Task.CompletedTask;
        });

        Assert.Equal(CommandError.Conflict, result.Error);
        await using var db = _database.CreateDbContext();
        Assert.Equal(["LEAD"], db.Units.Select(u => u.Code).ToList());
        Assert.Empty(db.AuditEntries);
    }
}

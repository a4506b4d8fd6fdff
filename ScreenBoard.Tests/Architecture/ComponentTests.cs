using Microsoft.AspNetCore.Components;

namespace ScreenBoard.Tests.Architecture;

/// <summary>
/// Components show what the App's services hand them: they neither reach into persistence nor
/// compute a score (docs/scoring.md has one implementation, used by BoardQueries and the snapshot).
/// </summary>
public sealed class ComponentTests
{
    private static IEnumerable<Use> UsesByComponents() =>
        TypeUsage.WrittenTypes(Layers.App).Where(t => t.IsAssignableTo(typeof(ComponentBase))).SelectMany(TypeUsage.Of);

    [Fact]
    public void NoComponentUsesPersistenceTypes()
    {
        var offences = UsesByComponents().Where(use => Layers.InNamespace(use.Type, "ScreenBoard.Domain.Persistence"));

        Assert.True(!offences.Any(), $"Components using ScreenBoard.Domain.Persistence (ask an App query service instead):{Environment.NewLine}{Layers.List(offences)}");
    }

    [Fact]
    public void NoComponentCallsTheScoringRules()
    {
        // The rules are static methods (ExpectedProgress.On, TaskStatusRule.Of, UnitScore.From, Ranking.Rank …);
        // operators such as a record's == are not rules.
        var offences = UsesByComponents().Where(use => use.Call is { IsStatic: true, IsSpecialName: false }
            && Layers.InNamespace(use.Type, "ScreenBoard.Domain.Scoring"));

        Assert.True(!offences.Any(), $"Components calling scoring rules (read the numbers from the board instead):{Environment.NewLine}{Layers.List(offences)}");
    }
}

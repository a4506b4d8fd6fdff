namespace ScreenBoard.Tests.Architecture;

/// <summary>The domain knows no web, job or UI framework: it runs the same in a page, a job and a test.</summary>
public sealed class DomainDependenciesTests
{
    private static readonly string[] Forbidden = ["Microsoft.AspNetCore", "Hangfire", "MudBlazor"];

    [Fact]
    public void Domain_ReferencesNoAspNetCoreHangfireOrMudBlazor()
    {
        var offending = Layers.Domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => Forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal)));

        Assert.True(!offending.Any(), $"ScreenBoard.Domain references: {string.Join(", ", offending)}");
    }
}

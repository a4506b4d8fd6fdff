using System.Reflection;

namespace ScreenBoard.Tests.Architecture;

/// <summary>The two assemblies the architecture rules are about, and how a failure lists offenders.</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(ScreenBoard.Domain.Boards.Board).Assembly;

    public static readonly Assembly App = typeof(ScreenBoard.App.Setup.OfficeClock).Assembly;

    public static bool InNamespace(Type type, string ns) =>
        type.Namespace is { } name && (name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal));

    /// <summary>One line per offending type: what it uses and in which members, so the failure says what to fix.</summary>
    public static string List(IEnumerable<Use> offences) => string.Join(Environment.NewLine, offences
        .GroupBy(o => o.Site.Split('.')[0])
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"  {g.Key} uses {Join(g.Select(o => o.Target))} (in {Join(g.Select(o => o.Member))})"));

    private static string Join(IEnumerable<string> names) => string.Join(", ", names.Distinct().Order(StringComparer.Ordinal));
}

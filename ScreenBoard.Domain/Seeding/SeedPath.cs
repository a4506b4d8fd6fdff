using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Seeding;

/// <summary>How errors name a place in a list file: <c>tasks[12] (DS-013).reports[0].date</c>.</summary>
public static class SeedPath
{
    /// <summary>The whole file, for errors that belong to no entry.</summary>
    public const string Root = "(file)";

    /// <summary>An entry of a list: <c>tasks[12] (DS-013)</c>; the code is left out when it is blank or unprintable.</summary>
    public static string Item(string parent, string list, int index, string? code = null) => Index(Field(parent, list), index, code);

    /// <summary>An entry of the list at a path: <c>tasks</c> → <c>tasks[12] (DS-013)</c>.</summary>
    public static string Index(string listPath, int index, string? code = null) =>
        string.IsNullOrWhiteSpace(code) || TextRules.TryFindForbidden(code, out _, out _) ? $"{listPath}[{index}]" : $"{listPath}[{index}] ({code})";

    /// <summary>A field of an entry: <c>tasks[12] (DS-013).deadline</c>.</summary>
    public static string Field(string parent, string name) => parent.Length == 0 || parent == Root ? name : $"{parent}.{name}";
}

namespace ScreenBoard.Domain.Seeding;

/// <summary>One problem of a list file (or of a row an import produced): where it is and what is wrong.</summary>
/// <param name="Where">The entry and field, e.g. <c>tasks[12] (DS-013).deadline</c>.</param>
/// <param name="Message">What is wrong, e.g. <c>"13-45" is not a date MM-dd in 2026.</c></param>
public sealed record SeedError(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}

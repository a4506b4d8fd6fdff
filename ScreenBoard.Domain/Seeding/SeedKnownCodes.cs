namespace ScreenBoard.Domain.Seeding;

/// <summary>What the database already holds that a list file may refer to: unit codes, and the task codes of the list's year.</summary>
public sealed record SeedKnownCodes(IReadOnlySet<string> Units, IReadOnlySet<string> Tasks)
{
    public static SeedKnownCodes None { get; } = new(new HashSet<string>(), new HashSet<string>());
}

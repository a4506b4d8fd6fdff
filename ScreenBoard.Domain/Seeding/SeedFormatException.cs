using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Seeding;

/// <summary>
/// A list file that cannot be loaded. Each problem names the entry and the field; nothing was written.
/// <see cref="Exception.Message"/> and <see cref="Errors"/> show the problems' keys (for logs and domain
/// tests); <see cref="Describe"/> writes them in a person's language.
/// </summary>
public sealed class SeedFormatException(string path, IReadOnlyList<SeedError> problems)
    : Exception(Text(path, problems, KeyedDomainMessages.Instance))
{
    public string FilePath { get; } = path;

    /// <summary>Every problem, as keys and arguments.</summary>
    public IReadOnlyList<SeedError> Problems { get; } = problems;

    /// <summary>Every problem as "where: key(arguments)".</summary>
    public IReadOnlyList<string> Errors { get; } = problems.Select(p => p.ToString()).ToList();

    /// <summary>The file, and every problem on a line of its own, in the words of <paramref name="messages"/> (the operator's console).</summary>
    public string Describe(IDomainMessages messages) => Text(FilePath, Problems, messages);

    private static string Text(string path, IReadOnlyList<SeedError> problems, IDomainMessages messages) =>
        messages.Describe("Seed.CannotLoad", [path]) + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p.Describe(messages)));
}

namespace ScreenBoard.Domain.Seeding;

/// <summary>A list file that cannot be loaded. Each error names the entry and the field; nothing was written.</summary>
public sealed class SeedFormatException(string path, IReadOnlyList<string> errors)
    : Exception($"The list file {path} cannot be loaded; nothing was written.{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public SeedFormatException(string path, IEnumerable<SeedError> problems)
        : this(path, problems.Select(p => p.ToString()).ToList())
    {
    }

    public string FilePath { get; } = path;

    public IReadOnlyList<string> Errors { get; } = errors;
}

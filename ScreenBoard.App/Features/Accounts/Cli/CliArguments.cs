namespace ScreenBoard.App.Features.Accounts.Cli;

/// <summary>
/// A command line split into the verb words (<c>tokens issue</c>), its options (<c>--name X</c> or
/// <c>--name=X</c>) and configuration overrides (<c>--Section:Key=value</c>, as for the server).
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    private CliArguments()
    {
    }

    public IReadOnlyList<string> Words { get; private set; } = [];

    public IReadOnlyList<string> Configuration { get; private set; } = [];

    /// <summary>Parses; null when an option lacks its value or comes twice.</summary>
    public static CliArguments? Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArguments();
        var words = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var colon = arg.IndexOf(':', StringComparison.Ordinal);
            if (equals > 0 && colon > 0 && colon < equals)
            {
                configuration.Add(arg);
                continue;
            }

            string name, value;
            if (equals > 0)
            {
                (name, value) = (arg[2..equals], arg[(equals + 1)..]);
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                (name, value) = (arg[2..], args[++i]);
            }
            else
            {
                return null;
            }

            if (name.Length == 0 || !parsed._options.TryAdd(name, value))
            {
                return null;
            }
        }

        parsed.Words = words;
        parsed.Configuration = configuration;
        return parsed;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>True when every option given is one of <paramref name="allowed"/>.</summary>
    public bool OnlyOptions(params string[] allowed) => _options.Keys.All(k => allowed.Contains(k, StringComparer.OrdinalIgnoreCase));
}

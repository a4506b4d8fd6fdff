using System.Globalization;

namespace ScreenBoard.Domain.Common;

/// <summary>
/// Turns a refusal (a message key and its arguments) into a sentence for a person; the app supplies one
/// backed by its resources (zh-CN first, key <c>Domain.{key}</c>). Where none is given (tools, domain tests)
/// the key and arguments are shown as they are.
/// </summary>
public interface IDomainMessages
{
    /// <param name="key">The message key, e.g. <c>Task.DeadlineBeforeStart</c> or <c>Seed.NotADate</c>.</param>
    /// <param name="arguments">The values it names: dates, numbers, codes, <see cref="FieldName"/>s, <see cref="MessageText"/>s, enum values.</param>
    string Describe(string key, IReadOnlyList<object?> arguments);

    string Describe(DomainException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Describe(exception.Key, exception.Arguments);
    }
}

/// <summary>The key and arguments as they are, e.g. <c>Seed.NotADate(13-45, 2026)</c>.</summary>
public sealed class KeyedDomainMessages : IDomainMessages
{
    public static readonly KeyedDomainMessages Instance = new();

    public string Describe(string key, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Count == 0 ? key : $"{key}({string.Join(", ", arguments.Select(Invariant))})";
    }

    private static string? Invariant(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };
}

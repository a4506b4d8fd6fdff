using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Seeding;

/// <summary>
/// One problem of a list file (or of a row an import produced): where it is and what is wrong, as a message
/// key and its arguments (resource <c>Domain.{Key}</c>), translated like a <see cref="DomainException"/>.
/// </summary>
/// <param name="Where">The entry and field, e.g. <c>tasks[12] (DS-013).deadline</c>.</param>
/// <param name="Key">What is wrong, e.g. <c>Seed.NotADate</c>, or the key of an entity's refusal.</param>
/// <param name="Arguments">The values the message names, e.g. <c>13-45</c> and <c>2026</c>.</param>
public sealed record SeedError(string Where, string Key, IReadOnlyList<object?> Arguments)
{
    public SeedError(string where, DomainException refusal)
        : this(where, refusal?.Key ?? throw new ArgumentNullException(nameof(refusal)), refusal.Arguments)
    {
    }

    /// <summary>A problem at <paramref name="where"/>: the message <paramref name="key"/> with its arguments.</summary>
    public static SeedError At(string where, string key, params object?[] arguments) => new(where, key, arguments);

    /// <summary>The entry part of <see cref="Where"/>: <c>tasks[12] (DS-013)</c>, or <see cref="SeedPath.Root"/> for a top-level field.</summary>
    public string Entry => Split().Entry;

    /// <summary>The field part of <see cref="Where"/>: <c>deadline</c>; empty when the problem is the whole entry.</summary>
    public string Field => Split().Field;

    /// <summary>"where: what", the message written by <paramref name="messages"/>.</summary>
    public string Describe(IDomainMessages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return $"{Where}: {messages.Describe(Key, Arguments)}";
    }

    public override string ToString() => Describe(KeyedDomainMessages.Instance);

    private (string Entry, string Field) Split()
    {
        // The field follows the last dot after the last entry marker ("]" or a code's ")"); codes may hold dots, fields do not.
        var marker = Math.Max(Where.LastIndexOf(']'), Where.LastIndexOf(')'));
        var dot = Where.LastIndexOf('.');
        if (dot > marker)
        {
            return (Where[..dot], Where[(dot + 1)..]);
        }

        return marker < 0 ? (SeedPath.Root, Where) : (Where, string.Empty);
    }
}

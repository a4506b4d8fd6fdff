namespace ScreenBoard.Domain.Common;

/// <summary>
/// A change an entity refused because it would break one of its rules. It carries a message key and
/// its arguments, not a sentence: the app translates <c>Domain.{Key}</c> through its resources
/// (zh-CN first), so a person never sees an English rule text. <see cref="Exception.Message"/>
/// is for logs only.
/// </summary>
public sealed class DomainException(string key, params object?[] arguments)
    : Exception(KeyedDomainMessages.Instance.Describe(key, arguments))
{
    /// <summary>The message key, e.g. <c>Task.DeadlineBeforeStart</c> (resource <c>Domain.Task.DeadlineBeforeStart</c>).</summary>
    public string Key { get; } = key;

    /// <summary>The values the message names, in order: dates, numbers, codes, <see cref="FieldName"/>s, enum values.</summary>
    public IReadOnlyList<object?> Arguments { get; } = arguments;
}

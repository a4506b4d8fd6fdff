namespace ScreenBoard.Domain.Common;

/// <summary>
/// A change an entity refused because it would break one of its rules.
/// The message is written for the person who attempted the change.
/// </summary>
public sealed class DomainException(string message) : Exception(message);

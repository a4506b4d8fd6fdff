using ScreenBoard.Domain.Common;

namespace ScreenBoard.App.Commands;

/// <summary>Why a command changed nothing.</summary>
public enum CommandError
{
    None = 0,

    /// <summary>The record is gone.</summary>
    NotFound = 1,

    /// <summary>Someone else changed it first; nothing was overwritten.</summary>
    Conflict = 2,

    /// <summary>A rule refused the change; <see cref="CommandResult.MessageKey"/> says which.</summary>
    Rule = 3,

    /// <summary>The actor may not do this (role, unit or device); nothing was written.</summary>
    Forbidden = 4,
}

/// <summary>
/// The outcome of a write: done, or an error a person can act on (and nothing written). The message is
/// a key and its arguments, translated by <see cref="CommandMessages"/> in the reader's language.
/// </summary>
public sealed record CommandResult(CommandError Error, string? MessageKey = null, IReadOnlyList<object?>? Arguments = null)
{
    public static readonly CommandResult Done = new(CommandError.None);

    public static readonly CommandResult NotFound = new(CommandError.NotFound, "Command.NotFound");

    public static readonly CommandResult Conflict = new(CommandError.Conflict, "Command.Conflict");

    public static readonly CommandResult Forbidden = new(CommandError.Forbidden, "Command.Forbidden");

    public bool Succeeded => Error == CommandError.None;

    /// <summary>A rule's refusal, keyed <c>Domain.{key}</c> in the resources.</summary>
    public static CommandResult Refused(DomainException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(CommandError.Rule, "Domain." + exception.Key, exception.Arguments);
    }

    /// <summary>A refusal the command itself found (not an entity), keyed as given.</summary>
    public static CommandResult Invalid(string messageKey, params object?[] arguments) => new(CommandError.Rule, messageKey, arguments);
}

namespace ScreenBoard.App.Commands;

/// <summary>Why a command changed nothing.</summary>
public enum CommandError
{
    None = 0,

    /// <summary>The record is gone.</summary>
    NotFound = 1,

    /// <summary>Someone else changed it first; nothing was overwritten.</summary>
    Conflict = 2,

    /// <summary>A rule refused the change; <see cref="CommandResult.Message"/> says which.</summary>
    Rule = 3,
}

/// <summary>The outcome of a write: done, or an error a person can act on (and nothing written).</summary>
public sealed record CommandResult(CommandError Error, string? Message = null)
{
    public static readonly CommandResult Done = new(CommandError.None);

    public bool Succeeded => Error == CommandError.None;
}

namespace ScreenBoard.App.Features.List;

/// <summary>One field someone else changed since the office opened the form: the value it started from and the value now.</summary>
/// <param name="Field">The field's key (<see cref="TaskFields"/>), labelled <c>Field.{key}</c>.</param>
/// <param name="Before">The value the office's form started from.</param>
/// <param name="After">The stored value now.</param>
/// <param name="Mine">What the office typed, when it changed this field too; null when it left it alone.</param>
public sealed record ListFieldChange(string Field, object? Before, object? After, object? Mine);

/// <summary>
/// A stale save, explained: what the other person changed (field by field), who and when (the task's last audit entry),
/// and the current values to reload. Nothing was written.
/// </summary>
/// <param name="Changes">The fields changed since the form was loaded.</param>
/// <param name="By">Who saved last; null when no audit entry says.</param>
/// <param name="At">When, in the office's time zone.</param>
/// <param name="Current">The stored task now, with the office's own edits kept (see <see cref="TaskForm.Rebase"/>).</param>
public sealed record ListConflict(IReadOnlyList<ListFieldChange> Changes, string? By, DateTimeOffset? At, TaskForm Current);

/// <summary>A save of the task form: the command's result and, when it was a conflict, what the other person changed.</summary>
public sealed record ListSaveResult(ScreenBoard.App.Commands.CommandResult Result, ListConflict? Conflict = null);

namespace ScreenBoard.App.Commands;

/// <summary>Ends a write body early with a refusal; <see cref="WriteRunner"/> turns it into its result and writes nothing.</summary>
public sealed class WriteRefusedException(CommandResult result) : Exception(result?.MessageKey)
{
    public CommandResult Result { get; } = result ?? throw new ArgumentNullException(nameof(result));
}

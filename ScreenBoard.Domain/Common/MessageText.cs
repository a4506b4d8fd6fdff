namespace ScreenBoard.Domain.Common;

/// <summary>
/// A phrase inside a message that is itself translated (resource <c>Domain.{Key}</c>), e.g. what a list-file
/// field expects ("an integer 0–100"); shown as its key where no resources are at hand.
/// </summary>
public readonly record struct MessageText(string Key)
{
    public override string ToString() => Key;
}

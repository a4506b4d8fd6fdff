namespace ScreenBoard.Domain.Common;

/// <summary>
/// The name of a field a refusal is about (e.g. <c>Task.Title</c>); the app shows it translated
/// (resource <c>Field.{Key}</c>), so messages name the field in the reader's language.
/// </summary>
public readonly record struct FieldName(string Key)
{
    public override string ToString() => Key;
}

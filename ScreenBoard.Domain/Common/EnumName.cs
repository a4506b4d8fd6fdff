namespace ScreenBoard.Domain.Common;

/// <summary>Reads an enum by its name only: "Lagging" yes, "5" or an undefined value no.</summary>
public static class EnumName
{
    public static bool TryParse<TEnum>(string? text, bool ignoreCase, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    /// <summary>"A, B, C": the names a message can offer.</summary>
    public static string Choices<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());
}

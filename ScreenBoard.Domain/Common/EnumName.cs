namespace ScreenBoard.Domain.Common;

/// <summary>
/// Reads an enum by exactly one of its defined names, case and all: "Lagging" yes; "lagging", "5",
/// "Lagging,Overdue" (which <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> would combine as flags)
/// or " Lagging" no. Used by the list file, the read API and configuration keys (docs/decisions/009).
/// </summary>
public static class EnumName
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (text is null || !Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal))
        {
            return false;
        }

        value = Enum.Parse<TEnum>(text, ignoreCase: false);
        return true;
    }

    /// <summary>A name already checked by <see cref="TryParse{TEnum}"/>; anything else is a programming error.</summary>
    public static TEnum Parse<TEnum>(string? text)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new ArgumentException($"'{text}' is not one of {Choices<TEnum>()}.", nameof(text));

    /// <summary>"A, B, C": the names a message can offer.</summary>
    public static string Choices<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());
}

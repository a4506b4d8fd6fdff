namespace ScreenBoard.Domain.Common;

/// <summary>Small argument checks that raise <see cref="DomainException"/> with a readable message.</summary>
internal static class Guard
{
    public static string Required(string? value, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException($"{what} is required.");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{what} is longer than {maxLength} characters.");
        }

        return trimmed;
    }

    public static string? Optional(string? value, string what, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, what, maxLength);
}

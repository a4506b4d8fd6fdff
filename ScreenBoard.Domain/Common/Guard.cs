namespace ScreenBoard.Domain.Common;

/// <summary>Small checks on text a person typed or a file carried; a failure names the field.</summary>
internal static class Guard
{
    /// <summary>Required single-line text: trimmed, not empty, at most <paramref name="maxLength"/>, no control or direction characters.</summary>
    public static string Required(string? value, string field, int maxLength, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException("Text.Required", new FieldName(field));
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainException("Text.TooLong", new FieldName(field), maxLength);
        }

        if (TextRules.TryFindForbidden(trimmed, multiline, out var index, out var character))
        {
            throw new DomainException("Text.ForbiddenCharacter", new FieldName(field), index + 1, $"U+{(int)character:X4}");
        }

        return trimmed;
    }

    /// <summary>Optional text: empty becomes null; otherwise as <see cref="Required"/>.</summary>
    public static string? Optional(string? value, string field, int maxLength, bool multiline = false) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, field, maxLength, multiline);
}

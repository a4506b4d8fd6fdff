namespace ScreenBoard.Domain.Common;

/// <summary>PLACEHOLDER until the strict-input branch lands (it owns this file).</summary>
public static class TextRules
{
    public static bool TryFindForbidden(string text, bool multiline, out int index, out char character)
    {
        for (index = 0; index < text.Length; index++)
        {
            character = text[index];
            var allowedWhitespace = multiline && character is '\n' or '\r' or '\t';
            if ((char.IsControl(character) && !allowedWhitespace) || character is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return true;
            }
        }

        character = default;
        return false;
    }
}

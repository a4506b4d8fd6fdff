using System.Globalization;

namespace ScreenBoard.Domain.Common;

/// <summary>
/// Which characters a text may hold (docs/decisions/009). Refused everywhere: control characters
/// (C0, DEL, C1), the invisible direction marks, embeddings, overrides and isolates (U+200E, U+200F,
/// U+061C, U+202A–U+202E, U+2066–U+2069), U+FEFF, lone surrogates; in single-line text (titles, codes,
/// names) also tab and the line and paragraph separators. Multi-line text (a goal, a narrative, a
/// reason) may hold tab, line feed and carriage return.
/// </summary>
public static class TextRules
{
    /// <summary>The first forbidden character of a single-line text (title, code, name), if any.</summary>
    public static bool TryFindForbidden(string? text, out int index, out char character) =>
        TryFindForbidden(text, multiLine: false, out index, out character);

    /// <summary>The first forbidden character of a text, if any.</summary>
    /// <param name="text">The text; null has none.</param>
    /// <param name="multiLine">True for texts that may run over lines: tab, LF and CR are allowed.</param>
    /// <param name="index">Where the character is (0-based).</param>
    /// <param name="character">The character.</param>
    public static bool TryFindForbidden(string? text, bool multiLine, out int index, out char character)
    {
        for (var i = 0; i < (text?.Length ?? 0); i++)
        {
            var c = text![i];
            var loneSurrogate = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if (loneSurrogate || IsForbidden(c, multiLine))
            {
                index = i;
                character = c;
                return true;
            }
        }

        index = -1;
        character = default;
        return false;
    }

    /// <summary>"U+202E": how a message names a character that cannot be shown.</summary>
    public static string Describe(char character) => "U+" + ((int)character).ToString("X4", CultureInfo.InvariantCulture);

    private static bool IsForbidden(char c, bool multiLine) => c switch
    {
        '\t' or '\n' or '\r' => !multiLine,
        '\u2028' or '\u2029' => !multiLine,
        '\u200E' or '\u200F' or '\u061C' or '\uFEFF' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => char.IsControl(c),
    };
}

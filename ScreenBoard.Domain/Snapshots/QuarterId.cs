using System.Globalization;
using System.Text.RegularExpressions;

namespace ScreenBoard.Domain.Snapshots;

/// <summary>A calendar quarter, written 2026Q1.</summary>
public readonly partial record struct QuarterId(int Year, int Quarter)
{
    public QuarterId Validate() =>
        Quarter is >= 1 and <= 4 && Year is >= 2000 and <= 2100
            ? this
            : throw new ArgumentOutOfRangeException(nameof(Quarter), $"{Year}Q{Quarter} is not a quarter.");

    /// <summary>The first day of the quarter.</summary>
    public DateOnly FirstDay => new(Year, ((Quarter - 1) * 3) + 1, 1);

    /// <summary>The evaluation date of the quarter: its last day (docs/scoring.md §6).</summary>
    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    /// <summary>The quarter a date falls in.</summary>
    public static QuarterId Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>The last quarter that ended before a date.</summary>
    public static QuarterId LastEndedBefore(DateOnly date) => Of(Of(date).FirstDay.AddDays(-1));

    public static bool TryParse(string? text, out QuarterId quarter)
    {
        quarter = default;
        var match = text is null ? null : Pattern().Match(text);
        if (match is null || !match.Success)
        {
            return false;
        }

        quarter = new QuarterId(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return quarter.Year is >= 2000 and <= 2100;
    }

    public override string ToString() => $"{Year}Q{Quarter}";

    [GeneratedRegex(@"^(\d{4})[Qq]([1-4])$")]
    private static partial Regex Pattern();
}

using System.Globalization;

namespace ScreenBoard.Domain.Seeding;

/// <summary>A list file's dates: "MM-dd" inside the list's year (docs/decisions/002).</summary>
public static class SeedDates
{
    public static bool TryParse(string? text, int year, out DateOnly date) =>
        DateOnly.TryParseExact($"{year:0000}-{text}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A date the checker has passed; null for a blank optional one.</summary>
    public static DateOnly? ParseChecked(string? text, int year) =>
        string.IsNullOrWhiteSpace(text) ? null
        : TryParse(text, year, out var date) ? date
        : throw new ArgumentException($"\"{text}\" was not checked as a date MM-dd in {year}.", nameof(text));
}

using System.Globalization;
using Microsoft.Extensions.Localization;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// One row of a list sheet, read cell by cell into values. A cell that is no value of its column's kind
/// records a problem (row, column, reason) and reads as null.
/// </summary>
internal sealed class SheetRow(ImportPlace place, IReadOnlyDictionary<string, object?> cells, int year, IStringLocalizer localizer, List<ImportProblem> problems)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d"];

    public ImportPlace Place { get; } = place;

    /// <summary>Text, trimmed; a blank cell is null (a problem when <paramref name="required"/>).</summary>
    public string? Text(string field, bool required = false)
    {
        var text = cells.GetValueOrDefault(Header(field)) switch
        {
            null => null,
            string s => SpreadsheetText.Restore(s.Trim()),
            DateTime d => d.ToString(ListWorkbook.DateFormat, CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        text = string.IsNullOrWhiteSpace(text) ? null : text;
        if (text is null && required)
        {
            Add(field, "Import.Required");
        }

        return text;
    }

    /// <summary>A date (a date cell, or text yyyy-MM-dd); <paramref name="inYear"/> also requires the list's year.</summary>
    public DateOnly? Date(string field, bool required = false, bool inYear = true)
    {
        var value = cells.GetValueOrDefault(Header(field));
        DateOnly? date = value switch
        {
            DateTime d => DateOnly.FromDateTime(d),
            string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
            _ => null,
        };
        if (date is null)
        {
            if (Text(field, required) is { } text)
            {
                Add(field, "Import.NotADate", text);
            }

            return null;
        }

        if (inYear && date.Value.Year != year)
        {
            Add(field, "Import.DateOutsideYear", date.Value, year);
            return null;
        }

        return date;
    }

    /// <summary>A number (a number cell or its text).</summary>
    public decimal? Number(string field, bool required = false)
    {
        var value = cells.GetValueOrDefault(Header(field));
        if (value is double d)
        {
            return (decimal)d;
        }

        var text = Text(field, required);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Add(field, "Import.NotANumber", text);
        return null;
    }

    /// <summary>One of an enum's labels (大事) or names (Major).</summary>
    public TEnum? Choice<TEnum>(string field, IReadOnlyDictionary<TEnum, string> labels)
        where TEnum : struct, Enum
    {
        var text = Text(field, required: true);
        if (text is null)
        {
            return null;
        }

        foreach (var (value, label) in labels)
        {
            if (text == label)
            {
                return value;
            }
        }

        if (EnumName.TryParse<TEnum>(text, out var named))
        {
            return named;
        }

        Add(field, "Import.NotOneOf", text, string.Join("、", labels.Values));
        return null;
    }

    /// <summary>Codes separated by ";" (or the full-width "；").</summary>
    public IReadOnlyList<string> Codes(string field) =>
        (Text(field) ?? string.Empty).Split([ListWorkbook.CodeSeparator, '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void Add(string field, string key, params object?[] arguments) =>
        problems.Add(Place.Problem(field, ImportText.Describe(localizer, key, arguments)));

    private string Header(string field) => ListWorkbook.ColumnOf(Place.Sheet!, field);
}

using System.Globalization;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.App.Api;

/// <summary>Reading the API's query parameters strictly: a bad one is a 400 whose <c>errors</c> names it.</summary>
public static class ApiParameters
{
    public static bool TryDate(string? text, OfficeClock clock, out DateOnly date, out IResult problem)
    {
        problem = Results.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            date = clock.Today;
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 2000 and <= 2100)
        {
            return true;
        }

        problem = Invalid("asOf", $"'{text}' is not a date YYYY-MM-DD between 2000 and 2100.");
        return false;
    }

    public static bool TryEnum<TEnum>(string? text, string parameter, out TEnum? value, out IResult problem)
        where TEnum : struct, Enum
    {
        value = null;
        problem = Results.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (EnumName.TryParse<TEnum>(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        problem = Invalid(parameter, $"'{text}' is not one of {EnumName.Choices<TEnum>()} (exactly one name, written as shown).");
        return false;
    }

    /// <summary>A published version (1, 2, …) from <c>?version=</c>; absent is null (the newest).</summary>
    public static bool TryVersion(string? text, out int? version, out IResult problem)
    {
        version = null;
        problem = Results.Empty;
        if (text is null)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
        {
            problem = Invalid("version", $"'{text}' is not a version number (1, 2, …).");
            return false;
        }

        version = parsed;
        return true;
    }

    /// <summary>The 400 for a quarter that is not written like 2026Q3.</summary>
    public static IResult NotAQuarter(string quarter) =>
        Invalid("quarter", $"'{quarter}' is not a quarter like 2026Q3.");

    public static IResult Invalid(string parameter, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, detail: $"{parameter}: {message}");
}

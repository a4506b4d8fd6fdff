using System.Globalization;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>Instants as the office reads them: in its time zone.</summary>
public static class OfficeTime
{
    public static string Format(this OfficeClock clock, DateTimeOffset? instant, string format = "yyyy-MM-dd HH:mm")
    {
        ArgumentNullException.ThrowIfNull(clock);
        return instant is { } at ? TimeZoneInfo.ConvertTime(at, clock.Zone).ToString(format, CultureInfo.InvariantCulture) : "—";
    }
}

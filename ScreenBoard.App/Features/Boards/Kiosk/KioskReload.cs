namespace ScreenBoard.App.Features.Boards.Kiosk;

/// <summary>The daily reload every kiosk does once, at <see cref="KioskOptions.QuietHour"/> in the office's time zone.</summary>
public static class KioskReload
{
    /// <summary>Milliseconds from <paramref name="now"/> (office time) to the next quiet hour.</summary>
    public static long MillisecondsUntilQuietHour(DateTimeOffset now, int quietHour)
    {
        var next = new DateTimeOffset(now.Date.AddHours(quietHour), now.Offset);
        if (next <= now)
        {
            next = next.AddDays(1);
        }

        return (long)(next - now).TotalMilliseconds;
    }
}

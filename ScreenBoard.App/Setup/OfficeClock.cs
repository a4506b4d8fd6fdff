using Microsoft.Extensions.Options;
using ScreenBoard.App.Options;

namespace ScreenBoard.App.Setup;

/// <summary>
/// The one place "today" is made: the injected clock, converted once to the office's time zone.
/// Rules only ever see the resulting date.
/// </summary>
public sealed class OfficeClock(TimeProvider timeProvider, IOptions<ScoringOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), _zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public TimeZoneInfo Zone => _zone;

    /// <summary>The zone as an IANA id, which is what a browser's Intl.DateTimeFormat understands.</summary>
    public string IanaZoneId =>
        _zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(_zone.Id, out var iana) ? _zone.Id : iana;
}

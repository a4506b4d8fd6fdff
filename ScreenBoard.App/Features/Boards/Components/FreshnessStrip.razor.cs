using System.Globalization;
using Microsoft.AspNetCore.Components;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Boards.Components;

/// <summary>
/// "最后更新 HH:mm（N 分钟前）", always visible, ticking every minute; and the "连接中断" mark that the
/// browser shows by itself when the server is out of reach. While the connection is down the circuit
/// cannot tick, so screen.js ages the text from the data-* attributes with the same rule as <see cref="Age"/>.
/// </summary>
public sealed partial class FreshnessStrip : IDisposable
{
    // Plain SVG rather than MudIcon components: this strip is on every open screen (see bench/README.md, issue 4).
    private static readonly MarkupString UpdateIcon = new(MudBlazor.Icons.Material.Filled.Update);
    private static readonly MarkupString LinkOffIcon = new(MudBlazor.Icons.Material.Filled.LinkOff);

    private ITimer? _ticker;

    /// <summary>When this screen last received data from the server.</summary>
    [Parameter, EditorRequired] public DateTimeOffset LastUpdated { get; set; }

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private OfficeClock Clock { get; set; } = null!;

    private long UpdatedMilliseconds => LastUpdated.ToUnixTimeMilliseconds();

    private string LastUpdateTime => TimeZoneInfo.ConvertTime(LastUpdated, Clock.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private string Age
    {
        get
        {
            var minutes = (int)Math.Floor((Time.GetUtcNow() - LastUpdated).TotalMinutes);
            return minutes switch
            {
                < 1 => L["Fresh.JustNow"],
                < 60 => L["Fresh.MinutesAgo", minutes],
                _ => L["Fresh.HoursAgo", minutes / 60],
            };
        }
    }

    public void Dispose() => _ticker?.Dispose();

    protected override void OnInitialized() =>
        _ticker = Time.CreateTimer(_ => InvokeAsync(StateHasChanged), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Domain.Boards;

namespace ScreenBoard.App.Features.Boards.Kiosk;

/// <summary>
/// /kiosk/{profile}: no navigation chrome; the profile's boards rotate on their own. On a touch
/// profile a tap opens the drill-down and pauses rotation until the screen has been left alone.
/// Who may watch is the <see cref="KioskGate"/>'s decision (a paired screen, its own profile only); a
/// screen's circuit re-checks its credential and goes back to pairing, with no data, once revoked.
/// </summary>
[AllowAnonymous]
public partial class KioskPage
{
    private KioskVerdict? _verdict;

    private KioskRotation? _rotation;
    private KioskLayout? _layout;
    private KioskFit _fit = KioskFit.None;
    private bool _measured;
    private string? _openUnit;
    private TaskDetail? _openTask;

    /// <summary>The profile's name (Kiosk:Profiles:{name}).</summary>
    [Parameter] public string ProfileName { get; set; } = string.Empty;

    /// <summary>Pins the kiosk to one board (its pages still rotate), e.g. ?board=Units.</summary>
    [SupplyParameterFromQuery(Name = "board")] public string? PinnedBoard { get; set; }

    [Inject] private IOptions<KioskOptions> Options { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Inject] private TaskDetailQueries Details { get; set; } = null!;

    [Inject] private KioskGate Gate { get; set; } = null!;

    [Inject] private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject] private KioskSession Session { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    private bool Allowed => _verdict?.Allowed == true;

    private KioskProfile? Profile => Options.Value.Profiles.GetValueOrDefault(ProfileName);

    private string RootStyle => string.Create(CultureInfo.InvariantCulture, $"--kiosk-scale:{Profile!.Scale};--drift:{Options.Value.DriftPixels}px");

    private UnitDetail? OpenUnitDetail => _openUnit is not null && Data is { } data ? UnitDetail.For(data.Board, data.Notices, _openUnit) : null;

    private TaskRow? OpenTaskRow => Data?.Board.Tasks.FirstOrDefault(t => t.Code == _openTask?.Code);

    /// <summary>The screen this kiosk lays out for: measured once interactive, the profile's design size before.</summary>
    private KioskLayout Layout => _layout ??= KioskLayout.For(Profile!);

    /// <summary>The slides of a profile over a board: one per board, or one per page of a long board.</summary>
    public static IReadOnlyList<KioskSlide> SlidesFor(IEnumerable<BoardKind> boards, KioskFit fit) =>
        boards.SelectMany(kind =>
        {
            var pages = kind switch
            {
                BoardKind.Units => fit.UnitPages.Count,
                BoardKind.Tasks => TaskBoard.PagesFor(fit.TaskPages),
                _ => 1,
            };
            return Enumerable.Range(0, pages).Select(p => new KioskSlide(kind, p, pages));
        }).ToList();

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _verdict = Gate.Decide(user, ProfileName);
        if (!_verdict.Allowed)
        {
            Navigation.NavigateTo(_verdict.RedirectTo!, forceLoad: RendererInfo.IsInteractive);
            return;
        }

        if (_verdict is { DeviceId: { } device, Credential: { } credential } && RendererInfo.IsInteractive)
        {
            Session.Attach(device, credential, () => InvokeAsync(() => Navigation.NavigateTo(KioskRoutes.Pair, forceLoad: true)));
        }

        await base.OnInitializedAsync();
    }

    protected override Task OnDataChangedAsync()
    {
        if (Profile is null || Data is null)
        {
            return Task.CompletedTask;
        }

        var boards = Enum.TryParse<BoardKind>(PinnedBoard, ignoreCase: true, out var pinned) ? [pinned] : Profile.RotatedBoards;
        _fit = KioskFit.Of(Profile, Layout, Data.Board, Data.Notices, Data.Trend);
        var slides = SlidesFor(boards, _fit);
        if (_rotation is null)
        {
            _rotation = new KioskRotation(Time, slides, TimeSpan.FromSeconds(Profile.RotationSeconds), TimeSpan.FromSeconds(Profile.ResumeAfterSeconds), () => InvokeAsync(StateHasChanged));
        }
        else
        {
            _rotation.Replace(slides);
        }

        return Task.CompletedTask;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && Allowed && Profile is not null)
        {
            await JS.InvokeVoidAsync("screenBoard.scheduleReload", KioskReload.MillisecondsUntilQuietHour(Clock.Now, Options.Value.QuietHour));
            var viewport = await JS.InvokeAsync<int[]?>("screenBoard.viewport");
            if (viewport is [> 0 and var width, > 0 and var height])
            {
                // Without an answer (an old script cached by the screen) the profile's design size stays.
                _layout = KioskLayout.For(Profile, width, height);
            }

            _measured = true;
            await OnDataChangedAsync();
            StateHasChanged();
        }
    }

    protected override void Disposing() => _rotation?.Dispose();

    private void OnTouch()
    {
        if (Profile?.Interactive == true)
        {
            _rotation?.Touch();
        }
    }

    private void OpenUnit(UnitRow unit)
    {
        if (Profile?.Interactive == true)
        {
            _openTask = null;
            _openUnit = unit.Code;
        }
    }

    private async Task OpenTaskAsync(string code)
    {
        if (Profile?.Interactive == true && Data is not null)
        {
            _openTask = await Details.ForAsync(code, Data.Board.AsOf);
        }
    }

    private void Close()
    {
        _openUnit = null;
        _openTask = null;
    }
}

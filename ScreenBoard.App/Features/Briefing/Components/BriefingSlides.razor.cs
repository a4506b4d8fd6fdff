using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace ScreenBoard.App.Features.Briefing.Components;

/// <summary>
/// A briefing's slides, one at a time: arrows, PageUp/PageDown (a presentation clicker), Home/End and
/// Space move; a horizontal swipe on a touch screen moves (reported by wwwroot/js/briefing.js).
/// </summary>
public sealed partial class BriefingSlides : IAsyncDisposable
{
    private ElementReference _root;
    private IJSObjectReference? _module;
    private IJSObjectReference? _attachment;
    private DotNetObjectReference<BriefingSlides>? _self;

    /// <summary>The deck the page built.</summary>
    [Parameter, EditorRequired] public BriefingDeck Deck { get; set; } = null!;

    /// <summary>Where "下载PPT" fetches the same deck as a .pptx; no button when null.</summary>
    [Parameter] public string? DownloadUrl { get; set; }

    [Inject] private IJSRuntime JS { get; set; } = null!;

    /// <summary>The shown slide, 0-based.</summary>
    public int Index { get; private set; }

    private BriefingSlide Current => Deck.Slides[Index];

    /// <summary>A swipe from briefing.js: 1 = next (swiped left), -1 = previous.</summary>
    [JSInvokable]
    public Task Swipe(int direction)
    {
        Move(Index + Math.Sign(direction));
        return InvokeAsync(StateHasChanged);
    }

    /// <summary>Where a key takes the deck from the slide at <paramref name="index"/>; null for keys it ignores.</summary>
    public static int? Target(string key, int index, int count) => key switch
    {
        "ArrowRight" or "ArrowDown" or "PageDown" or " " or "Enter" => index + 1,
        "ArrowLeft" or "ArrowUp" or "PageUp" or "Backspace" => index - 1,
        "Home" => 0,
        "End" => count - 1,
        _ => null,
    };

    protected override void OnParametersSet() => Index = Math.Clamp(Index, 0, Deck.Slides.Count - 1);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/briefing.js");
        _attachment = await _module.InvokeAsync<IJSObjectReference>("attach", _root, _self);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_attachment is not null)
            {
                await _attachment.InvokeVoidAsync("dispose");
                await _attachment.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with the page; nothing to detach.
        }

        _self?.Dispose();
    }

    private void OnKeyDown(KeyboardEventArgs e)
    {
        if (Target(e.Key, Index, Deck.Slides.Count) is { } target)
        {
            Move(target);
        }
    }

    private void Move(int target) => Index = Math.Clamp(target, 0, Deck.Slides.Count - 1);

    private async Task ToggleFullscreenAsync()
    {
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("toggleFullscreen", _root);
        }
    }
}

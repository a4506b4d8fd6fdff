using Microsoft.AspNetCore.Components;
using ScreenBoard.App.Live;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Components.Live;

/// <summary>
/// Base of every page that shows boards: loads today's board, subscribes to <see cref="IBoardNotifier"/>
/// and re-renders on change (no polling), unsubscribes when the page goes. A failed refresh keeps the
/// last good data on screen.
/// </summary>
public abstract class LiveBoardComponent : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Inject] protected BoardCache Cache { get; set; } = null!;

    [Inject] protected IBoardNotifier Notifier { get; set; } = null!;

    [Inject] protected OfficeClock Clock { get; set; } = null!;

    [Inject] private ILogger<LiveBoardComponent> Logger { get; set; } = null!;

    /// <summary>The last good data; null only before the first load.</summary>
    protected LiveBoard? Data { get; private set; }

    public void Dispose()
    {
        _subscription?.Dispose();
        Disposing();
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync()
    {
        _subscription = Notifier.Subscribe(OnBoardChangedAsync);
        await RefreshAsync();
    }

    /// <summary>Called after new data arrived, before rendering.</summary>
    protected virtual Task OnDataChangedAsync() => Task.CompletedTask;

    /// <summary>Release what a page holds besides the subscription.</summary>
    protected virtual void Disposing()
    {
    }

    private Task OnBoardChangedAsync(BoardChangeBatch batch) => InvokeAsync(async () =>
    {
        await RefreshAsync();
        StateHasChanged();
    });

    private async Task RefreshAsync()
    {
        try
        {
            Data = await Cache.GetAsync(Clock.Today);
            await OnDataChangedAsync();
        }
        catch (Exception ex) when (Data is not null)
        {
            Logger.LogWarning(ex, "Refreshing a screen failed; it keeps the data of {LoadedAt}", Data.LoadedAt);
        }
    }
}

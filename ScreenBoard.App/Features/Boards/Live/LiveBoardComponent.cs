using Microsoft.AspNetCore.Components;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>
/// Base of every page that shows boards: today's board from <see cref="BoardCache"/>, refreshed on every
/// change. A failed refresh keeps the last good data on screen.
/// </summary>
public abstract class LiveBoardComponent : NotifiedComponent
{
    [Inject] protected BoardCache Cache { get; set; } = null!;

    [Inject] protected OfficeClock Clock { get; set; } = null!;

    [Inject] private ILogger<LiveBoardComponent> Logger { get; set; } = null!;

    /// <summary>The last good data; null only before the first load.</summary>
    protected LiveBoard? Data { get; private set; }

    /// <summary>Called after new data arrived, before rendering.</summary>
    protected virtual Task OnDataChangedAsync() => Task.CompletedTask;

    protected sealed override async Task LoadAsync()
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

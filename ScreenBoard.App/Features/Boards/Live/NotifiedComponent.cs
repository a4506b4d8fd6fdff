using Microsoft.AspNetCore.Components;
using ScreenBoard.App.Features.Boards.Live;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>
/// A component that shows data which changes: loads it, subscribes to <see cref="IBoardNotifier"/> and
/// loads again and re-renders on every change (no polling), unsubscribes when it goes.
/// </summary>
public abstract class NotifiedComponent : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Inject] protected IBoardNotifier Notifier { get; set; } = null!;

    public void Dispose()
    {
        _subscription?.Dispose();
        Disposing();
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync()
    {
        _subscription = Notifier.Subscribe(_ => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }));
        await LoadAsync();
    }

    /// <summary>Reads what the component shows; called once and after every change.</summary>
    protected abstract Task LoadAsync();

    /// <summary>Release what a component holds besides the subscription.</summary>
    protected virtual void Disposing()
    {
    }
}

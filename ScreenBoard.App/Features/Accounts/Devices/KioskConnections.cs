using System.Collections.Concurrent;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>How many kiosk circuits each screen has connected right now (this process), for the Devices page.</summary>
public sealed class KioskConnections
{
    private readonly ConcurrentDictionary<int, int> _open = new();

    /// <summary>Raised when a screen connects or drops.</summary>
    public event Action? Changed;

    public int CountFor(int deviceId) => _open.GetValueOrDefault(deviceId);

    internal void Up(int deviceId)
    {
        _open.AddOrUpdate(deviceId, 1, (_, n) => n + 1);
        Changed?.Invoke();
    }

    internal void Down(int deviceId)
    {
        _open.AddOrUpdate(deviceId, 0, (_, n) => Math.Max(0, n - 1));
        Changed?.Invoke();
    }
}

using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Kiosk;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>
/// A paired screen's live connection (one per circuit): counts it as connected while its connection is up,
/// and re-checks its credential every <see cref="KioskOptions.DeviceRecheckSeconds"/>; once revoked, tells the page.
/// </summary>
public sealed class KioskSession(DeviceDirectory directory, KioskConnections connections, TimeProvider time, IOptions<KioskOptions> options, ILogger<KioskSession> logger)
    : CircuitHandler, IDisposable
{
    private readonly Lock _lock = new();
    private ITimer? _timer;
    private int? _deviceId;
    private string? _credential;
    private bool _connected;
    private Func<Task>? _onRevoked;

    /// <summary>Starts watching the screen that holds <paramref name="credential"/>; <paramref name="onRevoked"/> runs once when it no longer does.</summary>
    public void Attach(int deviceId, string credential, Func<Task> onRevoked)
    {
        lock (_lock)
        {
            if (_deviceId is not null)
            {
                return;
            }

            (_deviceId, _credential, _onRevoked) = (deviceId, credential, onRevoked);
            SetConnected(true);
            var every = options.Value.DeviceRecheck;
            _timer = time.CreateTimer(_ => _ = CheckAsync(), null, every, every);
        }
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            SetConnected(true);
        }

        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            SetConnected(false);
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            SetConnected(false);
            _onRevoked = null;
        }
    }

    private void SetConnected(bool connected)
    {
        if (_deviceId is not { } id || connected == _connected)
        {
            return;
        }

        _connected = connected;
        if (connected)
        {
            connections.Up(id);
        }
        else
        {
            connections.Down(id);
        }
    }

    private async Task CheckAsync()
    {
        if (_deviceId is not { } id || _credential is not { } credential)
        {
            return;
        }

        try
        {
            if (await directory.StillPairedAsync(id, credential))
            {
                await directory.SeenAsync(id);
                return;
            }

            Func<Task>? revoked;
            lock (_lock)
            {
                revoked = _onRevoked;
                _onRevoked = null;
                _timer?.Dispose();
                _timer = null;
            }

            if (revoked is not null)
            {
                await revoked();
            }
        }
        catch (Exception ex)
        {
            // The database is away for a moment: the screen keeps showing and the next check tries again.
            logger.LogWarning(ex, "Re-checking screen {DeviceId} failed", id);
        }
    }
}

using System.Net;
using System.Net.Sockets;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// The app on a fixed port of 127.0.0.1 that a test really stops and starts again, as a restart, a
/// deploy or a power cut does: a new host in place of the old one, on the same port and the same
/// SQLite files (app and Hangfire), its clock running on. And Chromium.
/// </summary>
public sealed class RestartingHost : IAsyncLifetime
{
    private readonly TestDatabase _database = new(migrate: false);
    private readonly RunningClock _clock = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
    private Server? _server;

    public RestartingHost() => BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");

    public Uri BaseAddress { get; }

    public Chromium Chromium { get; private set; } = null!;

    /// <summary>The running server's services (the new one's after a restart).</summary>
    public IServiceProvider Services => (_server ?? throw new InvalidOperationException("The server is stopped.")).Services;

    public async Task InitializeAsync()
    {
        Start();
        Chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A new host on the port and files of the last one (the first start seeds the demo list).</summary>
    public void Start()
    {
        _server = new Server(_database, _clock);
        _server.UseKestrel(options => options.Listen(IPAddress.Loopback, BaseAddress.Port));
        _server.StartServer();
    }

    /// <summary>Stops the host for good: Kestrel closes its port and every circuit is gone with the process's memory.</summary>
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        await StopAsync();
        _database.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Server(TestDatabase database, TimeProvider clock) : AppFactory(database, ownsDatabase: false)
    {
        protected override TimeProvider AppClock => clock;

        protected override IEnumerable<KeyValuePair<string, string?>> Settings => BrowserHost.KioskSettings;
    }
}

using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Diagnostics.NETCore.Client;

namespace ScreenBoard.Bench.Kiosk;

/// <summary>
/// A published web app started as its own process (<c>dotnet App.dll --urls http://127.0.0.1:PORT</c>), so its
/// resident memory is measured alone: the browsers are the bench's children, not the server's.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, Uri address, StreamWriter log)
    {
        _process = process;
        BaseAddress = address;
        _log = log;
    }

    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    /// <summary><c>dotnet publish -c Release</c> of a project into a folder (incremental when the folder is kept).</summary>
    public static async Task PublishAsync(string project, string output, params string[] properties)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "q", .. properties])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed:\n{await stdout}\n{await stderr}");
        }

        Console.WriteLine($"Published {Path.GetFileName(project)} in {watch.Elapsed.TotalSeconds:F0} s -> {output}");
    }

    /// <summary>Process start (just before <c>Process.Start</c>) to the first 200 of the probe.</summary>
    public TimeSpan TimeToFirstAnswer { get; private set; }

    /// <summary>
    /// Starts <paramref name="dll"/> from its folder on a free loopback port and waits until <paramref name="probe"/>
    /// (relative to the base address) answers 200, asking every <paramref name="pollEvery"/> (default 250 ms).
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, string logFile, string probe = "", TimeSpan? pollEvery = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var deadline = Stopwatch.StartNew();
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, address, log);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var probeAddress = new Uri(address, probe);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with {process.ExitCode}; see {logFile}");
            }

            try
            {
                using var response = await http.GetAsync(probeAddress);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    server.TimeToFirstAnswer = deadline.Elapsed;
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(90))
            {
                await server.DisposeAsync();
                throw new TimeoutException($"{Path.GetFileName(dll)} did not answer within 90 s; see {logFile}");
            }

            await Task.Delay(pollEvery ?? TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>VmRSS of the server process (its working set right now), MB.</summary>
    public double ResidentMb()
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>
    /// Induces a full blocking GC in the server from outside, as dotnet-gcdump does: an EventPipe session on the
    /// runtime provider with the GCHeapCollect keyword. No code in the app for it.
    /// </summary>
    public async Task InduceGcAsync()
    {
        const long gcKeyword = 0x1, gcHeapCollectKeyword = 0x800000;
        var client = new DiagnosticsClient(Pid);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, gcKeyword | gcHeapCollectKeyword)],
            requestRundown: false,
            circularBufferMB: 16);
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(1500);
        await session.StopAsync(CancellationToken.None);
        await drain;
    }

    /// <summary>
    /// The steady working set: VmRSS read a second after an induced GC, again and again until five readings in a row
    /// lie within 1.5 MB (the GC gives memory back to the OS over several seconds), at most 40; the median of those five.
    /// </summary>
    public async Task<(double Steady, List<double> All)> SteadyResidentMbAsync()
    {
        const int window = 5;
        var all = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            await InduceGcAsync();
            await Task.Delay(1000);
            all.Add(ResidentMb());
            if (all.Count >= window && all[^window..].Max() - all[^window..].Min() <= 1.5)
            {
                break;
            }
        }

        return (Stats.Median(all[^window..]), all);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host shuts down in order (SQLite files closed); SIGKILL if it takes too long.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

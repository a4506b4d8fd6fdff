using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// The app's build output started as a process of its own (<c>dotnet ScreenBoard.App.dll --urls …</c>) on a free
/// port of 127.0.0.1, from the project folder (its content root: appsettings, wwwroot), until disposed.
/// Its console goes to a log file beside the test's database, named in every failure.
/// </summary>
public sealed class AppServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppServerProcess(Process process, Uri baseAddress, string logFile)
    {
        _process = process;
        BaseAddress = baseAddress;
        LogFile = logFile;
    }

    public Uri BaseAddress { get; }

    public string LogFile { get; }

    /// <summary>The app project's folder and its build output of this test run's configuration.</summary>
    private static (string Project, string Dll) AppBuild()
    {
        // …/ScreenBoard.Tests/bin/<Configuration>/<Framework>/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output.Parent!.Parent!.Parent!.Parent!.FullName;
        var project = Path.Combine(root, "ScreenBoard.App");
        return (project, Path.Combine(project, "bin", configuration, framework, "ScreenBoard.App.dll"));
    }

    /// <summary>Starts the app with <paramref name="settings"/> (as environment variables) and waits until /healthz answers.</summary>
    public static async Task<AppServerProcess> StartAsync(string name, IEnumerable<KeyValuePair<string, string?>> settings, string logFolder)
    {
        var (project, dll) = AppBuild();
        Assert.True(File.Exists(dll), $"The app's build output {dll} is missing: build the solution first.");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var logFile = Path.Combine(logFolder, $"server-{name}.log");
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AppServerProcess(process, new Uri($"http://127.0.0.1:{port}/"), logFile);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Server {name} exited with {process.ExitCode}: {await File.ReadAllTextAsync(logFile)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(server.BaseAddress, "healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(180))
            {
                await server.DisposeAsync();
                throw new TimeoutException($"Server {name} did not answer /healthz within 180 s; see {logFile}");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

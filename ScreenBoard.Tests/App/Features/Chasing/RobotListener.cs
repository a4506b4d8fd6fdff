using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ScreenBoard.Tests.App.Features.Chasing;

/// <summary>
/// A group robot on 127.0.0.1 with a random port: a real HTTP listener that records each request
/// (path and query, JSON body) and answers with what the test sets.
/// </summary>
internal sealed class RobotListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(Uri Url, JsonNode Body)> _requests = [];

    public RobotListener()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            try
            {
                _listener.Prefixes.Clear();
                _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                _listener.Start();
                BaseUrl = $"http://127.0.0.1:{port}";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The status and body the robot answers with.</summary>
    public (int Status, string Body) Answer { get; set; } = (200, """{"errcode":0,"errmsg":"ok"}""");

    public IReadOnlyList<(Uri Url, JsonNode Body)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            lock (_requests)
            {
                _requests.Add((context.Request.Url!, JsonNode.Parse(text)!));
            }

            var (status, body) = Answer;
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}

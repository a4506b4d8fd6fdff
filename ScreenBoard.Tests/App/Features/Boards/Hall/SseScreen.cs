using System.Text.Json;

namespace ScreenBoard.Tests.App.Features.Boards.Hall;

/// <summary>
/// A simulated hall screen: one server-sent-events connection to /kiosk/{profile}/stream, reading
/// frames (<c>id</c>, <c>event: board</c>, <c>data: {"version","at","html"}</c>) as they come.
/// </summary>
public sealed class SseScreen : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Frame> _frames = [];
    private readonly Task _reading;

    private SseScreen(HttpResponseMessage response)
    {
        _response = response;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>True once the server ended the stream.</summary>
    public bool Ended => _reading.IsCompleted;

    public static async Task<SseScreen> ConnectAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseScreen(response);
    }

    /// <summary>The first frame that satisfies <paramref name="wanted"/>; fails after <paramref name="within"/>.</summary>
    public async Task<Frame> WaitForAsync(Func<Frame, bool> wanted, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            lock (_frames)
            {
                if (_frames.FirstOrDefault(wanted) is { } frame)
                {
                    return frame;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no such frame arrived");
    }

    /// <summary>Waits until the server ends the stream; false if it has not within <paramref name="within"/>.</summary>
    public async Task<bool> EndsWithinAsync(TimeSpan within) => await Task.WhenAny(_reading, Task.Delay(within)) == _reading;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try
        {
            await _reading;
        }
        catch (Exception)
        {
            // Cut on purpose.
        }

        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        await using var body = await _response.Content.ReadAsStreamAsync(_stop.Token);
        using var reader = new StreamReader(body);
        string? id = null, kind = null, data = null;
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (kind == "board" && data is not null)
                {
                    using var json = JsonDocument.Parse(data);
                    var root = json.RootElement;
                    var frame = new Frame(id, root.GetProperty("version").GetInt64(), root.GetProperty("at").GetDateTimeOffset(), root.GetProperty("html").GetString()!);
                    lock (_frames)
                    {
                        _frames.Add(frame);
                    }
                }

                (id, kind, data) = (null, null, null);
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                kind = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line[6..];
            }
        }
    }

    /// <summary>One event as the screen received it.</summary>
    public sealed record Frame(string? Id, long Version, DateTimeOffset At, string Html);
}

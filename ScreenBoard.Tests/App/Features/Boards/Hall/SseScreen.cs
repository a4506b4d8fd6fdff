using System.IO.Compression;
using System.Text.Json;
using ScreenBoard.App.Features.Boards.Hall;

namespace ScreenBoard.Tests.App.Features.Boards.Hall;

/// <summary>
/// A simulated hall screen: one server-sent-events connection to /kiosk/{profile}/stream, reading
/// frames (<c>id</c>, <c>event: board</c>, <c>data: base64(gzip({"seq","base","version","at","header","slides"}))</c>)
/// as they come, and putting each change together with the slides it keeps, as hall.js does.
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

    /// <summary>The board events arrived so far, in order.</summary>
    public IReadOnlyList<Frame> Frames
    {
        get
        {
            lock (_frames)
            {
                return [.. _frames];
            }
        }
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
                    var frame = Apply(id, data);
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

    /// <summary>
    /// One event as the screen shows it: the board's whole HTML (a change put together with the slides this
    /// screen kept), and how many slides the event carried whole.
    /// </summary>
    public sealed record Frame(string? Id, long Sequence, long? Base, long Version, DateTimeOffset At, string Html, int SlidesSent);

    private Dictionary<string, string> _slides = new(StringComparer.Ordinal);
    private long _sequence = -1;

    /// <summary>Unpacks an event and applies it to what this screen has; a change must be relative to the last frame.</summary>
    private Frame Apply(string? id, string data)
    {
        using var packed = new GZipStream(new MemoryStream(Convert.FromBase64String(data)), CompressionMode.Decompress);
        using var json = JsonDocument.Parse(packed);
        var root = json.RootElement;
        var sequence = root.GetProperty("seq").GetInt64();
        long? @base = root.TryGetProperty("base", out var b) ? b.GetInt64() : null;
        if (@base is { } relativeTo && relativeTo != _sequence)
        {
            throw new InvalidOperationException($"a change relative to frame {relativeTo} came to a screen that has frame {_sequence}");
        }

        var slides = new List<HallRendering.Slide>();
        var sent = 0;
        foreach (var slide in root.GetProperty("slides").EnumerateArray())
        {
            var key = slide.GetProperty("k").GetString()!;
            if (slide.TryGetProperty("h", out var html))
            {
                slides.Add(new(key, html.GetString()!));
                sent++;
            }
            else
            {
                slides.Add(new(key, _slides[key]));
            }
        }

        _slides = slides.ToDictionary(s => s.Key, s => s.Html, StringComparer.Ordinal);
        _sequence = sequence;
        var whole = new HallRendering(root.GetProperty("header").GetString()!, slides).Html();
        return new Frame(id, sequence, @base, root.GetProperty("version").GetInt64(), root.GetProperty("at").GetDateTimeOffset(), whole, sent);
    }
}

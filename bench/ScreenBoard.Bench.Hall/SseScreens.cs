using System.Buffers;
using System.Diagnostics;

namespace ScreenBoard.Bench.Hall;

/// <summary>
/// Lightweight hall screens: plain <see cref="HttpClient"/> readers of <c>/kiosk/hall/stream</c> in this process,
/// one HTTP/1.1 connection each (no browser). Each notes, with this machine's clock (Unix ms, the same clock the
/// browser's <c>Date.now()</c> reads), the moment it had received the whole event of each new version.
/// </summary>
internal sealed class SseScreens : IAsyncDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 10_000,
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        ConnectTimeout = TimeSpan.FromSeconds(60),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly List<SseScreen> _screens = [];
    private readonly Uri _stream;

    public SseScreens(Uri stream) => _stream = stream;

    public int Count => _screens.Count;

    /// <summary>Opens screens until <paramref name="total"/> are connected, each waited for until its first event.</summary>
    public async Task OpenUpToAsync(int total, int parallel = 25)
    {
        using var gate = new SemaphoreSlim(parallel);
        var opening = Enumerable.Range(0, Math.Max(0, total - _screens.Count)).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var screen = new SseScreen();
                await screen.StartAsync(_http, _stream);
                return screen;
            }
            finally
            {
                gate.Release();
            }
        });
        _screens.AddRange(await Task.WhenAll(opening));
    }

    public long MaxVersion => _screens.Max(s => s.Version);

    /// <summary>Bytes every screen has read from its stream so far, added up.</summary>
    public long BytesReceived => _screens.Sum(s => s.Bytes);

    public long MinVersion => _screens.Min(s => s.Version);

    /// <summary>
    /// For every screen, the Unix ms at which it first held a version above <paramref name="previous"/>; -1 for a
    /// screen that had none within <paramref name="timeout"/>. Polls every 10 ms; the times are the readers' own.
    /// </summary>
    public async Task<double[]> WaitAboveAsync(long previous, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout && _screens.Any(s => s.Version <= previous))
        {
            await Task.Delay(10);
        }

        return [.. _screens.Select(s => s.FirstAbove(previous))];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var screen in _screens)
        {
            await screen.DisposeAsync();
        }

        _screens.Clear();
        _http.Dispose();
    }

    /// <summary>One connection. Scans the bytes for <c>id: N</c> lines and the blank line that ends the event; data lines are skipped whole.</summary>
    private sealed class SseScreen : IAsyncDisposable
    {
        private static readonly byte[] IdPrefix = "id: "u8.ToArray();

        private readonly CancellationTokenSource _stop = new();
        private readonly List<(long Version, double At)> _seen = [];
        private Task _reading = Task.CompletedTask;
        private long _version;
        private long _bytes;

        public long Version => Interlocked.Read(ref _version);

        public long Bytes => Interlocked.Read(ref _bytes);

        public double FirstAbove(long previous)
        {
            lock (_seen)
            {
                foreach (var (version, at) in _seen)
                {
                    if (version > previous)
                    {
                        return at;
                    }
                }
            }

            return -1;
        }

        public async Task StartAsync(HttpClient http, Uri stream)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, stream);
            request.Headers.Accept.ParseAdd("text/event-stream");
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsStreamAsync(_stop.Token);
            var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _reading = ReadAsync(response, body, first);
            await first.Task.WaitAsync(TimeSpan.FromSeconds(120));
        }

        private async Task ReadAsync(HttpResponseMessage response, Stream body, TaskCompletionSource first)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
            var lineStart = true;
            var idMatched = 0; // bytes of "id: " matched at the start of this line; -1: not an id line
            long number = 0;
            long pending = -1; // the id of the event being read; -1: none yet (a version may be 0 after a restart)
            try
            {
                while (true)
                {
                    var read = await body.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    Interlocked.Add(ref _bytes, read);

                    var span = buffer.AsSpan(0, read);
                    var i = 0;
                    while (i < span.Length)
                    {
                        var b = span[i];
                        if (lineStart)
                        {
                            lineStart = false;
                            if (b == (byte)'\n')
                            {
                                // A blank line: the event is complete.
                                if (pending >= 0)
                                {
                                    Record(pending, first);
                                    pending = -1;
                                }

                                lineStart = true;
                                i++;
                                continue;
                            }

                            idMatched = 0;
                        }

                        if (idMatched >= 0 && idMatched < IdPrefix.Length)
                        {
                            idMatched = b == IdPrefix[idMatched] ? idMatched + 1 : -1;
                            number = 0;
                            if (idMatched < 0 && b == (byte)'\n')
                            {
                                lineStart = true;
                            }

                            i++;
                            continue;
                        }

                        if (idMatched == IdPrefix.Length)
                        {
                            if (b == (byte)'\n')
                            {
                                pending = number;
                                idMatched = -1;
                                lineStart = true;
                            }
                            else if (b is >= (byte)'0' and <= (byte)'9')
                            {
                                number = (number * 10) + (b - '0');
                            }

                            i++;
                            continue;
                        }

                        // Any other line (event, data, comment): skip to its end.
                        var end = span[i..].IndexOf((byte)'\n');
                        if (end < 0)
                        {
                            break;
                        }

                        i += end + 1;
                        lineStart = true;
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
            {
                // closed
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
                response.Dispose();
                first.TrySetException(new InvalidOperationException("The stream ended before its first event."));
            }
        }

        private void Record(long version, TaskCompletionSource first)
        {
            var at = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
            lock (_seen)
            {
                _seen.Add((version, at));
            }

            if (version > Interlocked.Read(ref _version))
            {
                Interlocked.Exchange(ref _version, version);
            }

            first.TrySetResult();
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _reading;
            _stop.Dispose();
        }
    }
}

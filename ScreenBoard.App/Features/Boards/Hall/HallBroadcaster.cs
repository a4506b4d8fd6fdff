using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>
/// The one hub of every hall screen (non-interactive kiosk profiles): subscribes once to the
/// <see cref="IBoardNotifier"/>, renders each profile once per change and hands the same frame to every
/// connected screen of that profile. A profile nobody watches is rendered when a screen next asks.
/// </summary>
public sealed class HallBroadcaster : IDisposable
{
    private readonly BoardCache _cache;
    private readonly IBoardNotifier _notifier;
    private readonly OfficeClock _clock;
    private readonly HallRenderer _renderer;
    private readonly IOptions<KioskOptions> _options;
    private readonly ILogger<HallBroadcaster> _logger;
    private readonly ConcurrentDictionary<string, Hub> _hubs = new(StringComparer.OrdinalIgnoreCase);
    private readonly IDisposable _subscription;

    public HallBroadcaster(BoardCache cache, IBoardNotifier notifier, OfficeClock clock, HallRenderer renderer, IOptions<KioskOptions> options, ILogger<HallBroadcaster> logger)
    {
        (_cache, _notifier, _clock, _renderer, _options, _logger) = (cache, notifier, clock, renderer, options, logger);
        _subscription = notifier.Subscribe(OnChangeAsync);
    }

    /// <summary>Whether the profile is a broadcast one (it exists and is not a touch profile).</summary>
    public bool Serves(string profile) => _options.Value.Profiles.TryGetValue(profile, out var p) && !p.Interactive;

    /// <summary>The profile's current frame: today's board at the notifier's version, rendered once.</summary>
    public Task<HallFrame> CurrentAsync(string profile) => HubOf(profile).CurrentAsync();

    /// <summary>A connected screen of the profile; dispose it when the screen goes.</summary>
    public HallListener Listen(string profile) => HubOf(profile).Add();

    /// <summary>How many times the profile's boards were rendered in this process.</summary>
    public int RendersOf(string profile) => _hubs.TryGetValue(profile, out var hub) ? hub.Renders : 0;

    /// <summary>Screens of the profile connected right now.</summary>
    public int ListenersOf(string profile) => _hubs.TryGetValue(profile, out var hub) ? hub.Count : 0;

    /// <summary>
    /// The path of a change, without one (<see cref="ChangePathWarmUp"/>), for the profiles screens have asked for, or the
    /// first broadcast profile when none has been asked for yet: the board rendered again and encoded against the
    /// profile's current frame (rendered first if there is none, as the first screen would have it). That second render
    /// is neither kept nor sent, and <see cref="RendersOf"/> does not count it.
    /// </summary>
    public async Task WarmUpAsync()
    {
        var profiles = _hubs.Keys.ToList();
        if (profiles.Count == 0 && _options.Value.Profiles.FirstOrDefault(p => !p.Value.Interactive).Key is { } first)
        {
            profiles.Add(first);
        }

        foreach (var profile in profiles)
        {
            await HubOf(profile).WarmUpAsync();
        }
    }

    /// <summary>Ends every stream (the server is stopping); screens reconnect by themselves.</summary>
    public void CloseAll()
    {
        foreach (var hub in _hubs.Values)
        {
            hub.CloseAll();
        }
    }

    public void Dispose()
    {
        _subscription.Dispose();
        CloseAll();
    }

    private Hub HubOf(string profile) => _hubs.GetOrAdd(profile, name => new Hub(this, name, _options.Value.Profiles[name]));

    private async Task OnChangeAsync(BoardChangeBatch batch)
    {
        foreach (var hub in _hubs.Values.Where(h => h.Count > 0))
        {
            try
            {
                await hub.CurrentAsync();
            }
            catch (Exception ex)
            {
                // The screens keep the last frame they have; the next change or connection renders again.
                _logger.LogWarning(ex, "Rendering a hall board failed");
            }
        }
    }

    /// <summary>One profile: its latest frame and its connected screens.</summary>
    private sealed class Hub(HallBroadcaster owner, string name, KioskProfile profile)
    {
        private readonly Lock _gate = new();
        private readonly HashSet<HallListener> _listeners = [];
        private (long Version, DateOnly AsOf) _key = (-1, default);
        private Task<HallFrame>? _frame;
        private HallFrame? _last;
        private long _sequence;
        private int _renders;

        public int Renders => Volatile.Read(ref _renders);

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _listeners.Count;
                }
            }
        }

        public Task<HallFrame> CurrentAsync()
        {
            var key = (owner._notifier.Version, owner._clock.Today);
            lock (_gate)
            {
                if (_frame is null || key != _key)
                {
                    _key = key;
                    _frame = RenderAsync(key, ++_sequence);
                }

                return _frame;
            }
        }

        public async Task WarmUpAsync()
        {
            var current = await CurrentAsync();
            var data = await owner._cache.GetAsync(owner._clock.Today);
            var rendering = await owner._renderer.RenderAsync(data, profile);
            _ = HallFrame.Create(current.Sequence + 1, data.Version, data.LoadedAt, rendering, current).EventAfter(current.Sequence);
        }

        public HallListener Add()
        {
            var listener = new HallListener(Remove);
            lock (_gate)
            {
                _listeners.Add(listener);
            }

            return listener;
        }

        public void CloseAll()
        {
            lock (_gate)
            {
                foreach (var listener in _listeners)
                {
                    listener.Close();
                }
            }
        }

        private void Remove(HallListener listener)
        {
            lock (_gate)
            {
                _listeners.Remove(listener);
            }
        }

        private async Task<HallFrame> RenderAsync((long Version, DateOnly AsOf) key, long sequence)
        {
            try
            {
                var data = await owner._cache.GetAsync(key.AsOf);
                var started = Stopwatch.GetTimestamp();
                var rendering = await owner._renderer.RenderAsync(data, profile);
                var rendered = Stopwatch.GetElapsedTime(started);
                Interlocked.Increment(ref _renders);
                HallFrame? previous;
                lock (_gate)
                {
                    previous = _last;
                }

                // The change event is relative to the newest frame finished before this one; encoded outside the
                // lock, which screens connecting and leaving take.
                var frame = HallFrame.Create(sequence, data.Version, data.LoadedAt, rendering, previous);
                var encoded = Stopwatch.GetElapsedTime(started) - rendered;
                HallListener[] listeners;
                lock (_gate)
                {
                    if (_last is null || sequence > _last.Sequence)
                    {
                        _last = frame;
                    }

                    // A newer render has started meanwhile: it is the one the screens get.
                    listeners = sequence == _sequence ? [.. _listeners] : [];
                }

                owner._logger.LogInformation(
                    "Hall {Profile} version {Version}: rendered in {RenderMs:F0} ms, encoded in {EncodeMs:F0} ms, {Changed} of {Slides} slides changed, {Bytes} bytes to each of {Screens} screens",
                    name, data.Version, rendered.TotalMilliseconds, encoded.TotalMilliseconds,
                    frame.ChangedSlides, rendering.Slides.Count, frame.EventAfter(frame.BaseSequence ?? -1).Length, listeners.Length);

                foreach (var listener in listeners)
                {
                    listener.Offer(frame);
                }

                return frame;
            }
            catch
            {
                // A failed render must not stay cached: the next caller renders again.
                lock (_gate)
                {
                    if (sequence == _sequence)
                    {
                        _frame = null;
                    }
                }

                throw;
            }
        }
    }
}

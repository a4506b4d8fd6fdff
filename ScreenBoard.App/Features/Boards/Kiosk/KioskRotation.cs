namespace ScreenBoard.App.Features.Boards.Kiosk;

/// <summary>
/// A kiosk's rotation on a <see cref="TimeProvider"/>: advances every interval; a touch pauses it, and it
/// resumes after a quiet period without touches. Slides are recomputed when data changes (pages of
/// long boards); the position is kept on the same board where it can be.
/// </summary>
public sealed class KioskRotation : IDisposable
{
    private readonly TimeSpan _interval;
    private readonly TimeSpan _resumeAfter;
    private readonly Action _changed;
    private readonly ITimer _rotate;
    private readonly ITimer _resume;
    private readonly Lock _gate = new();
    private IReadOnlyList<KioskSlide> _slides;
    private int _index;

    /// <param name="time">The clock (fake in tests).</param>
    /// <param name="slides">What to rotate through; at least one.</param>
    /// <param name="interval">How long each slide stays.</param>
    /// <param name="resumeAfter">Quiet time after the last touch before rotation resumes.</param>
    /// <param name="changed">Called (on a timer thread) when the slide or the pause changes.</param>
    public KioskRotation(TimeProvider time, IReadOnlyList<KioskSlide> slides, TimeSpan interval, TimeSpan resumeAfter, Action changed)
    {
        ArgumentOutOfRangeException.ThrowIfZero(slides.Count);
        _slides = slides;
        _interval = interval;
        _resumeAfter = resumeAfter;
        _changed = changed;
        _rotate = time.CreateTimer(_ => Advance(), null, interval, interval);
        _resume = time.CreateTimer(_ => Resume(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public KioskSlide Current
    {
        get
        {
            lock (_gate)
            {
                return _slides[_index];
            }
        }
    }

    public int Index => _index;

    public int Count => _slides.Count;

    public bool IsPaused { get; private set; }

    /// <summary>A touch: rotation stops, and resumes after the quiet period counted from this touch.</summary>
    public void Touch()
    {
        lock (_gate)
        {
            IsPaused = true;
            _rotate.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _resume.Change(_resumeAfter, Timeout.InfiniteTimeSpan);
        }

        _changed();
    }

    /// <summary>New slides (data changed): stays on the same board and page where it still exists.</summary>
    public void Replace(IReadOnlyList<KioskSlide> slides)
    {
        ArgumentOutOfRangeException.ThrowIfZero(slides.Count);
        lock (_gate)
        {
            var current = Current;
            var same = slides.ToList().FindIndex(s => s.Board == current.Board && s.Page == current.Page);
            var board = slides.ToList().FindIndex(s => s.Board == current.Board);
            _slides = slides;
            _index = same >= 0 ? same : board >= 0 ? board : Math.Min(_index, slides.Count - 1);
        }
    }

    public void Dispose()
    {
        _rotate.Dispose();
        _resume.Dispose();
    }

    private void Advance()
    {
        lock (_gate)
        {
            if (IsPaused)
            {
                return;
            }

            _index = (_index + 1) % _slides.Count;
        }

        _changed();
    }

    private void Resume()
    {
        lock (_gate)
        {
            IsPaused = false;
            _rotate.Change(_interval, _interval);
        }

        _changed();
    }
}

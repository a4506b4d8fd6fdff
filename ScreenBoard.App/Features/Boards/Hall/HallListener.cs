using System.Threading.Channels;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>
/// One connected hall screen: a mailbox of one frame. A newer frame pushes out an older one the screen has
/// not taken yet (only the latest board matters), so a slow screen never holds up the others.
/// </summary>
public sealed class HallListener : IDisposable
{
    private static readonly BoundedChannelOptions OneFrame = new(1)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
        SingleWriter = false,
    };

    private readonly Channel<HallFrame> _mailbox = Channel.CreateBounded<HallFrame>(OneFrame);
    private readonly Action<HallListener> _leave;

    internal HallListener(Action<HallListener> leave) => _leave = leave;

    /// <summary>The frames for this screen, newest only.</summary>
    public ChannelReader<HallFrame> Frames => _mailbox.Reader;

    /// <summary>The sequence of the last frame written to this screen.</summary>
    public long LastSent { get; private set; } = -1;

    /// <summary>Whether <paramref name="frame"/> is newer than what this screen has; marks it sent if so.</summary>
    public bool TakeIfNewer(HallFrame frame)
    {
        if (frame.Sequence <= LastSent)
        {
            return false;
        }

        LastSent = frame.Sequence;
        return true;
    }

    public void Dispose()
    {
        _mailbox.Writer.TryComplete();
        _leave(this);
    }

    internal void Offer(HallFrame frame) => _mailbox.Writer.TryWrite(frame);

    /// <summary>Ends this screen's stream (the server stops); the screen reconnects by itself.</summary>
    internal void Close() => _mailbox.Writer.TryComplete();
}

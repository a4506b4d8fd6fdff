namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>
/// The only way screens learn of change. Writers publish after a successful save; every open
/// screen (circuit) subscribes. Behind an interface so it can later fan out between servers.
/// </summary>
public interface IBoardNotifier
{
    /// <summary>Queues a change; bursts are merged into one batch per debounce window.</summary>
    void Publish(BoardChange change);

    /// <summary>Receives every batch until the returned handle is disposed.</summary>
    IDisposable Subscribe(Func<BoardChangeBatch, Task> handler);

    /// <summary>Goes up by one with every batch; caches key on it.</summary>
    long Version { get; }

    /// <summary>When the last batch went out (null before the first).</summary>
    DateTimeOffset? LastChangeAt { get; }
}

namespace ScreenBoard.App.Features.Boards.Live.Servers;

/// <summary>This app server among several: the id its change notifications carry, so it can skip its own.</summary>
public sealed class ServerInstance
{
    public Guid Id { get; } = Guid.NewGuid();
}

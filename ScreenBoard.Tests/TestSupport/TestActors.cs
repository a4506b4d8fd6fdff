using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>Who acts in tests: the office from this machine, the app's own job.</summary>
public static class TestActors
{
    public static readonly Actor Office = new("督查室", ActorRole.Office, null, "127.0.0.1");

    public static Actor System(string name) => Actor.System(name);
}

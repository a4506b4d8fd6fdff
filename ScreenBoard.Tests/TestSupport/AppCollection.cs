namespace ScreenBoard.Tests.TestSupport;

/// <summary>Tests that host the app run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection
{
    public const string Name = "App";
}

namespace ScreenBoard.App;

/// <summary>Marker for the UI strings in Resources/SharedResource.resx (zh-CN) and SharedResource.en.resx.</summary>
public sealed class SharedResource;

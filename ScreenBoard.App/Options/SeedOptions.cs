namespace ScreenBoard.App.Options;

/// <summary>The list file loaded on first start against an empty database.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Path of a list file (screenboard-list/1); relative paths are read from the working folder, else the app's. Default: the demo list.</summary>
    public string Path { get; set; } = "assets/demo-list.json";

    /// <summary>False: start with an empty database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// After loading the file, compute and publish the quarters of its year that have already ended,
    /// so the trend board and the briefing have history to show (the demo's past briefings).
    /// </summary>
    public bool PublishPastQuarters { get; set; } = true;
}

namespace ScreenBoard.App.Options;

/// <summary>
/// The list file loaded on first start against an empty database. The fictional demo list is loaded
/// only in Development; elsewhere only a file named in <see cref="Path"/> is (docs/decisions/009).
/// </summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>The demo list (a fictional city, 青川市), shipped beside the app.</summary>
    public const string DemoPath = "assets/demo-list.json";

    /// <summary>
    /// Path of a list file (screenboard-list/1); relative paths are read from the working folder, else the app's.
    /// Not set: the demo list in Development, nothing in any other environment.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>False: start with an empty database, even in Development.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// After loading the file, compute and publish the quarters of its year that have already ended,
    /// so the trend board and the briefing have history to show (the demo's past briefings).
    /// Not set: only when the demo list is loaded; a real list's briefings are the office's to publish.
    /// </summary>
    public bool? PublishPastQuarters { get; set; }

    /// <summary>The file to load into an empty database, or null for none.</summary>
    public string? FileFor(bool isDevelopment) => !Enabled ? null : Path ?? (isDevelopment ? DemoPath : null);
}

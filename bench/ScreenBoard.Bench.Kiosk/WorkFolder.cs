namespace ScreenBoard.Bench.Kiosk;

/// <summary>
/// A benchmark's working folder: the one given with <c>--out</c> (kept), or a fresh temporary folder that is
/// deleted when the run ends (left to the OS's temp cleaning if a file is still held).
/// </summary>
internal sealed class WorkFolder : IDisposable
{
    private readonly bool _keep;

    private WorkFolder(string path, bool keep)
    {
        Path = path;
        _keep = keep;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    /// <summary>The folder for <paramref name="outOption"/> (null: a new one under the temp folder's <paramref name="tempName"/>).</summary>
    public static WorkFolder For(string? outOption, string tempName) =>
        outOption is null
            ? new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), tempName, Guid.NewGuid().ToString("N")), keep: false)
            : new(System.IO.Path.GetFullPath(outOption), keep: true);

    /// <summary>What the run prints about the folder.</summary>
    public override string ToString() => $"{Path}{(_keep ? string.Empty : " (deleted at the end)")}";

    public void Dispose()
    {
        if (_keep)
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // left to the OS's temp cleaning
        }
    }
}

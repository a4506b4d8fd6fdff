namespace ScreenBoard.App.Features.Reports.Reporting;

/// <summary>A file picked on the report form, held until the report is submitted (at most 10 MB, at most five).</summary>
public sealed record PickedFile(string Name, byte[] Content)
{
    /// <summary>Its size as people read it (KB / MB).</summary>
    public string Size => Content.Length >= 1024 * 1024
        ? (Content.Length / (1024d * 1024d)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, Content.Length / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";
}

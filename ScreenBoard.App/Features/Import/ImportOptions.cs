using System.ComponentModel.DataAnnotations;

namespace ScreenBoard.App.Features.Import;

/// <summary>The <c>Import</c> section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest file an import reads (bytes); a larger one is refused by its size before it is parsed. Default 10 MB.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 10L * 1024 * 1024;
}

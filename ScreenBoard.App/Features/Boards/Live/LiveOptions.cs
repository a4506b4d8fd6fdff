using System.ComponentModel.DataAnnotations;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>The <c>Live</c> section.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Changes within this window after the first one go out as one batch (an import of 500 rows is one refresh).</summary>
    [Range(0, 5000)]
    public int DebounceMilliseconds { get; set; } = 50;
}

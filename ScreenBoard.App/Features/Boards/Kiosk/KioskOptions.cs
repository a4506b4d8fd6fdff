using System.ComponentModel.DataAnnotations;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Boards.Kiosk;

/// <summary>The <c>Kiosk</c> section: profiles for screens that run on their own.</summary>
public sealed class KioskOptions
{
    public const string Section = "Kiosk";

    /// <summary>Hour of day (office time zone) when every kiosk reloads itself once.</summary>
    [Range(0, 23)]
    public int QuietHour { get; set; } = 3;

    /// <summary>How far the layout drifts against burn-in, in pixels.</summary>
    [Range(0, 20)]
    public int DriftPixels { get; set; } = 4;

    /// <summary>
    /// True keeps the open kiosk of a trial installation: every profile's boards to anyone on the network,
    /// no screen pairing. False (default): only paired screens and signed-in Office or Leader accounts.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>How often an open kiosk re-checks its screen's credential; a revoked screen leaves within this.</summary>
    [Range(1, 60)]
    public int DeviceRecheckSeconds { get; set; } = 30;

    /// <summary><see cref="DeviceRecheckSeconds"/> as a span (not bound from configuration).</summary>
    public TimeSpan DeviceRecheck => TimeSpan.FromSeconds(DeviceRecheckSeconds);

    /// <summary>Profiles by name, used as /kiosk/{name}.</summary>
    public Dictionary<string, KioskProfile> Profiles { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hall"] = new KioskProfile { Interactive = false, Scale = 1.15m },
        ["office"] = new KioskProfile { Interactive = true },
    };
}

/// <summary>One kiosk profile.</summary>
public sealed class KioskProfile
{
    private static readonly BoardKind[] AllBoards = [BoardKind.Overview, BoardKind.Units, BoardKind.Tasks, BoardKind.Escalation, BoardKind.Trend];
    private static readonly ProgressStatus[] NeedAttention = [ProgressStatus.Overdue, ProgressStatus.Lagging];

    /// <summary>
    /// The boards it rotates through, in order; empty: all five. (Empty by default because configuration
    /// binding adds to a list rather than replacing it: a default here could not be overridden.)
    /// </summary>
    public List<BoardKind> Boards { get; set; } = [];

    /// <summary>The boards in force.</summary>
    public IReadOnlyList<BoardKind> RotatedBoards => Boards.Count > 0 ? Boards : AllBoards;

    /// <summary>Seconds each board (or page of a board) stays.</summary>
    [Range(3, 3600)]
    public int RotationSeconds { get; set; } = 20;

    /// <summary>Touch screen: a tap opens the drill-down and pauses rotation.</summary>
    public bool Interactive { get; set; }

    /// <summary>Rotation resumes after this many seconds without a touch.</summary>
    [Range(5, 3600)]
    public int ResumeAfterSeconds { get; set; } = 60;

    /// <summary>
    /// Which way up the screen stands: Auto (default) follows the screen's own size; Landscape or Portrait turn the
    /// picture a quarter when the player reports the other shape (a screen mounted on its side). docs/decisions/020.
    /// </summary>
    public KioskOrientation Orientation { get; set; } = KioskOrientation.Auto;

    /// <summary>Type scale on top of the kiosk's base sizes (body 28 px, headline numbers 64 px).</summary>
    [Range(typeof(decimal), "1", "2")]
    public decimal Scale { get; set; } = 1m;

    /// <summary>Statuses the task board shows on this kiosk; empty: what needs attention (Overdue, Lagging).</summary>
    public List<ProgressStatus> TaskStatuses { get; set; } = [];

    /// <summary>The statuses in force.</summary>
    public IReadOnlyCollection<ProgressStatus> ShownTaskStatuses => TaskStatuses.Count > 0 ? TaskStatuses : NeedAttention;

    /// <summary>Most units a page of the ranking shows (fewer when their rows would not fit the screen, see <see cref="KioskLayout"/>).</summary>
    [Range(3, 40)]
    public int UnitsPerPage { get; set; } = 9;

    /// <summary>Most tasks a category column shows per page (fewer when their cards would not fit the screen).</summary>
    [Range(1, 20)]
    public int TasksPerPage { get; set; } = 3;
}

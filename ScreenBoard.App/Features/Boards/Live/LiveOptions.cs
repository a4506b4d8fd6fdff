using System.ComponentModel.DataAnnotations;

namespace ScreenBoard.App.Features.Boards.Live;

/// <summary>The <c>Live</c> section.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Changes within this window after the first one go out as one batch (an import of 500 rows is one refresh).</summary>
    [Range(0, 5000)]
    public int DebounceMilliseconds { get; set; } = 50;

    /// <summary>
    /// Seconds after the server has started (and answered its first screens) at which the path of a change is run
    /// once without a change (<see cref="ChangePathWarmUp"/>); 0 turns it off.
    /// </summary>
    [Range(0, 3600)]
    public int WarmUpSeconds { get; set; } = 3;

    /// <summary>
    /// On PostgreSQL with several servers: how often each server compares the stored board version with the versions
    /// its notifications carried (<see cref="Servers.BoardChangeListener"/>), so a lost notification costs at most this.
    /// </summary>
    [Range(1, 3600)]
    public int VersionCheckSeconds { get; set; } = 60;
}

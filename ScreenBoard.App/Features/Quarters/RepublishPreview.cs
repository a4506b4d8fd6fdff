using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>
/// The dry run of a republication: the quarter recomputed (not written) and the units whose score or
/// rank would move against the newest published version. Confirming writes exactly this board.
/// </summary>
/// <param name="Quarter">The quarter.</param>
/// <param name="BasedOnVersion">The newest published version the changes are measured against.</param>
/// <param name="Board">The recomputed board of the quarter's last day.</param>
/// <param name="Changes">The units that move (old → new); empty when nothing moves.</param>
public sealed record RepublishPreview(QuarterId Quarter, int BasedOnVersion, Board Board, IReadOnlyList<UnitChange> Changes)
{
    /// <summary>The unit's name on the board, or its code when it is no longer on the list.</summary>
    public string UnitName(UnitChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Board.Units.FirstOrDefault(u => u.UnitId == change.UnitId)?.Name ?? change.UnitCode;
    }
}

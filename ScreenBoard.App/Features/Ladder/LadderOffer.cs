using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Ladder;

/// <summary>Where the task board offers the office a 限期整改单 first: the tasks that are behind.</summary>
public static class LadderOffer
{
    public static bool IsOfferedFor(ProgressStatus status) => status is ProgressStatus.Lagging or ProgressStatus.Overdue;
}

namespace ScreenBoard.Domain.Chasing;

/// <summary>Why a unit is chased (催办): always work not done, never time online.</summary>
public enum ReminderKind
{
    /// <summary>No report on the task for <c>Workflow:ReportEveryDays</c> days (逾期未报).</summary>
    NoRecentReport = 0,

    /// <summary>A milestone falls due within <c>Workflow:MilestoneWithinDays</c> (节点临近).</summary>
    MilestoneDue = 1,

    /// <summary>The deadline falls within <c>Workflow:DeadlineWithinDays</c> (时限临近).</summary>
    DeadlineNear = 2,

    /// <summary>A returned report not resubmitted within <c>Workflow:ReturnedWithinDays</c> (退回未重报).</summary>
    ReturnedNotResubmitted = 3,
}

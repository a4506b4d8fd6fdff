using System.ComponentModel.DataAnnotations;
using ScreenBoard.Domain.Chasing;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>The <c>Workflow</c> section: how long a unit may leave work before it is chased (催办).</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    /// <summary>Days without a report (any state) from the lead unit.</summary>
    [Range(1, 366)]
    public int ReportEveryDays { get; set; } = 30;

    /// <summary>A milestone due today or within this many days.</summary>
    [Range(0, 90)]
    public int MilestoneWithinDays { get; set; } = 3;

    /// <summary>The deadline today or within this many days.</summary>
    [Range(0, 90)]
    public int DeadlineWithinDays { get; set; } = 7;

    /// <summary>Days a returned report may wait for its resubmission.</summary>
    [Range(1, 90)]
    public int ReturnedWithinDays { get; set; } = 5;

    public ChasingParameters ToParameters() => new(ReportEveryDays, MilestoneWithinDays, DeadlineWithinDays, ReturnedWithinDays);
}

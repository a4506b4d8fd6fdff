using System.Globalization;

namespace ScreenBoard.App.Features.List;

/// <summary>One row of the task form's milestones table: an existing milestone (its id) or a new one.</summary>
public sealed class MilestoneForm
{
    /// <summary>The stored milestone this row edits; null for a row the office added.</summary>
    public int? Id { get; set; }

    public string? Title { get; set; }

    public DateOnly? Due { get; set; }

    /// <summary>The milestone's share of the task, 0..1.</summary>
    public decimal Share { get; set; }

    public MilestoneForm Copy() => new() { Id = Id, Title = Title, Due = Due, Share = Share };

    /// <summary>"完成方案 2026-03-31 0.3": how a conflict shows the row.</summary>
    public override string ToString() =>
        $"{Title} {Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {Share.ToString("0.###", CultureInfo.InvariantCulture)}";
}

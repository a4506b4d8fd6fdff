using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.List;

/// <summary>
/// A task from a source in one step: what the source says (by kind: the instruction's text, leader and date;
/// the ticket's number and complaint; the finding and its date) and who answers for it by when.
/// </summary>
public sealed class QuickAddForm
{
    public QuickAddKind Kind { get; set; }

    /// <summary>The task's title; empty: the first line of <see cref="Text"/>.</summary>
    public string? Title { get; set; }

    /// <summary>批示内容, the complaint or the finding.</summary>
    public string? Text { get; set; }

    /// <summary>批示领导 (批示件 only).</summary>
    public string? Leader { get; set; }

    /// <summary>工单号 (12345 only), or a 批示件's 文号.</summary>
    public string? Reference { get; set; }

    /// <summary>The date of the instruction or finding; a ticket's defaults to today.</summary>
    public DateOnly? Date { get; set; }

    public string? LeadUnitCode { get; set; }

    public DateOnly? Deadline { get; set; }

    public TaskCategory Category { get; set; } = TaskCategory.PeopleLivelihood;
}

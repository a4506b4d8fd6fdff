using System.Diagnostics.CodeAnalysis;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Tasks;

/// <summary>节点: a dated checkpoint inside a task with its own share of the task.</summary>
public sealed class Milestone : Entity
{
    private Milestone()
    {
        Title = string.Empty;
    }

    internal Milestone(string title, DateOnly due, decimal share)
    {
        Revise(title, due, share);
    }

    public int TaskId { get; private set; }

    public string Title { get; private set; }

    public DateOnly Due { get; private set; }

    /// <summary>The part of the task due by <see cref="Due"/>, 0..1 (not cumulative).</summary>
    public decimal Share { get; private set; }

    /// <summary>Sets title, due date and share; the task checks the date and the shares' sum.</summary>
    [MemberNotNull(nameof(Title))]
    internal void Revise(string title, DateOnly due, decimal share)
    {
        Title = Guard.Required(title, "Milestone.Title", 200);
        if (share is <= 0m or > 1m)
        {
            throw new DomainException("Milestone.ShareOutOfRange", share);
        }

        Due = due;
        Share = share;
    }
}

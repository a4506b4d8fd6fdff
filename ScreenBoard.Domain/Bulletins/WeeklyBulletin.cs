using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Bulletins;

/// <summary>
/// 周通报: the week's work of the towns and streets (每周通报镇、街道党政一把手工作动态), generated once for a
/// week (Monday to Sunday in the office's zone) and kept as it was generated: one per week, keyed by its Monday.
/// </summary>
public sealed class WeeklyBulletin : Entity
{
    private WeeklyBulletin()
    {
        Content = string.Empty;
        GeneratedBy = string.Empty;
    }

    public WeeklyBulletin(DateOnly weekStart, string content, string generatedBy, DateTimeOffset generatedAt)
    {
        if (weekStart.DayOfWeek != DayOfWeek.Monday)
        {
            throw new DomainException("Bulletin.WeekStartNotMonday", weekStart);
        }

        WeekStart = weekStart;
        Content = string.IsNullOrWhiteSpace(content) ? throw new ArgumentException("A bulletin has content.", nameof(content)) : content;
        GeneratedBy = Guard.Required(generatedBy, "Bulletin.GeneratedBy", 100);
        GeneratedAt = generatedAt;
    }

    /// <summary>The week's Monday (its key).</summary>
    public DateOnly WeekStart { get; private set; }

    /// <summary>The week's Sunday.</summary>
    public DateOnly WeekEnd => WeekStart.AddDays(6);

    /// <summary>The bulletin's read model as JSON, as it stood when generated.</summary>
    public string Content { get; private set; }

    public string GeneratedBy { get; private set; }

    public DateTimeOffset GeneratedAt { get; private set; }

    /// <summary>The Monday of the week a date falls in.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The Monday of the last whole week before the week of <paramref name="today"/>.</summary>
    public static DateOnly LastWeekBefore(DateOnly today) => MondayOf(today).AddDays(-7);
}

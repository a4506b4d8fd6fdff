using System.Globalization;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Escalation;

/// <summary>
/// 文号 of one step of a notice (督整〔2026〕3号, 督黄〔2026〕1号, 督红〔2026〕1号): numbered per year and kind,
/// assigned once and stored, so a notice printed twice carries the same number (docs/decisions/018).
/// </summary>
public sealed class NoticeNumber : Entity
{
    private NoticeNumber()
    {
    }

    public NoticeNumber(int noticeId, LadderStep step, int year, int number, DateOnly fixDeadline, DateTimeOffset assignedAt)
    {
        if (!Enum.IsDefined(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "Not a ladder step.");
        }

        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A document number starts at 1.");
        }

        NoticeId = noticeId;
        Step = step;
        Year = year;
        Number = number;
        FixDeadline = fixDeadline;
        AssignedAt = assignedAt;
    }

    public int NoticeId { get; private set; }

    /// <summary>Which document of the notice: the 限期整改单, the 黄色警告 or the 红牌.</summary>
    public LadderStep Step { get; private set; }

    /// <summary>The year of the step's date (the year in 〔〕).</summary>
    public int Year { get; private set; }

    /// <summary>1, 2, … within (year, step).</summary>
    public int Number { get; private set; }

    /// <summary>The fix deadline the document gives, kept with its number (a later step moves the notice's own deadline).</summary>
    public DateOnly FixDeadline { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    /// <summary>The number as printed: 督整〔2026〕3号.</summary>
    public string Text => Format(Step, Year, Number);

    /// <summary>The 文号's prefix per kind: 督整 (限期整改), 督黄 (黄色警告), 督红 (红牌).</summary>
    public static string Prefix(LadderStep step) => step switch
    {
        LadderStep.RectificationNotice => "督整",
        LadderStep.YellowWarning => "督黄",
        LadderStep.RedCard => "督红",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a ladder step."),
    };

    public static string Format(LadderStep step, int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(step)}〔{year}〕{number}号");
}

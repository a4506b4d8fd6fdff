using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Boards;

/// <summary>One notice on the escalation board (督查问责) as it stood on a date.</summary>
/// <param name="Step">The highest step reached by the date.</param>
/// <param name="YellowWarningOn">Date of the 黄色警告 when reached by the date.</param>
/// <param name="RedCardOn">Date of the 红牌 when reached by the date.</param>
/// <param name="ResolvedOn">When resolved by the date.</param>
/// <param name="DaysLeft">Days from the date to the fix deadline; negative when overdue.</param>
/// <param name="Version">The notice's version, for the office's actions on it (a stale one is a conflict).</param>
public sealed record NoticeRow(
    int NoticeId,
    int UnitId,
    string UnitName,
    string? TaskCode,
    string? TaskTitle,
    string Reason,
    LadderStep Step,
    DateOnly IssuedOn,
    DateOnly? YellowWarningOn,
    DateOnly? RedCardOn,
    DateOnly FixDeadline,
    DateOnly? ResolvedOn,
    int DaysLeft,
    long Version = 0)
{
    public bool IsOpen => ResolvedOn is null;

    public bool IsOverdue => IsOpen && DaysLeft < 0;

    /// <summary>A 红牌: referred to the discipline commission and counted in the annual appraisal (移交纪委 · 计入年度考核).</summary>
    public bool IsReferredToDiscipline => RedCardOn is not null;

    /// <summary>
    /// A notice as it stood on a date: steps and a resolution dated after it have not happened yet
    /// (the step itself comes from <see cref="LadderSteps"/>, as the notice's own does).
    /// </summary>
    public static NoticeRow On(
        DateOnly asOf, int noticeId, int unitId, string unitName, string? taskCode, string? taskTitle, string reason,
        LadderSteps steps, DateOnly fixDeadline, DateOnly? resolvedOn, long version = 0)
    {
        var reached = steps.On(asOf);
        return new NoticeRow(
            noticeId, unitId, unitName, taskCode, taskTitle, reason, reached.Step, reached.IssuedOn, reached.YellowWarningOn, reached.RedCardOn,
            fixDeadline, resolvedOn <= asOf ? resolvedOn : null, fixDeadline.DayNumber - asOf.DayNumber, version);
    }
}

using ScreenBoard.Domain.Escalation;

namespace ScreenBoard.Domain.Boards;

/// <summary>One notice on the escalation board (督查问责).</summary>
/// <param name="DaysLeft">Days from the date to the fix deadline; negative when overdue.</param>
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
    int DaysLeft)
{
    public bool IsOpen => ResolvedOn is null;

    public bool IsOverdue => IsOpen && DaysLeft < 0;
}

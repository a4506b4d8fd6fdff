using ScreenBoard.Domain.Escalation;

namespace ScreenBoard.App.Features.Documents;

/// <summary>One step of a notice as its document prints it.</summary>
/// <param name="Number">The step's 文号 (督整〔2026〕3号).</param>
/// <param name="On">The step's date (the document's date).</param>
/// <param name="FixDeadline">The deadline this document gives.</param>
/// <param name="Earlier">The 文号 and date of the notice's earlier steps (a 黄色警告 cites its 限期整改单).</param>
public sealed record NoticeDocument(
    int NoticeId,
    LadderStep Step,
    string Number,
    DateOnly On,
    DateOnly FixDeadline,
    string UnitName,
    string? TaskCode,
    string? TaskTitle,
    string Reason,
    IReadOnlyList<(LadderStep Step, string Number, DateOnly On)> Earlier);

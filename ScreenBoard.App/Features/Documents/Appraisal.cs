using ScreenBoard.App.Features.Quarters;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.Documents;

/// <summary>One ladder step that cost a unit points: its 文号, task, date and deduction.</summary>
public sealed record AppraisalStep(int NoticeId, int UnitId, string Number, LadderStep Step, DateOnly On, string? TaskCode, string? TaskTitle, string Reason, decimal Points)
{
    /// <summary>A 红牌 counts in the annual appraisal (计入年度考核).</summary>
    public bool ForAppraisal => Step == LadderStep.RedCard;
}

/// <summary>One unit in a quarter's published figures: the scores API's row, its name, its tasks per status and its steps.</summary>
public sealed record AppraisalUnit(QuarterUnitDto Scores, int UnitId, string Name, UnitKind Kind, IReadOnlyDictionary<ProgressStatus, int> StatusCounts, IReadOnlyList<AppraisalStep> Steps)
{
    public int Count(LadderStep step) => Steps.Count(s => s.Step == step);

    public bool ForAppraisal => Steps.Any(s => s.ForAppraisal);

    public int LedTasks => StatusCounts.Values.Sum();
}

/// <summary>A quarter's snapshot (one version) as the appraisal workbook shows it.</summary>
public sealed record QuarterAppraisal(QuarterDto Quarter, IReadOnlyList<AppraisalUnit> Units)
{
    public IEnumerable<AppraisalStep> Steps => Units.SelectMany(u => u.Steps);
}

/// <summary>A year: every published quarter (its newest version), oldest first.</summary>
public sealed record YearAppraisal(int Year, IReadOnlyList<QuarterAppraisal> Quarters)
{
    /// <summary>The newest published quarter: its base, deductions, steps and counts stand for the year so far.</summary>
    public QuarterAppraisal? Latest => Quarters.Count == 0 ? null : Quarters[^1];
}

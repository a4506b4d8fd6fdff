using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.Documents;

/// <summary>A report the office accepted during the week.</summary>
public sealed record BulletinReport(string TaskCode, string TaskTitle, DateOnly ReportDate, int Percent, DateOnly AcceptedOn, string Narrative);

/// <summary>A task whose flag at the week's end differs from the one it had when the week began.</summary>
public sealed record BulletinFlagChange(string TaskCode, string TaskTitle, ProgressStatus From, ProgressStatus To, string FromLabel, string ToLabel);

/// <summary>A ladder step dated in the week (a notice issued, or escalated to yellow or red).</summary>
public sealed record BulletinNotice(int NoticeId, string? TaskCode, string? TaskTitle, LadderStep Step, DateOnly On, string Number);

/// <summary>One town or street in the week: rank and score before and after, and what happened.</summary>
public sealed record BulletinUnit(
    string Code,
    string Name,
    UnitKind Kind,
    int? RankBefore,
    int? RankAfter,
    decimal? ScoreBefore,
    decimal? ScoreAfter,
    IReadOnlyList<BulletinReport> Reports,
    IReadOnlyList<BulletinFlagChange> FlagChanges,
    IReadOnlyList<BulletinNotice> Notices)
{
    /// <summary>Places gained (positive), lost (negative); null when unranked on either side.</summary>
    public int? RankMovement => RankBefore is { } before && RankAfter is { } after ? before - after : null;

    public bool IsQuiet => Reports.Count == 0 && FlagChanges.Count == 0 && Notices.Count == 0;
}

/// <summary>周通报's read model, stored as JSON with the bulletin: the week's towns and streets.</summary>
public sealed record BulletinContent(DateOnly WeekStart, DateOnly WeekEnd, string ListTitle, IReadOnlyList<BulletinUnit> Units);

/// <summary>A kept bulletin in the list of weeks.</summary>
public sealed record BulletinSummary(DateOnly WeekStart, DateOnly WeekEnd, DateTimeOffset GeneratedAt, string GeneratedBy);

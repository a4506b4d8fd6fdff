using Microsoft.Extensions.Localization;

namespace ScreenBoard.App.Features.Documents;

/// <summary>The bulletin's sentences, shared by its page and its .docx so both say the same.</summary>
public static class BulletinText
{
    public static string Rank(IStringLocalizer localizer, BulletinUnit unit) => unit switch
    {
        { RankAfter: null } => localizer["Bulletin.Unranked"],
        { RankBefore: null } => localizer["Bulletin.RankNew", unit.RankAfter],
        { RankMovement: > 0 } => localizer["Bulletin.RankUp", unit.RankBefore!, unit.RankAfter, unit.RankMovement],
        { RankMovement: < 0 } => localizer["Bulletin.RankDown", unit.RankBefore!, unit.RankAfter, -unit.RankMovement!],
        _ => localizer["Bulletin.RankSame", unit.RankAfter],
    };

    public static string Report(IStringLocalizer localizer, BulletinReport report) =>
        localizer["Bulletin.Report", report.TaskCode, report.TaskTitle, report.Percent, Day(report.ReportDate), report.Narrative];

    public static string Flag(IStringLocalizer localizer, BulletinFlagChange change) =>
        localizer["Bulletin.Flag", change.TaskCode, change.TaskTitle, change.FromLabel, change.ToLabel];

    public static string Notice(IStringLocalizer localizer, BulletinNotice notice) =>
        localizer["Bulletin.Notice", localizer[$"Step.{notice.Step}"], notice.Number, Day(notice.On), notice.TaskCode is null ? string.Empty : $"{notice.TaskCode} {notice.TaskTitle}"];

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);
}

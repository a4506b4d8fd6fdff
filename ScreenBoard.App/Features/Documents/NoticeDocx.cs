using Microsoft.Extensions.Localization;
using ScreenBoard.Domain.Escalation;

namespace ScreenBoard.App.Features.Documents;

/// <summary>A notice step as an official notice (限期整改通知书 / 黄色警告通知书 / 红牌通报).</summary>
public static class NoticeDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string Title(IStringLocalizer localizer, LadderStep step) => localizer[$"Doc.Notice.Title.{step}"];

    /// <summary>The download's file name: 文号 and title.</summary>
    public static string FileName(IStringLocalizer localizer, NoticeDocument notice) => $"{notice.Number}{Title(localizer, notice.Step)}.docx";

    public static byte[] Write(NoticeDocument notice, DocumentsOptions options, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(localizer);
        var task = notice.TaskCode is null ? localizer["Doc.Notice.NoTask"].Value : $"{notice.TaskCode} {notice.TaskTitle}";
        string Earlier(LadderStep step) => notice.Earlier.Where(e => e.Step == step).Select(e => $"{e.Number}，{localizer["Doc.Date", e.On.ToDateTime(TimeOnly.MinValue)]}").FirstOrDefault() ?? string.Empty;
        return new DocxWriter()
            .RedHeader(options.Header)
            .Centered(notice.Number)
            .RedRule()
            .Title(Title(localizer, notice.Step))
            .Flush(localizer["Doc.Notice.Addressee", notice.UnitName])
            .Paragraph(localizer[$"Doc.Notice.Opening.{notice.Step}", task, Earlier(LadderStep.RectificationNotice), Earlier(LadderStep.YellowWarning)])
            .Labelled(localizer["Doc.Notice.Task"], task)
            .Labelled(localizer["Doc.Notice.Problem"], notice.Reason)
            .Labelled(localizer["Doc.Notice.Deadline"], localizer["Doc.Notice.DeadlineText", notice.FixDeadline.ToDateTime(TimeOnly.MinValue), options.Issuer])
            .Paragraph(localizer[$"Doc.Notice.Closing.{notice.Step}"])
            .Right(options.Issuer, signature: true)
            .Right(localizer["Doc.Date", notice.On.ToDateTime(TimeOnly.MinValue)])
            .ToBytes();
    }
}

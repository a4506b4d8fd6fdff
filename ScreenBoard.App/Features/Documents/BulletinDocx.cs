using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ScreenBoard.App.Features.Documents;

/// <summary>A kept 周通报 as a Word document: per town and street, rank movement, accepted reports, flag changes and notices.</summary>
public static class BulletinDocx
{
    public static string FileName(IStringLocalizer localizer, BulletinContent content) =>
        $"{localizer["Bulletin.Title"]}{content.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.docx";

    public static byte[] Write(BulletinContent content, DocumentsOptions options, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(localizer);
        var doc = new DocxWriter()
            .RedHeader(options.Header)
            .RedRule()
            .Title(localizer["Bulletin.Title"])
            .Centered(localizer["Bulletin.Week", Day(content.WeekStart), Day(content.WeekEnd)], spaceBefore: false)
            .Paragraph(localizer["Bulletin.Intro", content.ListTitle]);
        var n = 0;
        foreach (var unit in content.Units)
        {
            doc.Heading($"{++n}. {unit.Name}（{BulletinText.Rank(localizer, unit)}）");
            if (unit.IsQuiet)
            {
                doc.Paragraph(localizer["Bulletin.Quiet"]);
                continue;
            }

            foreach (var report in unit.Reports)
            {
                doc.Labelled(localizer["Bulletin.ReportLabel"], BulletinText.Report(localizer, report));
            }

            foreach (var change in unit.FlagChanges)
            {
                doc.Labelled(localizer["Bulletin.FlagLabel"], BulletinText.Flag(localizer, change));
            }

            foreach (var notice in unit.Notices)
            {
                doc.Labelled(localizer["Bulletin.NoticeLabel"], BulletinText.Notice(localizer, notice));
            }
        }

        return doc.Right(options.Issuer, signature: true).Right(localizer["Doc.Date", Day(content.WeekEnd.AddDays(1))]).ToBytes();
    }

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);
}

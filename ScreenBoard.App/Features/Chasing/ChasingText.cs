using System.Globalization;
using Microsoft.Extensions.Localization;
using ScreenBoard.Domain.Chasing;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>The words of a reminder, in the reader's language, from its kind and parameters.</summary>
public static class ChasingText
{
    public static string Describe(this IStringLocalizer localizer, ReminderItem item)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(item);
        var date = item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return item.Kind switch
        {
            ReminderKind.NoRecentReport => localizer["Chasing.Kind.NoRecentReport", item.Days, date],
            ReminderKind.MilestoneDue => localizer["Chasing.Kind.MilestoneDue", item.MilestoneTitle ?? string.Empty, date, item.Days],
            ReminderKind.DeadlineNear => localizer["Chasing.Kind.DeadlineNear", date, item.Days],
            ReminderKind.ReturnedNotResubmitted => localizer["Chasing.Kind.ReturnedNotResubmitted", date, item.Days],
            _ => item.Kind.ToString(),
        };
    }

    /// <summary>The short name of a kind (逾期未报 …).</summary>
    public static string Name(this IStringLocalizer localizer, ReminderKind kind) => localizer[$"Chasing.KindShort.{kind}"];
}

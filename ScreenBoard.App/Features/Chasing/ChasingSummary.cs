using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using ScreenBoard.Domain.Chasing;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>How many reminders of which kind one unit got in a run.</summary>
public sealed record UnitReminderCount(string UnitName, ReminderKind Kind, int Count);

/// <summary>
/// The group message of a chasing run, in Chinese (the office's groups): how many reminders per unit
/// and of which kind. Counts only; the units read the details in their inbox.
/// </summary>
public sealed class ChasingSummary(IStringLocalizer<SharedResource> localizer)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public (string Title, string Markdown) Write(DateOnly date, IReadOnlyCollection<UnitReminderCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var title = localizer["Chasing.Summary.Title", day].Value;
            var units = counts.GroupBy(c => c.UnitName)
                .Select(g => (Unit: g.Key, Total: g.Sum(c => c.Count), Kinds: g.OrderBy(c => c.Kind).ToList()))
                .OrderByDescending(u => u.Total).ThenBy(u => u.Unit, StringComparer.Ordinal)
                .ToList();
            var text = new StringBuilder();
            text.Append("### ").Append(title).Append("\n\n");
            text.Append(localizer["Chasing.Summary.Lead", counts.Sum(c => c.Count), units.Count].Value).Append("\n\n");
            foreach (var unit in units)
            {
                var kinds = string.Join("，", unit.Kinds.Select(k => $"{localizer[$"Chasing.KindShort.{k.Kind}"].Value} {k.Count}"));
                text.Append("- ").Append(localizer["Chasing.Summary.Unit", unit.Unit, unit.Total, kinds].Value).Append('\n');
            }

            text.Append('\n').Append(localizer["Chasing.Summary.Footer"].Value);
            return (title, text.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

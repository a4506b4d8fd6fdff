using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.App.Features.List;

/// <summary>
/// Which form field a refusal is about, so the page shows the message next to it: the field the refusal names
/// (a <see cref="FieldName"/> argument), else the field the rule is about. The rules stay in the domain; this only
/// says where their message goes.
/// </summary>
public static class ListFields
{
    private static readonly Dictionary<string, string> ByKey = new(StringComparer.Ordinal)
    {
        ["Domain.List.DuplicateTaskCode"] = TaskFields.Code,
        ["Domain.Task.DeadlineBeforeStart"] = TaskFields.Deadline,
        ["Domain.Task.MilestoneOutsidePeriod"] = TaskFields.Deadline,
        ["Domain.Task.WeightOutOfRange"] = TaskFields.Weight,
        ["Domain.Task.LeadUnitRequired"] = TaskFields.LeadUnit,
        ["Domain.Task.LeadCannotBeCoUnit"] = TaskFields.CoUnits,
        ["Domain.Task.AlreadyCoUnit"] = TaskFields.CoUnits,
        ["Domain.Task.UnknownCategory"] = TaskFields.Category,
        ["Domain.Task.UnknownSource"] = TaskFields.Source,
        ["Domain.Task.MilestoneDueOutsidePeriod"] = TaskFields.Milestones,
        ["Domain.Task.SharesOverOne"] = TaskFields.Milestones,
        ["Domain.Milestone.ShareOutOfRange"] = TaskFields.Milestones,
        ["Domain.Task.MilestoneNotOfTask"] = TaskFields.Milestones,
        ["List.MilestoneInUse"] = TaskFields.Milestones,
        ["List.DuplicateUnitCode"] = TaskFields.UnitCode,
        ["Domain.Unit.UnknownKind"] = TaskFields.UnitKind,
        ["Domain.Unit.OwnCompetentDepartment"] = TaskFields.UnitCompetent,
        ["Domain.Unit.CompetentCycle"] = TaskFields.UnitCompetent,
    };

    /// <summary>The field key (<see cref="TaskFields"/>) a refusal belongs next to; null for one about the whole form.</summary>
    public static string? Of(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded || result.MessageKey is null)
        {
            return null;
        }

        var named = result.Arguments?.OfType<FieldName>().Select(f => f.Key).FirstOrDefault();
        return named is "Milestone.Title" ? TaskFields.Milestones : named ?? ByKey.GetValueOrDefault(result.MessageKey);
    }
}

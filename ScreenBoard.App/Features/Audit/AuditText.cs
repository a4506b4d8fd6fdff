using Microsoft.Extensions.Localization;

namespace ScreenBoard.App.Features.Audit;

/// <summary>An audited action's and record type's name in the reader's language (<c>AuditAction.*</c>, <c>AuditEntity.*</c>), the code's name when there is none.</summary>
public static class AuditText
{
    public static string Action(IStringLocalizer localizer, string action) => Named(localizer, "AuditAction." + action, action);

    public static string Entity(IStringLocalizer localizer, string entityType) => Named(localizer, "AuditEntity." + entityType, entityType);

    private static string Named(IStringLocalizer localizer, string key, string fallback)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}

using Microsoft.Extensions.Localization;
using ScreenBoard.App.Commands;

namespace ScreenBoard.App.Features.Import;

/// <summary>The import's own messages (resources <c>Import.*</c>) with their arguments, in the reader's language.</summary>
internal static class ImportText
{
    public static string Describe(IStringLocalizer localizer, string key, params object?[] arguments) =>
        localizer.Describe(CommandResult.Invalid(key, arguments));
}

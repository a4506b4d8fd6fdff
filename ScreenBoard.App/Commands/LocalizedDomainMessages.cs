using Microsoft.Extensions.Localization;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.App.Commands;

/// <summary>The domain's refusals and the list file's problems in the app's words (resources, zh-CN first, the current UI culture).</summary>
public sealed class LocalizedDomainMessages(IStringLocalizer<SharedResource> localizer) : IDomainMessages
{
    public string Describe(string key, IReadOnlyList<object?> arguments) => localizer.DescribeDomain(key, arguments);
}

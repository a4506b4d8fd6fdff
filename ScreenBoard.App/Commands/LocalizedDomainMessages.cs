using Microsoft.Extensions.Localization;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.App.Commands;

/// <summary>The domain's refusals in the app's words (resources, zh-CN first), for the list loader's error rows.</summary>
public sealed class LocalizedDomainMessages(IStringLocalizer<SharedResource> localizer) : IDomainMessages
{
    public string Describe(DomainException exception) => localizer.Describe(exception);
}

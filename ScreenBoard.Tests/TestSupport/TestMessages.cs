using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScreenBoard.App;
using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>The app's resources outside a request: messages as a person reads them in one culture.</summary>
public static class TestMessages
{
    /// <summary>The app's resources, read in the culture current where they are used.</summary>
    public static IStringLocalizer<SharedResource> Shared { get; } = new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    /// <summary>Writes <paramref name="write"/>'s text with <paramref name="culture"/> as the UI culture, then restores it.</summary>
    public static T In<T>(string culture, Func<IDomainMessages, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            return write(new LocalizedDomainMessages(Shared));
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}

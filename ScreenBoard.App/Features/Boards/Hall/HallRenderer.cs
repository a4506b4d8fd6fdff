using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>
/// Renders <see cref="HallSlides"/> to HTML with Blazor's <see cref="HtmlRenderer"/>: static, no circuit.
/// In the installation's first culture (zh-CN), as a page nobody asked otherwise shows.
/// </summary>
public sealed class HallRenderer(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public async Task<string> RenderAsync(LiveBoard data, KioskProfile profile)
    {
        CultureInfo.CurrentCulture = AppServiceCollectionExtensions.SupportedCultures[0];
        CultureInfo.CurrentUICulture = AppServiceCollectionExtensions.SupportedCultures[0];
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(new UnicodeText(scope.ServiceProvider), loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(HallSlides.Data)] = data,
                [nameof(HallSlides.Profile)] = profile,
            });
            var output = await renderer.RenderComponentAsync<HallSlides>(parameters);
            return output.ToHtmlString();
        });
    }

    /// <summary>
    /// Chinese as characters, not as &amp;#x…; references: a frame goes to every screen on every change,
    /// and a character reference is eight bytes where UTF-8 needs three. Markup characters are still escaped.
    /// </summary>
    private sealed class UnicodeText(IServiceProvider services) : IServiceProvider
    {
        private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : services.GetService(serviceType);
    }
}

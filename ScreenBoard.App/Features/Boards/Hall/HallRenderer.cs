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
/// Renders a hall profile's <see cref="HallHeader"/> and each <see cref="HallSlide"/> to HTML with Blazor's <see cref="HtmlRenderer"/>: static, no circuit.
/// In the installation's first culture (zh-CN), as a page nobody asked otherwise shows.
/// </summary>
public sealed class HallRenderer(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    /// <summary>The header and every slide of the profile, each as its own HTML, in the order screens show them.</summary>
    public async Task<HallRendering> RenderAsync(LiveBoard data, KioskProfile profile)
    {
        CultureInfo.CurrentCulture = AppServiceCollectionExtensions.SupportedCultures[0];
        CultureInfo.CurrentUICulture = AppServiceCollectionExtensions.SupportedCultures[0];
        var arrangements = HallArrangement.For(profile, data);
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(new UnicodeText(scope.ServiceProvider), loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var header = await renderer.RenderComponentAsync<HallHeader>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(HallHeader.Data)] = data,
                [nameof(HallHeader.FirstSlide)] = arrangements[0].Slides[0],
            }));
            var slides = new List<HallRendering.Slide>();
            foreach (var arrangement in arrangements)
            {
                foreach (var slide in arrangement.Slides)
                {
                    var output = await renderer.RenderComponentAsync<HallSlide>(ParameterView.FromDictionary(new Dictionary<string, object?>
                    {
                        [nameof(HallSlide.Data)] = data,
                        [nameof(HallSlide.Profile)] = profile,
                        [nameof(HallSlide.Arrangement)] = arrangement,
                        [nameof(HallSlide.Slide)] = slide,
                    }));
                    slides.Add(new HallRendering.Slide(arrangement.KeyOf(slide), output.ToHtmlString()));
                }
            }

            return new HallRendering(header.ToHtmlString(), slides);
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

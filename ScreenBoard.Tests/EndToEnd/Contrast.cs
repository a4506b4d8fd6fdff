using Microsoft.Playwright;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>WCAG 2 contrast of an element's text against what is really painted behind it.</summary>
public static class Contrast
{
    // The background is the element's own or, while transparent, its ancestors' (semi-transparent
    // layers blended, the page's canvas white); the ratio uses WCAG's relative luminance.
    private const string Ratio = """
        el => {
          const parse = css => {
            const m = css.match(/^rgba?\(([^)]+)\)$/);
            if (!m) throw new Error('unexpected colour ' + css);
            const [r, g, b, a = 1] = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
            return { r, g, b, a };
          };
          const over = (top, bottom) => ({
            r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
            b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
          });
          const layers = [];
          for (let node = el; node; node = node.parentElement) {
            const background = parse(getComputedStyle(node).backgroundColor);
            if (background.a > 0) layers.push(background);
            if (background.a >= 1) break;
          }
          const background = layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
          const text = over(parse(getComputedStyle(el).color), background);
          const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
          const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
          const [light, dark] = [luminance(text), luminance(background)].sort((x, y) => y - x);
          return (light + 0.05) / (dark + 0.05);
        }
        """;

    public static Task<double> RatioAsync(ILocator element) => element.EvaluateAsync<double>(Ratio);
}

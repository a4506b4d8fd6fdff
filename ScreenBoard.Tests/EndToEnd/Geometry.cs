using Microsoft.Playwright;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// Text a viewer cannot read whole, found by geometry in the browser: every visible element with text of its own must
/// lie inside the screen (across it, for a page that scrolls down) and inside its card or cell (within 1 px), no box
/// with its overflow hidden may cut its content, and no ellipsis may actually truncate. Any page can use it.
/// </summary>
public static class Geometry
{
    /// <summary>The boxes text must stay inside: cards, cells, rows, tiles, headers of the boards and pages.</summary>
    public const string Cards = ".kpi, .flag-tile, .flag-chip, .rank-list, .rank-list__row, .unit-table__row, .unit-table__head, .unit-table__row > *, .unit-table__head > *, .task-card, .task-column__head, .notice-card, .ladder-column__head, .kiosk__header, .page-header, .mud-chart, .detail, .progress";

    private const string Check = """
        ([cards, scrolls]) => {
          const doc = document.documentElement;
          const width = doc.clientWidth, height = scrolls ? doc.scrollHeight : window.innerHeight;
          const dy = scrolls ? window.scrollY : 0;
          const cuts = [];
          const name = el => `${el.tagName.toLowerCase()}.${String(el.className || '').trim().split(/\s+/)[0]} "${(el.textContent || '').trim().slice(0, 40)}"`;
          const clips = cs => cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
          if (doc.scrollWidth > doc.clientWidth + 1) cuts.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
          for (const el of document.querySelectorAll('body *')) {
            if (el.closest('svg, script, style, template')) continue;
            if (![...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) continue;
            const cs = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            if (cs.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
            const top = box.top + dy, bottom = box.bottom + dy;
            if (box.left < -1 || box.right > width + 1 || top < -1 || bottom > height + 1) {
              cuts.push(`off the screen: ${name(el)} [${Math.round(box.left)},${Math.round(top)} – ${Math.round(box.right)},${Math.round(bottom)}] in ${width}×${height}`);
              continue;
            }
            if (clips(cs) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
              cuts.push(`cut by its own box: ${name(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
            } else if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
              cuts.push(`ellipsis: ${name(el)}`);
            }
            const card = el.parentElement && el.parentElement.closest(cards);
            if (card) {
              const c = card.getBoundingClientRect();
              if (box.left < c.left - 1 || box.right > c.right + 1 || box.top < c.top - 1 || box.bottom > c.bottom + 1) {
                cuts.push(`outside its card: ${name(el)} in ${name(card)}`);
              }
            }
            for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
              const ucs = getComputedStyle(up);
              if (!clips(ucs)) continue;
              const u = up.getBoundingClientRect();
              if (box.left < u.left - 1 || box.right > u.right + 1 || box.top < u.top - 1 || box.bottom > u.bottom + 1) {
                cuts.push(`cut by ${name(up)}: ${name(el)}`);
                break;
              }
            }
          }
          return cuts;
        }
        """;

    /// <summary>What on the page is cut, off the screen or outside its card; empty when everything reads whole.</summary>
    /// <param name="page">The page, rendered at the size to check.</param>
    /// <param name="scrolls">True for a page that scrolls down (the board pages): then only the sides are the screen's edges.</param>
    public static async Task<IReadOnlyList<string>> CutTextAsync(IPage page, bool scrolls = false) =>
        await page.EvaluateAsync<string[]>(Check, new object[] { Cards, scrolls });
}

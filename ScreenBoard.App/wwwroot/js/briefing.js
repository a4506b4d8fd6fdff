// The briefing's presentation (/briefing/{quarter}): keeps the keyboard on the slides (a presentation
// clicker sends PageUp/PageDown), turns a horizontal swipe into next/previous, and toggles full screen.
// Key handling itself is Blazor's (@onkeydown on the slides); this only stops the browser's own use of
// those keys (scrolling, a focused button's Space) and reports swipes through DotNetObjectReference.
const keys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
const SWIPE_PX = 60;

export function attach(element, dotnet) {
  element.focus({ preventScroll: true });
  const onKey = e => { if (keys.has(e.key)) e.preventDefault(); };
  let start = null;
  const down = e => { start = { x: e.clientX, y: e.clientY, id: e.pointerId }; };
  const up = e => {
    if (!start || start.id !== e.pointerId) return;
    const dx = e.clientX - start.x, dy = e.clientY - start.y;
    start = null;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy)) {
      dotnet.invokeMethodAsync('Swipe', dx < 0 ? 1 : -1);
    }
  };
  const cancel = () => { start = null; };
  element.addEventListener('keydown', onKey);
  element.addEventListener('pointerdown', down);
  element.addEventListener('pointerup', up);
  element.addEventListener('pointercancel', cancel);
  // Focus comes back to the slides after a click elsewhere on the page (the keys must keep working).
  const refocus = () => { if (!element.contains(document.activeElement)) element.focus({ preventScroll: true }); };
  document.addEventListener('pointerup', refocus);
  return {
    dispose() {
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', cancel);
      document.removeEventListener('pointerup', refocus);
    },
  };
}

export function toggleFullscreen(element) {
  if (document.fullscreenElement) {
    return document.exitFullscreen();
  }
  return element.requestFullscreen({ navigationUI: 'hide' }).catch(() => {});
}

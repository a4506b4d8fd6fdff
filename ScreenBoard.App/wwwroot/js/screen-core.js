// What every screen does while its server is out of reach, whatever keeps it live (a Blazor circuit:
// screen.js; the hall broadcast: hall.js): mark the loss in place with the office's time, keep the
// freshness strip's age true, and reload only once the server answers (docs/decisions/008, 019).
window.screenCore = (() => {
  const root = document.documentElement;
  const PROBE_MS = 2000;   // how often a screen asks a server that is down (docs/decisions/022: back within 10 s)
  const AGEING_MS = 30000; // how often the strip's "N 分钟前" is rewritten while disconnected
  const healthUrl = new URL(root.dataset.health || 'healthz', document.baseURI).href;

  // The server's clock, not this screen's (a kiosk's own clock may be off): the offset seen at load.
  const serverNowAtLoad = Number(root.dataset.serverNow);
  const skew = serverNowAtLoad > 0 ? serverNowAtLoad - Date.now() : 0;
  const serverNow = () => Date.now() + skew;

  // Times are the office's (Scoring:TimeZone), whatever zone this browser is set to.
  const clockFormat = (() => {
    const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    try {
      return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: root.dataset.officeZone });
    } catch {
      return new Intl.DateTimeFormat('en-GB', options);
    }
  })();
  const hhmm = ms => {
    const parts = Object.fromEntries(clockFormat.formatToParts(new Date(ms)).map(p => [p.type, p.value]));
    return `${parts.hour}:${parts.minute}`;
  };
  const fill = (template, ...values) => template.replace(/\{(\d)\}/g, (_, i) => values[i]);

  // FreshnessStrip's own rule (its Age property), for when the circuit cannot render it.
  function age(strip) {
    const minutes = Math.floor((serverNow() - Number(strip.dataset.updated)) / 60000);
    if (minutes < 1) {
      return strip.dataset.justNow;
    }

    return minutes < 60 ? fill(strip.dataset.minutesAgo, minutes) : fill(strip.dataset.hoursAgo, Math.floor(minutes / 60));
  }

  function ageStrips() {
    for (const strip of document.querySelectorAll('.freshness[data-updated]')) {
      const line = strip.querySelector('.freshness__text');
      if (!line) {
        continue;
      }

      const text = fill(strip.dataset.line, hhmm(Number(strip.dataset.updated)), age(strip));
      // Rewrite Blazor's own text node rather than replace it: once reconnected, its updates land here.
      if (line.firstChild && line.firstChild.nodeType === Node.TEXT_NODE) {
        if (line.firstChild.nodeValue !== text) {
          line.firstChild.nodeValue = text;
        }
      } else if (line.textContent !== text) {
        line.textContent = text;
      }
    }
  }

  let lostAt = null;
  let ageingTimer = null;

  function markLost() {
    if (lostAt === null) {
      lostAt = serverNow();
      ageingTimer = setInterval(ageStrips, AGEING_MS);
    }

    root.classList.add('sb-disconnected');
    const time = document.getElementById('sb-lost-time');
    if (time) {
      time.textContent = hhmm(lostAt);
    }

    ageStrips();
  }

  function markBack() {
    lostAt = null;
    clearInterval(ageingTimer);
    ageingTimer = null;
    root.classList.remove('sb-disconnected');
  }

  // Resolves once the server answers its probe (a plain GET); asks every PROBE_MS until then, for as long as it takes.
  function whenServerAnswers() {
    return new Promise(resolve => {
      const ask = () => fetch(healthUrl, { cache: 'no-store', signal: AbortSignal.timeout(PROBE_MS) })
        .then(r => (r.ok ? resolve() : setTimeout(ask, PROBE_MS)))
        .catch(() => setTimeout(ask, PROBE_MS));
      ask();
    });
  }

  // Reloading while the server is down would leave the browser's error page on the wall for good:
  // reload only once the server answers.
  let reloading = false;
  function reloadWhenUp() {
    if (!reloading) {
      reloading = true;
      whenServerAnswers().then(() => location.reload());
    }
  }

  // Burn-in drift: a kiosk's stage walks the edge of a square of --drift px (the profile's DriftPixels), one whole
  // pixel every DRIFT_STEP_MS (4 px: round in about 15 minutes). A transform set once per step, no CSS animation:
  // between steps nothing moves and nothing redraws (docs/decisions/026). Not where the user asks for less motion.
  const DRIFT_STEP_MS = 56000;
  let driftStep = 0;
  function drift() {
    const stage = document.querySelector('.kiosk__stage');
    if (!stage || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      return;
    }

    const size = Math.max(0, Math.round(parseFloat(getComputedStyle(stage).getPropertyValue('--drift')) || 0));
    if (size === 0) {
      return;
    }

    driftStep = (driftStep + 1) % (4 * size);
    const side = Math.floor(driftStep / size), along = driftStep % size;
    const [x, y] = [[along, 0], [size, along], [size - along, size], [0, size - along]][side];
    stage.style.transform = `translate(${x}px, ${y}px)`;
  }
  setInterval(drift, DRIFT_STEP_MS);

  return { root, PROBE_MS, ageStrips, markLost, markBack, whenServerAnswers, reloadWhenUp, isReloading: () => reloading };
})();

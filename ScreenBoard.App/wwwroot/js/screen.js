// ScreenBoard's browser side: start Blazor with patient reconnection, mark a lost connection
// without a modal (the screen keeps its last good data), recover by itself, reload once a day.
(() => {
  const pad = n => String(n).padStart(2, '0');
  const hhmm = d => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  let lostAt = null;
  let retryTimer = null;

  function markLost() {
    if (lostAt === null) {
      lostAt = new Date();
    }
    document.documentElement.classList.add('sb-disconnected');
    const time = document.getElementById('sb-lost-time');
    if (time) {
      time.textContent = hhmm(lostAt);
    }
  }

  function markBack() {
    lostAt = null;
    document.documentElement.classList.remove('sb-disconnected');
  }

  // The circuit is gone (server restarted or dropped it): reload as soon as the server answers.
  function reloadWhenUp() {
    fetch(location.href, { cache: 'no-store' }) // GET: the app's pages answer no HEAD
      .then(r => r.ok ? location.reload() : setTimeout(reloadWhenUp, 5000))
      .catch(() => setTimeout(reloadWhenUp, 5000));
  }

  // Blazor gave up retrying: keep trying on our own, quietly.
  function retry() {
    clearTimeout(retryTimer);
    Blazor.reconnect()
      .then(ok => ok ? markBack() : reloadWhenUp())
      .catch(() => { retryTimer = setTimeout(retry, 5000); });
  }

  // Capture phase: the event does not bubble, and Blazor may re-render the element.
  document.addEventListener('components-reconnect-state-changed', e => {
    switch (e.detail.state) {
      case 'show':
      case 'retrying':
      case 'paused':
        markLost();
        break;
      case 'hide':
        markBack();
        break;
      case 'failed':
      case 'resume-failed':
        markLost();
        retryTimer = setTimeout(retry, 5000);
        break;
      case 'rejected':
        markLost();
        reloadWhenUp();
        break;
    }
  }, true);

  window.screenBoard = {
    scheduleReload(milliseconds) {
      setTimeout(() => location.reload(), Math.max(60000, milliseconds));
    },
  };

  // data-circuit="up" tells an operator's script (and the browser tests) that taps are handled now.
  Blazor.start({
    circuit: {
      reconnectionOptions: {
        maxRetries: 120,
        retryIntervalMilliseconds: attempt => (attempt < 5 ? 1000 : 5000),
      },
    },
  }).then(() => { document.documentElement.dataset.circuit = 'up'; });
})();

// ScreenBoard's browser side: start Blazor with patient reconnection, mark a lost connection
// without a modal (the screen keeps its last good data), keep the strip's age true while the circuit
// cannot render, come back by itself (reload once the server answers if it no longer knows this
// screen's circuit), reload once a day. Why these choices: docs/decisions/008-screens-come-back.md.
(() => {
  const { root, PROBE_MS, markLost, markBack, whenServerAnswers, reloadWhenUp, isReloading } = window.screenCore;

  // Blazor gave up retrying: wait for the server, then rejoin the circuit if it still exists, else reload.
  let recovering = false;
  function recover() {
    if (recovering || isReloading()) {
      return;
    }

    recovering = true;
    whenServerAnswers()
      .then(() => Blazor.reconnect())
      .then(ok => {
        recovering = false;
        if (ok) {
          markBack();
        } else {
          reloadWhenUp();
        }
      })
      .catch(() => {
        recovering = false;
        setTimeout(recover, PROBE_MS);
      });
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
        markLost();
        recover();
        break;
      case 'resume-failed':
      case 'rejected':
        // The server no longer knows this screen's circuit (restart, deploy): a fresh page is the only way back.
        markLost();
        reloadWhenUp();
        break;
    }
  }, true);

  window.screenBoard = {
    scheduleReload(milliseconds) {
      setTimeout(reloadWhenUp, Math.max(60000, milliseconds));
    },
    // The screen's size in CSS pixels: a kiosk fits its rows per page to it (KioskLayout).
    viewport() {
      return [window.innerWidth, window.innerHeight];
    },
  };

  // data-circuit="up" tells an operator's script (and the browser tests) that taps are handled now.
  Blazor.start({
    circuit: {
      reconnectionOptions: {
        // About ten minutes of asking before 'failed' (then the probe asks on, for as long as it takes).
        maxRetries: 300,
        retryIntervalMilliseconds: attempt => (attempt < 5 ? 1000 : PROBE_MS),
      },
    },
  }).then(() => { root.dataset.circuit = 'up'; });
})();

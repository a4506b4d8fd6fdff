// A hall screen (docs/decisions/019): no circuit. The server sends the whole board once per change as a
// server-sent event; this script shows one slide at a time (rotation and paging), swaps in each new
// version without reloading, keeps the freshness strip's age, marks "连接中断 HH:mm" while the stream is
// down (keeping the last data), comes back by itself, and reloads once a day at the quiet hour.
(() => {
  const { root, ageStrips, markLost, markBack, reloadWhenUp } = window.screenCore;
  const board = document.getElementById('hall-board');
  const AGEING_MS = 60000;
  const pinned = new URLSearchParams(location.search).get('board');
  const rotateMs = Math.max(3, Number(board.dataset.rotationSeconds) || 20) * 1000;

  let slides = [];
  let index = 0;

  // The slides in play: the pinned board's pages, else every slide of the profile's rotation. An Auto profile
  // comes laid out for landscape and for portrait; the other shape's slides leave the page first.
  function collect() {
    const shape = innerHeight > innerWidth ? 'portrait' : 'landscape';
    for (const other of board.querySelectorAll('.hall-slide')) {
      if (other.dataset.orientation !== shape && other.dataset.orientation !== 'any') {
        other.remove();
      }
    }

    const all = [...board.querySelectorAll('.hall-slide')];
    const chosen = pinned ? all.filter(s => s.dataset.slide.toLowerCase() === pinned.toLowerCase()) : [];
    return chosen.length > 0 ? chosen : all.filter(s => s.dataset.rotated === 'true');
  }

  function show() {
    if (slides.length === 0) {
      return;
    }

    const current = slides[index];
    for (const slide of board.querySelectorAll('.hall-slide')) {
      slide.hidden = slide !== current;
    }

    board.dataset.slide = current.dataset.slide;
    board.dataset.page = current.dataset.page;
    const title = board.querySelector('[data-testid=board-title]');
    if (title) {
      title.textContent = current.dataset.title;
    }

    const dots = board.querySelector('.kiosk__dots');
    if (dots) {
      dots.replaceChildren(...slides.map((_, i) => {
        const dot = document.createElement('span');
        dot.className = i === index ? 'kiosk__dot kiosk__dot--on' : 'kiosk__dot';
        return dot;
      }));
    }
  }

  // A new version: same board and page where it still exists, else the same board, else where it was.
  function replace(data) {
    const was = slides[index];
    const at = was ? { board: was.dataset.slide, page: was.dataset.page } : null;
    board.innerHTML = data.html;
    board.dataset.version = String(data.version);
    board.dataset.boardVersion = String(data.version);
    slides = collect();
    const same = at ? slides.findIndex(s => s.dataset.slide === at.board && s.dataset.page === at.page) : -1;
    const sameBoard = at ? slides.findIndex(s => s.dataset.slide === at.board) : -1;
    index = same >= 0 ? same : sameBoard >= 0 ? sameBoard : Math.min(index, Math.max(0, slides.length - 1));
    show();
    ageStrips();
  }

  slides = collect();
  show();
  ageStrips();
  setInterval(() => {
    if (slides.length > 1) {
      index = (index + 1) % slides.length;
      show();
    }
  }, rotateMs);

  // The circuit used to tick the strip every minute; here the page does it, by the same rule.
  setInterval(ageStrips, AGEING_MS);

  const stream = new EventSource(new URL(board.dataset.stream, document.baseURI));
  stream.addEventListener('board', e => {
    const data = JSON.parse(e.data);
    // A different version, or the same number read at another moment (the server restarted): show it.
    if (String(data.version) !== board.dataset.version || Date.parse(data.at) !== Date.parse(board.dataset.at)) {
      board.dataset.at = data.at;
      replace(data);
    }

    markBack();
    root.dataset.stream = 'up';
  });
  stream.addEventListener('error', () => {
    delete root.dataset.stream;
    markLost();
    if (stream.readyState === EventSource.CLOSED) {
      // Refused (a revoked screen) or broken beyond retrying: a fresh page, once the server answers,
      // is the way back, and sends a screen that may no longer watch to pair.
      reloadWhenUp();
    }
  });

  setTimeout(reloadWhenUp, Math.max(60000, Number(board.dataset.reloadIn) || 86400000));
})();

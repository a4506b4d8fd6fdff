// A hall screen (docs/decisions/019): no circuit. The server sends the whole board as a server-sent event
// when the screen connects, then one event per change with only the slides that changed (docs/decisions/026).
// This script shows one slide at a time (rotation and paging), swaps in each new version without reloading,
// keeps the freshness strip's age, marks "连接中断 HH:mm" while the stream is down (keeping the last data),
// comes back by itself, and reloads once a day at the quiet hour.
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
    for (const other of board.querySelectorAll('.hall-slide')) {
      if (!mine(other.dataset.key)) {
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

  const shape = () => innerHeight > innerWidth ? 'portrait' : 'landscape';
  const mine = key => { const o = key.slice(0, key.indexOf('/')); return o === 'any' || o === shape(); };

  // A frame (docs/decisions/026): the header, then every slide in order, each either with its html or, in a
  // change relative to the frame this screen has, by key only: that slide is unchanged and its node stays.
  // Returns false when a kept slide is not here (the frame is not relative to this page): the caller resyncs.
  function apply(data) {
    const was = slides[index];
    const at = was ? { board: was.dataset.slide, page: was.dataset.page } : null;
    const stage = board.querySelector('.kiosk__stage');
    const here = new Map([...stage.querySelectorAll('.hall-slide')].map(s => [s.dataset.key, s]));
    const wanted = data.slides.filter(s => mine(s.k));
    if (wanted.some(s => s.h === undefined && !here.has(s.k))) {
      return false;
    }

    const changed = wanted.filter(s => s.h !== undefined);
    const parse = document.createElement('template');
    parse.innerHTML = changed.map(s => s.h).join('');
    const fresh = new Map([...parse.content.children].map((node, i) => [changed[i].k, node]));
    board.querySelector('.kiosk__header').outerHTML = data.header;
    stage.replaceChildren(...wanted.map(s => fresh.get(s.k) ?? here.get(s.k)));
    slides = collect();
    const same = at ? slides.findIndex(s => s.dataset.slide === at.board && s.dataset.page === at.page) : -1;
    const sameBoard = at ? slides.findIndex(s => s.dataset.slide === at.board) : -1;
    index = same >= 0 ? same : sameBoard >= 0 ? sameBoard : Math.min(index, Math.max(0, slides.length - 1));
    show();
    ageStrips();
    board.dataset.seq = String(data.seq);
    board.dataset.at = data.at;
    board.dataset.boardVersion = String(data.version);
    board.dataset.version = String(data.version);
    return true;
  }

  // An event's data: gzipped JSON in base64, unpacked by the browser's own DecompressionStream.
  async function unpack(text) {
    const bytes = Uint8Array.from(atob(text), c => c.charCodeAt(0));
    const json = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(json).text());
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

  let queue = Promise.resolve();

  // A change relative to the frame this screen has is applied; a full frame replaces everything unless it is
  // the very board shown (a reconnection); anything else asks for a full frame by opening the stream again.
  function receive(data) {
    const isChange = data.base !== undefined && data.base !== null;
    if (isChange && String(data.base) !== board.dataset.seq) {
      return false;
    }

    // The same version read at the same moment (a reconnection): only the frame's number is new.
    if (!isChange && String(data.version) === board.dataset.version && Date.parse(data.at) === Date.parse(board.dataset.at)) {
      board.dataset.seq = String(data.seq);
      return true;
    }

    return apply(data);
  }

  function open() {
    const stream = new EventSource(new URL(board.dataset.stream, document.baseURI));
    stream.addEventListener('board', e => {
      queue = queue.then(() => unpack(e.data)).then(data => {
        if (!receive(data)) {
          stream.close();
          open();
          return;
        }

        markBack();
        root.dataset.stream = 'up';
      }).catch(() => {
        stream.close();
        open();
      });
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
  }

  open();

  setTimeout(reloadWhenUp, Math.max(60000, Number(board.dataset.reloadIn) || 86400000));
})();

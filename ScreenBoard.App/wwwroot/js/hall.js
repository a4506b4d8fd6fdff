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
      const hidden = slide !== current;
      if (slide.hidden !== hidden) {
        slide.hidden = hidden;
      }
    }

    setData(board, 'slide', current.dataset.slide);
    setData(board, 'page', current.dataset.page);
    const title = board.querySelector('[data-testid=board-title]');
    if (title && title.textContent !== current.dataset.title) {
      title.textContent = current.dataset.title;
    }

    const dots = board.querySelector('.kiosk__dots');
    const lit = `${slides.length}/${index}`;
    if (dots && dots.dataset.lit !== lit) {
      dots.dataset.lit = lit;
      dots.replaceChildren(...slides.map((_, i) => {
        const dot = document.createElement('span');
        dot.className = i === index ? 'kiosk__dot kiosk__dot--on' : 'kiosk__dot';
        return dot;
      }));
    }
  }

  // Only what differs is written: a node the browser has laid out and painted stays as it is (docs/decisions/032).
  function setData(element, key, value) {
    if (element.dataset[key] !== value) {
      element.dataset[key] = value;
    }
  }

  // Puts the slides in this order, leaving every slide already in its place untouched: a node removed and put back
  // is laid out and painted again (decision 032: a quarter of what a change cost each browser).
  function place(stage, nodes) {
    const keep = new Set(nodes);
    for (const old of [...stage.children]) {
      if (!keep.has(old)) {
        old.remove();
      }
    }

    let expected = stage.firstElementChild;
    for (const node of nodes) {
      if (node === expected) {
        expected = expected.nextElementSibling;
      } else {
        stage.insertBefore(node, expected);
      }
    }
  }

  // Makes `into` read as `from` (a parsed copy) by rewriting only the text and attributes that differ; where the
  // shape differs (another element, another number of children) that part is replaced whole.
  function patch(into, from) {
    if (into.nodeType !== from.nodeType || into.nodeName !== from.nodeName || into.childNodes.length !== from.childNodes.length) {
      into.replaceWith(from);
      return;
    }

    if (into.nodeType === Node.TEXT_NODE) {
      if (into.nodeValue !== from.nodeValue) {
        into.nodeValue = from.nodeValue;
      }

      return;
    }

    if (into.nodeType !== Node.ELEMENT_NODE) {
      return;
    }

    // By namespace and local name, so namespaced attributes (an SVG's xlink:href) stay what they are.
    for (const a of [...into.attributes]) {
      if (!from.hasAttributeNS(a.namespaceURI, a.localName)) {
        into.removeAttributeNS(a.namespaceURI, a.localName);
      }
    }

    for (const a of from.attributes) {
      if (into.getAttributeNS(a.namespaceURI, a.localName) !== a.value) {
        into.setAttributeNS(a.namespaceURI, a.name, a.value);
      }
    }

    const news = [...from.childNodes];
    [...into.childNodes].forEach((child, i) => patch(child, news[i]));
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
    parse.innerHTML = data.header + changed.map(s => s.h).join('');
    const [header, ...parsed] = parse.content.children;
    const fresh = new Map(parsed.map((node, i) => [changed[i].k, node]));
    patch(board.querySelector('.kiosk__header'), header);
    place(stage, wanted.map(s => fresh.get(s.k) ?? here.get(s.k)));
    slides = collect();
    const same = at ? slides.findIndex(s => s.dataset.slide === at.board && s.dataset.page === at.page) : -1;
    const sameBoard = at ? slides.findIndex(s => s.dataset.slide === at.board) : -1;
    index = same >= 0 ? same : sameBoard >= 0 ? sameBoard : Math.min(index, Math.max(0, slides.length - 1));
    show();
    ageStrips();
    setData(board, 'seq', String(data.seq));
    setData(board, 'at', data.at);
    setData(board, 'boardVersion', String(data.version));
    setData(board, 'version', String(data.version));
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

// Claimscope — browser glue and the public JS API (window.claimscope).
//
// Loaded by index.html before app.js. It
//  - shows download progress while the wasm loads, and a clear message when the browser lacks
//    WebAssembly or WebGL 2;
//  - keeps a hidden <textarea> focused so typed text (any layout, IME, dead keys), paste and copy
//    reach the app as real browser events;
//  - turns dropped and picked files into calls into the app;
//  - exposes window.claimscope, used by the browser tests and by pages that embed Claimscope.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let readyResolve, readyReject;
  const ready = new Promise((res, rej) => { readyResolve = res; readyReject = rej; });

  function showError(message) {
    const box = $('cs-error');
    box.textContent = message;          // textContent: never markup
    box.hidden = false;
    $('cs-loading').hidden = true;
    readyReject(new Error(message));
  }

  // ---- Capability checks -------------------------------------------------------------------
  function capabilityProblem() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function')
      return 'This browser cannot run WebAssembly, so Claimscope cannot start. Use an up-to-date Chrome, Edge, Firefox or Safari.';
    // The app is built with WebAssembly exception handling (Chrome/Edge 95, Firefox 100, Safari 15.2):
    // a one-function module whose body is `try end` validates only where it is supported.
    const tryModule = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5, 0, 6, 64, 11, 11]);
    if (!WebAssembly.validate(tryModule))
      return 'This browser is too old for Claimscope (its WebAssembly has no exception handling). Use Chrome or Edge 95+, Firefox 100+ or Safari 15.2+.';
    // Only whether the browser knows WebGL 2: creating a context to find out cost ~25 ms of start-up.
    // A browser that knows it but cannot make one (no usable GPU) is told so by the app (main()).
    if (typeof WebGL2RenderingContext === 'undefined')
      return 'WebGL 2 is not available in this browser, so Claimscope cannot draw. Try an up-to-date browser, or enable hardware acceleration in its settings.';
    return null;
  }

  // ---- Calling into the wasm ------------------------------------------------------------------
  // Strings go in as malloc'd UTF-8 copies made by the browser's TextEncoder (ccall's 'string'
  // copies onto the 1 MB wasm stack, which a large annotation file would overflow, and encodes
  // in a JS loop: 15 ms for a 740 KB file). The caller frees the pointer.
  const encoder = new TextEncoder();
  function bytesToWasm(bytes) {
    const p = Module._malloc(bytes.length + 1);
    HEAPU8.set(bytes, p);           // HEAPU8 read after malloc: the heap may have grown
    HEAPU8[p + bytes.length] = 0;
    return p;
  }
  // encodeInto a buffer of the largest possible size is about twice as fast as encode() on long
  // non-ASCII text; the buffer is temporary (JS heap), only the bytes written enter the wasm.
  function utf8(str) {
    const buf = new Uint8Array(str.length * 3);
    return buf.subarray(0, encoder.encodeInto(str, buf).written);
  }
  const toWasm = (str) => bytesToWasm(utf8(str));
  // Arguments typed 'string' (a JS string) or 'bytes' (Uint8Array: passed as pointer + length).
  function callString(name, types, args) {
    const temps = [];
    const cargs = [], ctypes = [];
    (args || []).forEach((a, i) => {
      const t = (types || [])[i];
      if (t === 'string' || t === 'bytes') {
        const p = t === 'string' ? toWasm(a) : bytesToWasm(a);
        temps.push(p);
        cargs.push(p); ctypes.push('number');
        if (t === 'bytes') { cargs.push(a.length); ctypes.push('number'); }
      } else { cargs.push(a); ctypes.push(t); }
    });
    let ptr;
    try { ptr = Module.ccall(name, 'number', ctypes, cargs); } finally { temps.forEach((p) => Module._free(p)); }
    if (!ptr) return null;
    const s = UTF8ToString(ptr);
    Module._free(ptr);
    return s;
  }
  const callJson = (name, types, args) => { const s = callString(name, types, args); return s === null ? null : JSON.parse(s); };

  // ---- Hidden text input ----------------------------------------------------------------------
  const input = document.createElement('textarea');
  input.id = 'cs-input';
  input.setAttribute('aria-label', 'Claimscope keyboard input');
  input.autocomplete = 'off'; input.spellcheck = false;
  input.setAttribute('autocapitalize', 'off');
  // `fromCopy` false: not from an element of the panels' copy either (the app wants typed text, but the
  // keyboard user is on a control: it stays there).
  function focusInput(fromCopy = true) {
    if (field.shown) return;   // a DOM text field is being edited: it keeps the keyboard
    const at = document.activeElement;
    if (!fromCopy && at && at.dataset && at.dataset.control !== undefined) return;
    if (document.activeElement !== input) input.focus({ preventScroll: true });
  }
  // Typed text goes to ImGui once it is final: not while an IME composes it ("zhuanjia" -> "专家"
  // arrives as "专家" only), but on the input that follows (or ends) the composition.
  let composing = false;
  function forwardTyped() {
    if (input.value) { callString('cs_input_text', ['string'], [input.value]); input.value = ''; }
  }
  input.addEventListener('compositionstart', () => { composing = true; });
  input.addEventListener('compositionend', () => { composing = false; forwardTyped(); });
  input.addEventListener('input', (e) => { if (!e.isComposing && !composing) forwardTyped(); });
  input.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    e.preventDefault();
    callString('cs_paste', ['string'], [text]);   // may be a whole article: not via the stack
  });
  function onCopy(e, cut) {
    const text = callString('cs_copy_text', ['number'], [cut ? 1 : 0]);
    if (text !== null && e.clipboardData) { e.clipboardData.setData('text/plain', text); e.preventDefault(); }
  }
  input.addEventListener('copy', (e) => onCopy(e, false));
  input.addEventListener('cut', (e) => onCopy(e, true));

  // ---- DOM text fields over ImGui's (issue 15) --------------------------------------------------
  // While the app edits a text field (a note, an entity, ...), a real <textarea>/<input> lies over it
  // (platform.h, begin_text_edit): the browser shapes, orders (dir=auto), composes (IME) and
  // spell-checks the text. Its events go back as cs_text_edit_event(id, kind, value):
  // 0 input, 1 commit (blur), 2 cancel (Escape), 3 Tab, 4 Shift+Tab, 5 Enter (single-line),
  // 6 / 7 Enter / Shift+Enter in a field that steps (Find): the edit goes on.
  const field = { el: null, id: 0, shown: false, multiline: false, enterSteps: false, composing: false };
  const fieldEvent = (kind) => callString('cs_text_edit_event', ['number', 'number', 'string'], [field.id, kind, field.el.value]);
  const cssColor = (c) => `rgba(${c >>> 24},${(c >>> 16) & 255},${(c >>> 8) & 255},${(c & 255) / 255})`;
  // Ends the edit: reports `kind` (once), hides the field, gives the keyboard back to the canvas.
  function fieldFinish(kind) {
    if (!field.shown) return;
    field.shown = false;   // first: the blur below must not report a second time
    fieldEvent(kind);
    field.el.style.display = 'none';
    fieldFocusBack();
  }
  // The keyboard after an edit: back to the panels' element it was begun from (ui/access_panels.h), else
  // to the article.
  function fieldFocusBack() {
    const from = panel.editFrom;
    panel.editFrom = null;
    if (from && from.isConnected) focusQuiet(from);
    else focusInput();
  }
  function fieldMake(multiline) {
    if (field.el && field.multiline === multiline) return;
    if (field.el) field.el.remove();
    else {
      const css = document.createElement('style');
      css.textContent = '#cs-field::placeholder{color:var(--cs-placeholder);opacity:1}';
      document.head.appendChild(css);
    }
    const el = document.createElement(multiline ? 'textarea' : 'input');
    el.id = 'cs-field';
    el.dir = 'auto';
    el.spellcheck = true;
    el.style.cssText = 'position:fixed;display:none;box-sizing:border-box;margin:0;border:0;outline:none;' +
      'background:transparent;resize:none;overflow:auto;z-index:5;font-family:"Noto Sans",sans-serif;';
    el.addEventListener('compositionstart', () => { field.composing = true; });
    el.addEventListener('compositionend', () => { field.composing = false; if (field.shown) fieldEvent(0); });
    el.addEventListener('input', (e) => { if (field.shown && !e.isComposing && !field.composing) fieldEvent(0); });
    // Focus that leaves the window (another app, another tab) comes back to the field: only a
    // blur inside the page (a press on the canvas, Tab to other page content) ends the edit.
    el.addEventListener('blur', () => { if (document.hasFocus()) fieldFinish(1); });
    document.body.appendChild(el);
    field.el = el;
    field.multiline = multiline;
  }
  // Keys typed into the field are the field's: the app's handler (on the document, capturing) never
  // sees them, so Ctrl+Z is the field's own undo and letters are not shortcuts. When the field is
  // not being edited, nothing here intercepts anything. Releases always reach the app: a key pressed
  // before the field took the keyboard (the F of the Ctrl+F that opened Find) and released in it would
  // otherwise stay down in ImGui, and the next Ctrl+F would not be a press.
  function fieldKey(e) {
    if (!field.shown || e.target !== field.el) return;
    // Ctrl+S saves from anywhere: the field's text is committed first, then the app sees the key.
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyS') { fieldFinish(1); return; }
    e.stopPropagation();
    if (e.isComposing || e.keyCode === 229) return;
    if (e.key === 'Escape') { e.preventDefault(); fieldFinish(2); }
    else if (e.key === 'Tab' && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      // A field of the panels' copy: kept, and Tab goes on in the copy's order (to a button as well).
      const proxy = panel.controls.get(field.id);
      if (proxy) { fieldFinish(1); tabFrom(proxy, e.shiftKey ? -1 : 1); } else fieldFinish(e.shiftKey ? 4 : 3);
    }
    else if (e.key === 'Enter' && field.multiline && (e.ctrlKey || e.metaKey)) { e.preventDefault(); fieldFinish(1); }   // a note: Ctrl+Enter keeps it
    else if (e.key === 'Enter' && !field.multiline) { e.preventDefault(); if (field.enterSteps) fieldEvent(e.shiftKey ? 7 : 6); else fieldFinish(5); }
    else if (e.key === 'F3' && field.enterSteps) { e.preventDefault(); fieldEvent(e.shiftKey ? 7 : 6); }
  }
  window.addEventListener('keydown', fieldKey, true);
  // The CSS font size at which the page draws platform.h's kTextEditSample as wide as the app does.
  const SAMPLE = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let sampleAt100 = 0;
  function cssFontPx(f) {
    if (!f.sampleWidth) return f.fontPx;
    if (!sampleAt100) {
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = '100px "Noto Sans", sans-serif';
      sampleAt100 = ctx.measureText(SAMPLE).width;
    }
    return sampleAt100 > 0 ? 100 * f.sampleWidth / sampleAt100 : f.fontPx;
  }
  function fieldShow(f) {
    const fresh = !field.shown || field.id !== f.id || field.multiline !== f.multiline;
    if (fresh && field.shown) fieldFinish(1);   // another field took over: this one is done
    fieldMake(f.multiline);
    const el = field.el;
    const r = Module.canvas.getBoundingClientRect();
    Object.assign(el.style, {
      left: (r.left + f.x) + 'px', top: (r.top + f.y) + 'px', width: f.w + 'px', height: f.h + 'px',
      fontSize: cssFontPx(f) + 'px', lineHeight: f.multiline ? (f.fontPx + 'px') : 'normal',
      padding: `${f.padY}px ${f.padX}px`, color: cssColor(f.color), caretColor: cssColor(f.color),
    });
    el.style.setProperty('--cs-placeholder', cssColor(f.placeholderColor));
    if (!fresh) {
      if (f.replace && el.value !== f.text) { el.value = f.text; el.setSelectionRange(f.text.length, f.text.length); }
      return;
    }
    // Tab went on past a field of the copy before its edit began (the app shows the field a frame after its
    // element got the keyboard): the keyboard stays where it went, and the edit ends as it began.
    const from = panel.editFrom, now = document.activeElement;
    if (from && from.isConnected && now !== from && now && now.dataset && now.dataset.control !== undefined) {
      panel.editFrom = null;
      panel.typed = '';
      callString('cs_text_edit_event', ['number', 'number', 'string'], [f.id, 1, f.text]);
      return;
    }
    // Letters typed on this field's element of the copy before it was shown (panelKey) come first.
    const typed = from && from === panel.controls.get(f.id) ? panel.typed : '';
    panel.typed = '';
    field.id = f.id;
    field.enterSteps = f.enterSteps;
    field.composing = false;
    el.value = f.text;
    el.placeholder = f.placeholder;
    if (f.lang) el.lang = f.lang; else el.removeAttribute('lang');
    // Named as its element in the panels' copy, which the keyboard goes back to when the edit ends.
    const proxy = panel.controls.get(f.id);
    el.setAttribute('aria-label', proxy ? proxy.getAttribute('aria-label') : f.placeholder || 'text field');
    el.dataset.control = f.id;
    const active = document.activeElement;
    if (!panel.editFrom && active && active.dataset && active.dataset.control !== undefined) panel.editFrom = proxy || active;
    el.style.display = 'block';
    field.shown = true;
    el.focus({ preventScroll: true });
    if (typed) { el.value += typed; fieldEvent(0); }
    el.setSelectionRange(el.value.length, el.value.length);
  }
  function fieldHide() {
    if (!field.shown) return;
    field.shown = false;
    field.el.style.display = 'none';
    fieldFocusBack();
  }
  // A press on the canvas ends the edit (the field's blur commits it) before the app sees the press.
  function fieldCanvasDown() { if (field.shown) field.el.blur(); }

  // ---- Words by the browser's Intl.Segmenter -----------------------------------------------------
  // '1'/'0' per code point of `text`: a word boundary after it. "" without Intl.Segmenter.
  const segmenters = new Map();
  function wordBoundaries(text, lang) {
    if (typeof Intl !== 'object' || typeof Intl.Segmenter !== 'function') return '';
    let seg = segmenters.get(lang);
    if (!seg) { seg = new Intl.Segmenter(lang || undefined, { granularity: 'word' }); segmenters.set(lang, seg); }
    const ends = new Set();
    for (const s of seg.segment(text)) ends.add(s.index + s.segment.length);
    let out = '';
    for (let i = 0; i < text.length;) {
      i += text.codePointAt(i) > 0xFFFF ? 2 : 1;
      out += ends.has(i) ? '1' : '0';
    }
    return out;
  }

  // ---- Files: picker and drag-and-drop --------------------------------------------------------
  const MAX_FILE_BYTES = 20 * 1024 * 1024;
  async function deliverFiles(fileList) {
    const files = Array.from(fileList || []);
    if (!files.length) return;
    Module.ccall('cs_files_begin', null, ['number'], [files.length]);
    for (const f of files) {
      if (f.size > MAX_FILE_BYTES) {   // don't read a huge file into memory just to refuse it
        Module.ccall('cs_file_too_large', null, ['string', 'number'], [f.name, f.size]);
        continue;
      }
      callString('cs_file', ['string', 'bytes'], [f.name, new Uint8Array(await f.arrayBuffer())]);
    }
    Module.ccall('cs_files_end', null, [], []);
  }
  function openFilePicker(accept, multiple) {
    const picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = accept;
    picker.multiple = multiple;
    picker.style.display = 'none';
    picker.addEventListener('change', () => { deliverFiles(picker.files); picker.remove(); });
    document.body.appendChild(picker);
    picker.click();
  }

  // ---- IndexedDB: documents over localStorage's quota (docs/STORAGE.md) ---------------------
  // One object store, "docs", keyed like localStorage. Each request answers the app through
  // cs_bulk_saved / cs_bulk_loaded with the request's id.
  let docsDb = null;
  function openDocsDb() {
    docsDb = docsDb || new Promise((resolve, reject) => {
      const req = indexedDB.open('claimscope', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('docs');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return docsDb;
  }
  async function docsRequest(mode, makeRequest) {
    const db = await openDocsDb();
    return new Promise((resolve, reject) => {
      const tx = db.transaction('docs', mode);
      const req = makeRequest(tx.objectStore('docs'));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = tx.onabort = () => reject(tx.error || req.error);
    });
  }
  // A value the app writes in pieces (browser.cpp), taken whole by the store call that follows.
  let storagePieces = [];
  const addStoragePiece = (s) => { storagePieces.push(s); };
  function takeStoragePieces() { const v = storagePieces.join(''); storagePieces = []; return v; }
  // A value localStorage refused as too big, kept until the end of the task for the IndexedDB
  // write that follows it (platform.h, bulk_storage_set): the app does not write it twice.
  let refused = null;
  function keepRefused(key, value) {
    refused = { key, value };
    queueMicrotask(() => { refused = null; });
  }
  function takeRefused(key) {
    const r = refused;
    refused = null;
    return r && r.key === key ? r.value : null;
  }
  const storageReason = (e) => (e && e.name === 'QuotaExceededError') ? 'browser storage is full (quota exceeded)'
    : 'browser storage is unavailable: ' + (e && e.message ? e.message : e);
  function bulkSet(id, key, value) {
    docsRequest('readwrite', (store) => store.put(value, key))
      .then(() => '', storageReason)
      .then((err) => callString('cs_bulk_saved', ['number', 'string'], [id, err]));
  }
  function bulkGet(id, key) {
    docsRequest('readonly', (store) => store.get(key))
      .catch(() => undefined)
      .then((v) => callString('cs_bulk_loaded', ['number', 'number', 'string'], [id, typeof v === 'string' ? 1 : 0, typeof v === 'string' ? v : '']));
  }
  function bulkRemove(key) { docsRequest('readwrite', (store) => store.delete(key)).catch(() => {}); }
  function bulkClear() { docsRequest('readwrite', (store) => store.clear()).catch(() => {}); }

  // ---- The system's settings (issue 16): dark scheme, forced colours, reduced motion -------------------
  // Read at start and followed live; the app decides what they change (menus.h, set_system_preferences).
  const media = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-reduced-motion: reduce)', '(pointer: coarse)'].map((q) => matchMedia(q));
  const reducedMotion = () => media[2].matches;
  function followSystem() {
    const send = () => Module.ccall('cs_system_preferences', null, ['number', 'number', 'number', 'number'], media.map((m) => (m.matches ? 1 : 0)));
    send();
    media.forEach((m) => m.addEventListener('change', send));
  }

  // ---- Touch (issue 16): a finger's Pointer Events become gestures ---------------------------------
  // One finger: a swipe scrolls what is under it and keeps going after the finger leaves (momentum),
  // and never selects; a tap is a click (places the caret, selects an annotation, presses a button); a
  // long-press (500 ms, still) selects the word, as a double click does. The canvas has touch-action:
  // none, so the browser neither scrolls the page nor zooms it, and a cancelled pointerdown sends no
  // compatibility mouse events: the app sees each touch once.
  // A press on what the app says is a selection handle, a scrollbar or the sheet's grip (cs_touch_target,
  // ui/touch.h) is no gesture: the finger drags the handle (the selection's end follows by words), or
  // holds the thumb or the grip as a mouse button would; a tap on a scrollbar's track pages.
  const TARGET = { none: 0, startHandle: 1, endHandle: 2, held: 3, track: 4 };
  const touch = { id: -1, x0: 0, y0: 0, x: 0, y: 0, panning: false, longPressed: false, timer: 0, samples: [], glide: 0, target: 0 };
  // Two fingers: a pinch scales the text (75-250 %) around their centre; the app re-lays the text out at the
  // new size, so it stays sharp. pinch.points: pointerId -> [x, y] of the two fingers.
  const pinch = { points: new Map(), d0: 0, active: false };
  const pinchCall = (phase) => {
    const [[ax, ay], [bx, by]] = [...pinch.points.values()];
    const d = Math.hypot(bx - ax, by - ay);
    if (phase === 0) pinch.d0 = d || 1;
    Module.ccall('cs_touch_pinch', null, ['number', 'number', 'number', 'number'], [(ax + bx) / 2, (ay + by) / 2, d / pinch.d0, phase]);
  };
  const TOUCH_SLOP = 8, LONG_PRESS_MS = 500;
  function canvasXY(e) { const r = Module.canvas.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; }
  function stopGlide() { cancelAnimationFrame(touch.glide); touch.glide = 0; }
  function touchDown(e) {
    if (e.pointerType !== 'touch' || !started) return;
    e.preventDefault();
    stopGlide();
    pinch.points.set(e.pointerId, canvasXY(e));
    if (pinch.points.size === 2) {   // the second finger: the one-finger gesture becomes a pinch
      clearTimeout(touch.timer);
      touch.id = -1;
      pinch.active = true;
      pinchCall(0);
      return;
    }
    if (touch.id !== -1 || pinch.active) return;
    fieldCanvasDown();
    [touch.x0, touch.y0] = canvasXY(e);
    touch.x = touch.x0; touch.y = touch.y0;
    const target = Module.ccall('cs_touch_target', 'number', ['number', 'number'], [touch.x0, touch.y0]);
    Object.assign(touch, { id: e.pointerId, panning: false, longPressed: false, samples: [[performance.now(), touch.y0]], target });
    if (target === TARGET.track) return;
    if (target !== TARGET.none) return holdTarget(0);
    touch.timer = setTimeout(() => {
      if (touch.id === -1 || touch.panning) return;
      touch.longPressed = true;
      Module.ccall('cs_touch_tap', null, ['number', 'number', 'number'], [touch.x0, touch.y0, 2]);
    }, LONG_PRESS_MS);
  }
  // A held handle, thumb or grip follows the finger: phase 0 pressed, 1 moved, 2 lifted.
  function holdTarget(phase) {
    if (touch.target === TARGET.held) Module.ccall('cs_touch_hold', null, ['number', 'number', 'number'], [touch.x, touch.y, phase]);
    else Module.ccall('cs_touch_handle', null, ['number', 'number', 'number', 'number'], [touch.target, touch.x, touch.y, phase]);
  }
  function touchMove(e) {
    if (pinch.points.has(e.pointerId)) pinch.points.set(e.pointerId, canvasXY(e));
    if (pinch.active && pinch.points.size === 2) { e.preventDefault(); pinchCall(1); return; }
    if (e.pointerId !== touch.id) return;
    e.preventDefault();
    const [x, y] = canvasXY(e);
    if (touch.target !== TARGET.none) {
      touch.x = x; touch.y = y;
      if (touch.target !== TARGET.track) holdTarget(1);
      return;
    }
    if (!touch.panning && Math.hypot(x - touch.x0, y - touch.y0) > TOUCH_SLOP && !touch.longPressed) {
      touch.panning = true;
      clearTimeout(touch.timer);
    }
    if (touch.panning) {
      Module.ccall('cs_touch_pan', null, ['number', 'number', 'number'], [touch.x0, touch.y0, y - touch.y]);
      touch.samples.push([performance.now(), y]);
      if (touch.samples.length > 6) touch.samples.shift();
    }
    touch.x = x; touch.y = y;
  }
  function touchUp(e) {
    if (pinch.points.has(e.pointerId)) {
      if (pinch.active && pinch.points.size === 2) pinchCall(2);
      pinch.points.delete(e.pointerId);
      if (pinch.active) { if (pinch.points.size === 0) pinch.active = false; e.preventDefault(); return; }
    }
    if (e.pointerId !== touch.id) return;
    e.preventDefault();
    clearTimeout(touch.timer);
    const { panning, longPressed, x0, y0, samples, target } = touch;
    touch.id = -1;
    if (target === TARGET.track) {
      if (e.type !== 'pointercancel') Module.ccall('cs_touch_page', null, ['number', 'number'], [x0, y0]);
      return;
    }
    if (target !== TARGET.none) { holdTarget(2); return; }   // lifted (or cancelled) where the finger was last
    if (e.type === 'pointercancel') return;
    if (!panning && !longPressed) { Module.ccall('cs_touch_tap', null, ['number', 'number', 'number'], [x0, y0, 1]); return; }
    if (!panning || samples.length < 2) return;
    // Momentum: the finger's speed over its last moves, slowing down by 5 % per 16 ms.
    const [t0, ya] = samples[0], [t1, yb] = samples[samples.length - 1];
    let v = t1 > t0 ? (yb - ya) / (t1 - t0) : 0;   // px per ms
    let last = performance.now();
    const step = (now) => {
      const dt = Math.min(50, now - last);
      last = now;
      v *= Math.pow(0.95, dt / 16);
      if (Math.abs(v) < 0.02) { touch.glide = 0; return; }
      Module.ccall('cs_touch_pan', null, ['number', 'number', 'number'], [x0, y0, v * dt]);
      touch.glide = requestAnimationFrame(step);
    };
    if (Math.abs(v) > 0.1 && !reducedMotion()) touch.glide = requestAnimationFrame(step);   // reduced motion: stops with the finger
  }

  // ---- Accessibility: the article mirror and the live regions (issue 17) --------------------------
  // The canvas is an image to assistive technology. The mirror is a DOM copy of the article's paragraphs
  // around the reading position (core/access/article_mirror.h decides what; this only builds elements):
  // real text, each annotation a <mark> described by its type, entity, links and note. It is clipped
  // out of sight and takes no pointer events; screen readers read it, and a selection made in it
  // selects the same code points in the app. User text only ever goes into text nodes.
  const mirror = document.createElement('main');
  mirror.id = 'cs-mirror';
  mirror.setAttribute('aria-label', 'Article');
  const mirrorTitle = document.createElement('h1');
  const mirrorBody = document.createElement('div');
  const mirrorNotes = document.createElement('div');   // the marks' descriptions, referred to by aria-describedby
  mirrorNotes.hidden = true;
  mirror.append(mirrorTitle, mirrorBody, mirrorNotes);
  const live = document.createElement('div');
  live.id = 'cs-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const alertBox = document.createElement('div');
  alertBox.id = 'cs-alert';
  alertBox.setAttribute('role', 'alert');
  function announce(text, isAlert) {
    const box = isAlert ? alertBox : live;
    // The same words again (a second "Saved …"): emptied first, so that the reader says them again.
    if (box.textContent === text) box.textContent = '';
    setTimeout(() => { box.textContent = text; }, 30);
  }
  // Built when the page is next idle (within 300 ms), after the frame that sent it has been painted: the
  // DOM of a window of paragraphs takes tens of milliseconds, which a freshly opened article's first frame
  // does not wait for. Of several sends before then, the last is built.
  let mirrorPending = null;
  const whenIdle = window.requestIdleCallback ? (f) => requestIdleCallback(f, { timeout: 300 }) : (f) => setTimeout(f, 50);
  function updateMirror(title, json) {
    const idle = !mirrorPending;
    mirrorPending = [title, json];
    if (idle) whenIdle(() => { const [t, j] = mirrorPending; mirrorPending = null; buildMirror(t, j); });
  }
  function buildMirror(title, json) {
    const m = JSON.parse(json);
    mirrorTitle.textContent = title || 'Untitled article';
    if (m.lang) mirror.lang = m.lang; else mirror.removeAttribute('lang');   // a reader's voice for the article's language
    const notes = document.createDocumentFragment();
    m.marks.forEach((k, i) => {
      const d = document.createElement('span');
      d.id = 'cs-mark-' + i;
      d.textContent = k.description;
      notes.append(d);
    });
    const body = document.createDocumentFragment();
    for (const p of m.paragraphs) {
      const el = document.createElement('p');
      el.dataset.paragraph = p.i;
      for (const r of p.runs) {
        // The innermost mark holds the text: data-start on it maps a DOM selection back to code points.
        let outer = el, inner = null;
        for (const k of r.marks) {
          const mk = document.createElement('mark');
          mk.dataset.id = m.marks[k].id;
          mk.setAttribute('aria-describedby', 'cs-mark-' + k);
          outer.append(mk);
          outer = mk;
          inner = mk;
        }
        const span = document.createElement('span');
        span.dataset.start = r.start;
        span.textContent = r.text;
        (inner || el).append(span);
      }
      body.append(el);
    }
    mirrorNotes.replaceChildren(notes);
    mirrorBody.replaceChildren(body);
    mirror.dataset.first = m.first;
    mirror.dataset.last = m.last;
    markAppSelection();
  }
  // The app's selection and caret in the mirror (platform.h, show_mirror_selection): the selected text
  // wrapped in role=mark elements described as "selected text", the caret's paragraph
  // aria-current=location. While the page's own selection is in the mirror (a screen reader user
  // selected there), its DOM is left as it is: wrapping text would move that selection. Marks of an
  // earlier selection only lose their role, for the same reason: no node moves to clear them.
  let appSelection = null;   // {start, end, caret} in code points
  const selectedNote = document.createElement('span');
  selectedNote.id = 'cs-selected-note';
  selectedNote.textContent = 'selected text';
  selectedNote.hidden = true;
  mirror.append(selectedNote);
  // Marked once the selection rests (150 ms), when the page is idle: a drag changes it every frame, and
  // the frame does not wait for the mirror.
  let selectionTimer = 0;
  function showMirrorSelection(start, end, caret) {
    appSelection = { start, end, caret };
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(() => whenIdle(() => { if (!mirrorPending) markAppSelection(); }), 150);   // else when the pending copy is built
  }
  function pageSelectionInMirror() {
    const sel = document.getSelection();
    return sel && sel.rangeCount > 0 && !sel.isCollapsed && mirror.contains(sel.anchorNode) && mirror.contains(sel.focusNode);
  }
  function markAppSelection() {
    for (const el of mirrorBody.querySelectorAll('[data-selection]')) {
      el.removeAttribute('role');
      el.removeAttribute('aria-describedby');
      delete el.dataset.selection;
    }
    for (const el of mirrorBody.querySelectorAll('[aria-current]')) el.removeAttribute('aria-current');
    if (!appSelection) return;
    const { start, end, caret } = appSelection;
    let caretParagraph = null;
    for (const p of mirrorBody.children) {
      const first = p.querySelector('[data-start]');
      if (first && Number(first.dataset.start) <= caret) caretParagraph = p; else if (first) break;
    }
    const spans = caretParagraph ? caretParagraph.querySelectorAll('[data-start]') : [];
    const last = spans[spans.length - 1];
    if (last && caret <= Number(last.dataset.start) + [...last.textContent].length) caretParagraph.setAttribute('aria-current', 'location');
    if (start >= end || pageSelectionInMirror()) return;
    for (const span of [...mirrorBody.querySelectorAll('[data-start]')]) {
      const s0 = Number(span.dataset.start);
      if (s0 >= end) break;
      const cps = [...span.textContent];
      const a = Math.max(start, s0) - s0, b = Math.min(end, s0 + cps.length) - s0;
      if (a >= b) continue;
      const piece = (from, to) => {
        const el = document.createElement('span');
        el.dataset.start = s0 + from;
        el.textContent = cps.slice(from, to).join('');
        return el;
      };
      const mark = document.createElement('span');
      mark.setAttribute('role', 'mark');
      mark.dataset.selection = '';
      mark.setAttribute('aria-describedby', selectedNote.id);
      mark.append(piece(a, b));
      span.replaceWith(...[a > 0 ? piece(0, a) : null, mark, b < cps.length ? piece(b, cps.length) : null].filter(Boolean));
    }
  }
  // A DOM position in the mirror -> a code point of the article, or -1. Text sits only in spans with data-start.
  function mirrorCp(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const el = node.parentElement;
      if (!el || el.dataset.start === undefined) return -1;
      return Number(el.dataset.start) + [...node.data.slice(0, offset)].length;
    }
    const spans = (n) => n.nodeType !== Node.ELEMENT_NODE ? [] : n.dataset.start !== undefined ? [n] : [...n.querySelectorAll('[data-start]')];
    if (offset < node.childNodes.length) {
      const first = spans(node.childNodes[offset])[0];
      return first ? Number(first.dataset.start) : -1;
    }
    const all = spans(node), last = all[all.length - 1];
    return last ? Number(last.dataset.start) + [...last.textContent].length : -1;
  }
  document.addEventListener('selectionchange', () => {
    const sel = document.getSelection();
    if (!started || !sel || sel.rangeCount === 0 || !mirror.contains(sel.anchorNode) || !mirror.contains(sel.focusNode)) return;
    const a = mirrorCp(sel.anchorNode, sel.anchorOffset), f = mirrorCp(sel.focusNode, sel.focusOffset);
    if (a >= 0 && f >= 0) Module.ccall('cs_mirror_select', null, ['number', 'number'], [a, f]);
  });

  // ---- Accessibility: the panels' controls (issue 17) ----------------------------------------------
  // The menu bar, toolbar, lists, inspector and any open menu, list or dialog as real elements (what they
  // hold is decided by ui/access_panels.h and core/access/panel_mirror.h): out of sight like the mirror,
  // but focusable. Tab and Shift+Tab go through them landmark by landmark, with the article's keyboard
  // input between the toolbar and the panels; F6 and Shift+F6 jump between landmarks; Alt or F10 goes
  // to the menu bar; arrows move within a menu bar, menu, list or tab list. Activating an element (Enter,
  // Space, a screen reader's click) presses its control in the app; the control whose element has the
  // keyboard is outlined on the canvas. Names are set as text or attributes, never as markup.
  const panelsBefore = document.createElement('div');   // menu bar and toolbar: before the article
  const panelsAfter = document.createElement('div');    // the rest: after it
  panelsBefore.id = 'cs-panels-before';
  panelsAfter.id = 'cs-panels-after';
  panelsBefore.className = panelsAfter.className = 'cs-panels';
  const panel = { controls: new Map(), texts: new Map(), regions: new Map(), typed: '', opener: null, editFrom: null, dialog: null, dialogReturn: null, quiet: false };
  const BUTTON_ROLES = new Set(['button', 'menuitem', 'menuitemcheckbox', 'option', 'tab', 'checkbox', 'combobox']);
  const GROUP_ROLES = new Set(['menubar', 'menu', 'listbox', 'tablist']);   // one Tab stop; arrows inside
  const regionKey = (r) => r.role + '\u0000' + r.name;
  // Words a panel shows beside its controls: read by a screen reader where they are, never a Tab stop.
  function textEl(c) {
    let el = panel.texts.get(c.id);
    if (!el || el.getAttribute('role') !== c.role) {
      el = document.createElement('div');
      el.setAttribute('role', c.role);
      if (c.role === 'heading') el.setAttribute('aria-level', '3');
      panel.texts.set(c.id, el);
    }
    if (el.textContent !== c.name) el.textContent = c.name;
    return el;
  }
  function controlEl(c) {
    let el = panel.controls.get(c.id);
    const tag = BUTTON_ROLES.has(c.role) ? 'BUTTON' : 'DIV';
    if (!el || el.tagName !== tag) {
      el = document.createElement(tag);
      if (tag === 'BUTTON') el.type = 'button';
      el.dataset.control = c.id;
      el.addEventListener('click', () => {
        if (el.getAttribute('aria-disabled') === 'true') return;
        if (el.getAttribute('role') === 'textbox') panel.editFrom = el;
        if (el.getAttribute('aria-haspopup')) panel.opener = el;
        Module.ccall('cs_panel_activate', null, ['number'], [Number(el.dataset.control)]);
      });
      el.addEventListener('focus', () => {
        Module.ccall('cs_panel_focus', null, ['number'], [Number(el.dataset.control)]);
        // A text field is edited as soon as Tab reaches it (not when the keyboard comes back to it).
        if (el.getAttribute('role') === 'textbox' && !panel.quiet && !field.shown) el.click();
      });
      el.addEventListener('blur', () => Module.ccall('cs_panel_focus', null, ['number'], [0]));
      panel.controls.set(c.id, el);
    }
    el.setAttribute('role', c.role);
    // The name as an attribute (a combobox or textbox takes none from its content), and as text for a button.
    el.setAttribute('aria-label', c.name);
    if (tag === 'BUTTON' && el.textContent !== c.name) el.textContent = c.name;
    const state = (name, v) => (v === undefined ? el.removeAttribute(name) : el.setAttribute(name, String(v)));
    state('aria-checked', c.checked);
    state('aria-expanded', c.expanded);
    state('aria-haspopup', c.popup);
    state('aria-selected', c.selected);
    state('aria-disabled', c.disabled ? true : undefined);
    // A splitter: a vertical separator whose value is the width of the panel it sizes (arrows move it).
    const splitter = c.role === 'separator';
    state('aria-orientation', splitter ? 'vertical' : undefined);
    state('aria-valuenow', splitter ? c.value : undefined);
    state('aria-valuemin', splitter ? c.min : undefined);
    state('aria-valuemax', splitter ? c.max : undefined);
    return el;
  }
  // Built when the page is next idle, after the frame that sent it is painted (as the mirror is): a new
  // article's lists change the copy in its first frame, and that frame does not wait for the DOM
  // (2-15 ms). While the keyboard is in the copy or a page field, at once: focus follows the elements.
  let panelsPending = null;
  function updatePanels(json) {
    const at = document.activeElement;
    if (field.shown || (at && at.dataset && at.dataset.control !== undefined)) { panelsPending = null; buildPanels(json); return; }
    const idle = !panelsPending;
    panelsPending = json;
    if (idle) whenIdle(() => { const j = panelsPending; panelsPending = null; if (j) buildPanels(j); });
  }
  function buildPanels(json) {
    const m = JSON.parse(json);
    const had = document.activeElement;
    const hadPanel = had && had.dataset && had.dataset.control !== undefined;
    const live = new Set(), liveRegions = new Set();
    const before = [], after = [];
    for (const r of m.regions) {
      const key = regionKey(r);
      liveRegions.add(key);
      let box = panel.regions.get(key);
      if (!box) {
        box = document.createElement('div');
        box.setAttribute('role', r.role);
        box.setAttribute('aria-label', r.name);
        if (r.modal) box.setAttribute('aria-modal', 'true');
        panel.regions.set(key, box);
      }
      // The tabs of one tab bar form a tab list within the landmark, where its first tab is (the open
      // tab's controls, drawn between its tabs, follow the list).
      const kids = [];
      const tablists = new Map();
      for (const c of r.items) {
        live.add(c.id);
        if (c.role === 'heading' || c.role === 'paragraph') { kids.push(textEl(c)); continue; }
        const el = controlEl(c);
        if (c.role === 'tab') {
          let tabs = tablists.get(c.group);
          if (!tabs) { tabs = document.createElement('div'); tabs.setAttribute('role', 'tablist'); tablists.set(c.group, tabs); kids.push(tabs); }
          tabs.append(el);
        } else kids.push(el);
      }
      setChildren(box, kids);
      for (const group of [box, ...box.querySelectorAll('[role=tablist]')]) rovingTabIndex(group);
      (r.role === 'menubar' || (r.role === 'toolbar' && r.name === 'Toolbar') ? before : after).push(box);
    }
    for (const [id] of panel.controls) if (!live.has(id)) panel.controls.delete(id);
    for (const [id] of panel.texts) if (!live.has(id)) panel.texts.delete(id);
    for (const [key] of panel.regions) if (!liveRegions.has(key)) panel.regions.delete(key);
    setChildren(panelsBefore, before);
    setChildren(panelsAfter, after);
    // Moving an element takes the keyboard from it: a control that is still there keeps it.
    if (hadPanel && had.isConnected && document.activeElement !== had) focusQuiet(had);
    // A field the app is editing in a dialog: the keyboard comes back to its element when the edit ends.
    if (field.shown) {
      const proxy = panel.controls.get(field.id);
      if (proxy && proxy.closest('[role=dialog]') && !(panel.editFrom && panel.editFrom.isConnected)) panel.editFrom = proxy;
    }
    // A dialog that opens takes the keyboard, and gives it back to where it was when it closes; so does a
    // menu or list opened from an element of the copy.
    const firstIn = (box) => box.querySelector('[tabindex="0"]');
    const dialog = after.find((b) => b.getAttribute('role') === 'dialog' && b.getAttribute('aria-modal') === 'true');
    const popup = after.find((b) => ['menu', 'listbox'].includes(b.getAttribute('role')));
    if (dialog && panel.dialog !== dialog) {
      panel.dialogReturn = panel.dialog ? panel.dialogReturn : (hadPanel && had.isConnected ? had : panel.opener || input);
      panel.dialog = dialog;
      // Only a dialog opened from the copy (a menu item) takes the keyboard. One the app opened (an error, the
      // name asked by Ctrl+S) leaves it with the article, where Enter and Escape are the dialog's OK and Cancel
      // (and an error is also said by the alert); the app may have put it in the dialog's field already.
      if (hadPanel && !field.shown && !dialog.contains(document.activeElement) && firstIn(dialog)) firstIn(dialog).focus({ preventScroll: true });
      return;
    }
    if (!dialog && panel.dialog) {
      panel.dialog = null;
      const back = panel.dialogReturn;
      panel.dialogReturn = null;
      if (!field.shown && (!document.activeElement || document.activeElement === document.body || (hadPanel && !had.isConnected)))
        focusQuiet(back && back.isConnected ? back : input);
      return;
    }
    if (hadPanel && !had.isConnected && !field.shown) {
      const back = panel.opener && panel.opener.isConnected ? panel.opener : null;
      focusQuiet(back || input);
    } else if (popup && hadPanel && had === panel.opener && !popup.contains(had) && firstIn(popup)) {
      firstIn(popup).focus({ preventScroll: true });
    }
  }
  // Children replaced only when they differ: a frame that changed one state moves no element.
  function setChildren(parent, kids) {
    const now = parent.children;
    if (now.length === kids.length && kids.every((k, i) => now[i] === k)) return;
    parent.replaceChildren(...kids);
  }
  // One Tab stop per menu bar, menu, list or tab list (its selected or first item); arrows move inside.
  function rovingTabIndex(group) {
    const role = group.getAttribute('role');
    const items = [...group.children].filter((e) => e.dataset.control !== undefined);
    if (!GROUP_ROLES.has(role)) { for (const e of items) e.tabIndex = 0; return; }
    const keep = items.find((e) => e.tabIndex === 0 && e === document.activeElement) ||
      items.find((e) => e.getAttribute('aria-selected') === 'true') || items[0];
    for (const e of items) e.tabIndex = e === keep ? 0 : -1;
  }
  function focusQuiet(el) { panel.quiet = true; el.focus({ preventScroll: true }); panel.quiet = false; }
  // Tab's order from `el`: the copy's stops and the article's input, or a modal dialog's stops only
  // (around: from its last to its first).
  function tabFrom(el, step) {
    const dialog = el.closest('[role=dialog][aria-modal=true]');
    const stops = dialog ? [...dialog.querySelectorAll('[tabindex="0"]')]
      : [...panelsBefore.querySelectorAll('[tabindex="0"]'), input, ...panelsAfter.querySelectorAll('[tabindex="0"]')];
    const i = stops.indexOf(el);
    const next = stops[(i + step + stops.length) % stops.length];
    if (next) next.focus({ preventScroll: true });
  }
  function landmarks() {
    return [...panelsBefore.children, input, ...panelsAfter.children].filter((b) => b === input || b.querySelector('[tabindex="0"]'));
  }
  function focusLandmark(step) {
    const marks = landmarks();
    const at = marks.findIndex((b) => b === document.activeElement || (b !== input && b.contains(document.activeElement)));
    const next = marks[(at + step + marks.length) % marks.length];
    if (!next) return;
    (next === input ? input : next.querySelector('[tabindex="0"]')).focus({ preventScroll: true });
  }
  function moveInGroup(el, key) {
    const group = el.parentElement;
    const role = group && group.getAttribute('role');
    if (!GROUP_ROLES.has(role)) return false;
    const across = role === 'menubar' || role === 'tablist';
    const prev = across ? 'ArrowLeft' : 'ArrowUp', next = across ? 'ArrowRight' : 'ArrowDown';
    const items = [...group.children].filter((e) => e.dataset.control !== undefined);
    let i = items.indexOf(el);
    if (key === prev) i = (i - 1 + items.length) % items.length;
    else if (key === next) i = (i + 1) % items.length;
    else if (key === 'Home') i = 0;
    else if (key === 'End') i = items.length - 1;
    else return false;
    for (const e of items) e.tabIndex = e === items[i] ? 0 : -1;
    items[i].focus({ preventScroll: true });
    return true;
  }
  // Keys on an element of the copy are the page's (Tab moves on, Enter and Space press), not the app's:
  // only Escape (closes the open menu or list in the app) and shortcuts with Ctrl reach the app. From
  // the article's keyboard input, Tab leaves for the next landmark instead of going to the app.
  // Releases reach the app from anywhere (a key held in ImGui would never be pressed again); the app
  // leaves them to the browser (web_backend.cpp), so Space released on a button still clicks it.
  function panelKey(e) {
    if (!started) return;
    if (e.key === 'F6') { e.preventDefault(); e.stopPropagation(); focusLandmark(e.shiftKey ? -1 : 1); return; }
    if ((e.key === 'F10' && !e.shiftKey) || (e.key === 'Alt' && !e.ctrlKey && !e.shiftKey)) {
      const bar = panelsBefore.querySelector('[role=menubar] [tabindex="0"]');
      if (bar && (e.key === 'F10' || e.target === input || e.target.dataset.control !== undefined)) {
        e.preventDefault(); e.stopPropagation(); bar.focus({ preventScroll: true }); return;
      }
    }
    // Tab is the page's, from anywhere but a field being edited (which has its own, fieldKey): the browser
    // moves the keyboard through the copy's elements. The app never sees it.
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey && !field.shown && !(e.target && e.target.closest && e.target.closest('[role=dialog][aria-modal=true]'))) {
      e.stopPropagation();
      return;
    }
    if (e.target === input) return;
    const el = e.target;
    if (!el || !el.dataset || el.dataset.control === undefined) return;
    if (e.key === 'Escape') {   // the app closes its menu or list; the keyboard goes back to what opened it
      const back = panel.opener;
      setTimeout(() => {   // unless the copy's update already gave it back (or the user moved on)
        const now = document.activeElement;
        if (!now || now === document.body) (back && back.isConnected ? back : input).focus({ preventScroll: true });
      }, 120);
      return;
    }
    if (e.ctrlKey || e.metaKey) return;   // shortcuts (Ctrl+S, Ctrl+Z) are the app's from anywhere
    e.stopPropagation();
    // A dialog keeps the keyboard: Tab from its last control goes to its first, and back.
    if (e.key === 'Tab' && el.closest('[role=dialog][aria-modal=true]')) { e.preventDefault(); tabFrom(el, e.shiftKey ? -1 : 1); return; }
    if (moveInGroup(el, e.key)) { e.preventDefault(); return; }
    // Letters typed on a text field's element go into its edit, begun now if it was not: typed at once after
    // Tab reached it, before the page's field is shown a frame later, they are not lost.
    if (el.getAttribute('role') === 'textbox' && e.key.length === 1 && !e.altKey) {
      e.preventDefault();
      panel.typed += e.key;
      if (panel.editFrom !== el) el.click();
      return;
    }
    if (el.getAttribute('role') === 'separator' && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      Module.ccall('cs_panel_step', null, ['number', 'number'], [Number(el.dataset.control), e.key === 'ArrowRight' ? 1 : -1]);
      return;
    }
    if (el.getAttribute('role') === 'textbox' && e.key === 'Enter') { e.preventDefault(); el.click(); }
  }
  window.addEventListener('keydown', panelKey, true);

  // ---- Files served beside the app (fonts/*), fetched when the app asks --------------------------
  // platform.h, fetch_app_file: the app asks with a request id; the answer goes back through
  // cs_app_file_fetched. Only relative paths to the page's own origin are fetched (mode 'same-origin':
  // the browser refuses anything else); the one-file world build answers from the files it carries.
  const fileScripts = new Map();   // font path -> the script it draws ("Arabic"), for the status line
  const inflight = new Map();      // request id -> {path, got, total}
  let failures = [];               // [{path, reason}] shown until dismissed or replaced
  let fontWaiters = [];            // loadFonts() promises: {names, resolve}
  let statusTimer = 0;
  let showTimer = 0;               // the progress line waits a moment before it shows (updateStatus)
  const statusBox = document.createElement('div');
  statusBox.id = 'cs-fonts';
  statusBox.setAttribute('role', 'status');
  statusBox.setAttribute('aria-live', 'polite');
  statusBox.hidden = true;
  const statusText = document.createElement('span');
  const statusClose = document.createElement('button');
  statusClose.type = 'button';
  statusClose.textContent = '\u00d7';
  statusClose.setAttribute('aria-label', 'Dismiss');
  statusClose.addEventListener('click', () => { failures = []; updateStatus(); focusInput(); });
  statusBox.append(statusText, statusClose);
  const scriptOf = (path) => fileScripts.get(path) || null;
  const listNames = (names) => names.length <= 1 ? names.join('') : names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
  function updateStatus() {
    clearTimeout(statusTimer);
    if (inflight.size && statusBox.hidden) {
      // Shown only for a fetch that takes a while (the CJK or emoji face): a small face arrives within
      // the wait, and putting the line on screen is a DOM layout (40-150 ms on a busy machine,
      // bench/notes.md, seventh round) that would land in the first frame of the article that asked.
      if (!showTimer) showTimer = setTimeout(() => { showTimer = 0; if (inflight.size) showProgress(); }, 250);
      return;
    }
    clearTimeout(showTimer);
    showTimer = 0;
    if (inflight.size) {
      showProgress();
    } else if (failures.length) {
      statusText.textContent = failures.map((f) => scriptOf(f.path)
        ? 'Could not load the ' + scriptOf(f.path) + ' font (' + f.reason + '): text in that script is drawn as boxes.'
        : 'Could not load ' + f.path + ' (' + f.reason + ').').join(' ');
      statusClose.hidden = false;
      statusBox.hidden = false;
      statusBox.className = 'cs-failed';
      statusTimer = setTimeout(() => { failures = []; updateStatus(); }, 15000);
    } else {
      statusBox.hidden = true;
    }
  }
  function showProgress() {
    const entries = [...inflight.values()];
    const names = [...new Set(entries.map((e) => scriptOf(e.path) || e.path))];
    const total = entries.reduce((a, e) => a + e.total, 0), got = entries.reduce((a, e) => a + e.got, 0);
    // content-length counts the bytes on the wire; a compressed response's body counts more: capped.
    const pct = total && entries.every((e) => e.total) ? ' ' + Math.min(99, Math.floor(100 * got / total)) + '%' : '';
    const fonts = entries.every((e) => scriptOf(e.path));
    statusText.textContent = (fonts ? 'Loading fonts for ' : 'Loading ') + listNames(names) + '\u2026' + pct;
    statusClose.hidden = true;
    statusBox.hidden = false;
    statusBox.className = '';
  }
  function answerAppFile(id, ok, bytes, error) {
    const p = ok ? bytesToWasm(bytes) : 0;
    try {
      Module.ccall('cs_app_file_fetched', null, ['number', 'number', 'number', 'number', 'string'], [id, ok ? 1 : 0, p, ok ? bytes.length : 0, error || '']);
    } finally { if (p) Module._free(p); }
    checkFontWaiters();
  }
  function appFileUrl(path) {
    if (typeof path !== 'string' || !/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/.test(path) || path.split('/').includes('..')) return null;
    const url = new URL(path, document.baseURI);
    return url.origin === location.origin && /^https?:$/.test(url.protocol) ? url : null;
  }
  // The one-file world build: <script type="application/octet-stream" data-cs-file="fonts/..."> elements, base64.
  function embeddedFile(path) {
    for (const el of document.querySelectorAll('script[data-cs-file]')) {
      if (el.getAttribute('data-cs-file') !== path) continue;
      const bin = atob(el.textContent.trim());
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      return bytes;
    }
    return null;
  }
  // Help › Documentation and About's licences (platform.h, open_app_page): a page served beside the app;
  // in the one-file build, which has nothing beside it, the help it carries as one page (docs/all.html),
  // at that page's section.
  let docsUrl = null;
  function openPage(path) {
    if (!singleFile) { window.open(path, '_blank', 'noopener'); return; }
    const page = /^docs\/([A-Za-z]+)\.html$/.exec(path);
    const bytes = page && !docsUrl ? embeddedFile('docs/all.html') : null;
    if (bytes) docsUrl = URL.createObjectURL(new Blob([bytes], { type: 'text/html' }));
    if (!page || !docsUrl) { console.error('claimscope: this one-file page does not carry ' + path); return; }
    window.open(docsUrl + (page[1] === 'index' ? '' : '#page-' + page[1]), '_blank');
  }
  function fail(id, path, reason) {
    failures = failures.filter((f) => f.path !== path).concat([{ path, reason }]);
    updateStatus();
    answerAppFile(id, false, null, reason);
  }
  async function fetchAppFile(id, path) {
    if (singleFile) {   // answered from the page itself, in a later task as from the network
      await new Promise((r) => setTimeout(r, 0));
      const bytes = embeddedFile(path);
      if (bytes) answerAppFile(id, true, bytes, '');
      else fail(id, path, 'not in this one-file page: open claimscope-world.html for every script');
      return;
    }
    const url = appFileUrl(path);
    if (!url) { await Promise.resolve(); fail(id, path, 'not a file of this page'); return; }
    const entry = { path, got: 0, total: 0 };
    inflight.set(id, entry);
    updateStatus();
    let bytes;
    try {
      const res = await fetch(url, { mode: 'same-origin', credentials: 'same-origin' });
      if (!res.ok) throw new Error('HTTP ' + res.status);
      entry.total = Number(res.headers.get('content-length')) || 0;
      if (res.body && res.body.getReader) {
        const reader = res.body.getReader();
        const chunks = [];
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          entry.got += value.length;
          updateStatus();
        }
        bytes = new Uint8Array(entry.got);
        let at = 0;
        for (const c of chunks) { bytes.set(c, at); at += c.length; }
      } else {
        bytes = new Uint8Array(await res.arrayBuffer());
      }
    } catch (e) {
      inflight.delete(id);
      const reason = /^HTTP \d+$/.test(e.message) ? e.message : (navigator.onLine === false ? 'offline' : 'network error');
      fail(id, path, reason);
      return;
    }
    inflight.delete(id);
    failures = failures.filter((f) => f.path !== path);
    updateStatus();
    if (path.startsWith('fonts/')) keepOffline(path);
    answerAppFile(id, true, bytes, '');
  }
  function describeFontFile(path, script) { fileScripts.set(path, script); }

  // ---- Colour glyphs (platform.h, rasterize_color_glyph) --------------------------------------
  // The emoji font's glyphs are PNG bitmaps that only the browser's text renderer draws: the app hands
  // over the font file once, then asks for one cluster at a time; its pixels wait in colorPixels until
  // the app copies them.
  let colorFont = 'none';   // 'loading' | 'ready' | 'failed'
  let colorCtx = null, colorPixels = null;
  function registerColorFont(bytes) {
    const face = new FontFace('ClaimscopeColorGlyphs', bytes);
    colorFont = 'loading';
    const done = (state) => { colorFont = state; Module.ccall('cs_color_font_ready', null, [], []); };
    face.load().then(() => { document.fonts.add(face); done('ready'); }, () => done('failed'));
  }
  function rasterizeColorGlyph(text, px) {
    if (colorFont !== 'ready') return colorFont === 'failed' ? -1 : 0;
    if (!colorCtx) colorCtx = new OffscreenCanvas(64, 64).getContext('2d', { willReadFrequently: true });
    const font = px + 'px ClaimscopeColorGlyphs', pad = 1;
    colorCtx.font = font;
    const m = colorCtx.measureText(text);
    const left = Math.floor(-m.actualBoundingBoxLeft) - pad, right = Math.ceil(m.actualBoundingBoxRight) + pad;
    const up = Math.ceil(m.actualBoundingBoxAscent) + pad, down = Math.ceil(m.actualBoundingBoxDescent) + pad;
    const w = right - left, h = up + down;
    if (!(w > 2 * pad && h > 2 * pad && w <= 512 && h <= 512)) return -1;
    const c = colorCtx.canvas;
    if (c.width < w || c.height < h) { c.width = Math.max(c.width, w); c.height = Math.max(c.height, h); }
    colorCtx.font = font;   // a resize resets the context's state
    colorCtx.textBaseline = 'alphabetic';
    colorCtx.clearRect(0, 0, w, h);
    colorCtx.fillText(text, -left, up);
    colorPixels = colorCtx.getImageData(0, 0, w, h).data;
    return { width: w, height: h, left, top: -up };
  }
  function takeColorPixels() { const p = colorPixels; colorPixels = null; return p; }
  function checkFontWaiters() {
    if (!fontWaiters.length) return;
    const states = callJson('cs_api_font_states');
    fontWaiters = fontWaiters.filter((w) => {
      if (w.names.some((n) => states[n] === 'loading' || states[n] === 'absent')) return true;
      const out = {};
      for (const n of w.names) out[n] = states[n];
      w.resolve(out);
      return false;
    });
  }
  function loadFonts(names) {
    names = Array.from(names || []);
    const r = callJson('cs_api_request_fonts', ['string'], [JSON.stringify(names)]);
    if (r.unknown.length) return Promise.reject(new TypeError('no such font face: ' + r.unknown.join(', ') + ' (faces: ' + Object.keys(r.faces).join(', ') + ')'));
    return new Promise((resolve) => { fontWaiters.push({ names, resolve }); checkFontWaiters(); });
  }

  // ---- Offline second visit: the service worker (web/sw.js) ---------------------------------------
  // Registered once the app runs (not while app.wasm downloads), only over http(s). Fonts fetched before
  // it controls the page (the first visit) are handed to it to cache.
  const fontsToKeep = [];
  function keepOffline(path) {
    fontsToKeep.push(path);
    if ('serviceWorker' in navigator && swRegistered) navigator.serviceWorker.ready.then(sendFontsToKeep);
  }
  function sendFontsToKeep(reg) {
    if (!reg.active || !fontsToKeep.length) return;
    reg.active.postMessage({ cacheFonts: fontsToKeep.splice(0) });
  }
  let swRegistered = false;
  function registerServiceWorker() {
    if (singleFile || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    swRegistered = true;
    navigator.serviceWorker.register('sw.js').then(() => navigator.serviceWorker.ready).then(sendFontsToKeep)
      .catch((e) => console.info('Claimscope works online only here (no service worker: ' + e.message + ')'));
  }

  // ---- Module --------------------------------------------------------------------------------
  // The wasm is fetched and compiled while the page and app.js load, not after app.js has run
  // (~70 ms later): streaming compilation starts on the first bytes. The bytes pass through a
  // counter on their way, so the progress bar shows the real download.
  let wasmModule = null;
  function compileWasm() {
    const bar = $('cs-progress');
    return fetch('app.wasm').then((res) => {
      if (!res.ok) throw new Error('could not load app.wasm (HTTP ' + res.status + ')');
      // content-length counts the bytes on the wire; the body arrives decompressed, so the
      // bar is an estimate when the server compresses (capped below full until compiled).
      const total = Number(res.headers.get('content-length')) || 0;
      let got = 0;
      const body = !res.body || !total ? res.body : res.body.pipeThrough(new TransformStream({
        transform(chunk, out) { got += chunk.length; bar.value = Math.min(0.95, got / total); out.enqueue(chunk); },
      }));
      // A fresh Response with the right type: compileStreaming refuses a server's wrong MIME type.
      const wasm = new Response(body, { headers: { 'content-type': 'application/wasm' } });
      return typeof WebAssembly.compileStreaming === 'function'
        ? WebAssembly.compileStreaming(wasm)
        : wasm.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
    });
  }
  let started = false;
  // The one-file build (claimscope.html) carries the app inline, wasm included.
  const singleFile = !!window.CLAIMSCOPE_SINGLE_FILE;
  window.Module = {
    canvas: document.getElementById('canvas'),   // this script runs after the canvas element
    cs: {
      focusInput, openFilePicker, toWasm, fieldShow, fieldHide, wordBoundaries, fail: showError, clipboard: '',
      addStoragePiece, takeStoragePieces, keepRefused, takeRefused, storageReason, bulkSet, bulkGet, bulkRemove, bulkClear,
      fetchAppFile, openPage, describeFontFile, registerColorFont, rasterizeColorGlyph, takeColorPixels, announce, updateMirror, showMirrorSelection, updatePanels,
      appStarted() { started = true; $('cs-loading').hidden = true; followSystem(); readyResolve(api); setTimeout(registerServiceWorker, 0); },
    },
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    // The wasm was fetched and compiled from the moment this script ran (compileWasm).
    instantiateWasm: singleFile ? undefined : function (imports, done) {
      wasmModule
        .then((module) => WebAssembly.instantiate(module, imports).then((instance) => done(instance, module)))
        .catch((e) => showError('Claimscope could not start: ' + e.message));
      return {};
    },
    onAbort: (what) => showError('Claimscope stopped with an internal error: ' + what),
  };

  // ---- Public API ------------------------------------------------------------------------------
  const api = {
    version: '0.1.0',
    /** Resolves with this API once the app has drawn its first frame. */
    ready,
    /** The article text, exactly as loaded (UTF-8 decoded). */
    getText: () => callString('cs_api_text'),
    /** Number of frames rendered so far (stops advancing when the page is idle). */
    frameCount: () => Module.ccall('cs_api_frames', 'number', [], []),
    /** Opens an article from text; meta: {title, url, outlet, author, published, language}. */
    loadArticle: (text, meta) => callJson('cs_api_load_article', ['string', 'string'], [text, JSON.stringify(meta || {})]),
    /** The annotations as the saved file's JSON object (format: docs/FORMAT.md). */
    getAnnotations: () => callJson('cs_api_annotations'),
    /** Loads a Claimscope file: its bytes (Uint8Array or ArrayBuffer, as read from disk), its text,
     *  or the parsed object. Returns {ok, errors[], loadMs, openMs}; on errors nothing changes. */
    setAnnotations: (file) => callJson('cs_api_set_annotations', ['bytes'], [fileBytes(file)]),
    /** On-screen rectangles (CSS px, viewport coordinates) of code points [start, end) as last drawn. */
    rangeRects: (start, end) => callJson('cs_api_range_rects', ['number', 'number'], [start, end]),
    /** Scrolls the article so code point `cp` is in view. Resolves after the next frame. */
    scrollTo: (cp) => { Module.ccall('cs_api_scroll_to', null, ['number'], [cp]); return nextFrames(3); },
    /** UI state: selection, selected annotation, find, theme, text size, open messages. */
    getState: () => callJson('cs_api_state'),
    /** Frame CPU times (ms) measured inside the app since the previous call (for benchmarks). */
    takeFrameTimes: () => callJson('cs_api_take_frame_times'),
    /** Rectangle of a named widget (e.g. 'toolbar/claim', 'inspector/note') in the last frame, or null;
     *  `label` is the text it shows, for widgets that record it (e.g. 'status/counts'). */
    uiRect: (name) => callJson('cs_api_ui_rect', ['string'], [name]),
    uiRects: (prefix = '') => callJson('cs_api_ui_rects', ['string'], [prefix]),
    /** Fetches font faces (names as in src/core/text/font_faces.inc: 'Arabic', 'Hebrew', 'Devanagari',
     *  'Bengali', 'Thai', 'Cjk', 'Emoji'; 'Latin' is built in). Resolves, once each is in the app or failed,
     *  with {name: 'loaded' | 'failed'}; rejects for a name that is no face. getState().fonts.faces has them all. */
    loadFonts,
    /** Size of the wasm heap in bytes. */
    memoryBytes: () => Module.ccall('cs_api_memory_bytes', 'number', [], []),
    /** Converts a code-point offset in the article to a JS string (UTF-16) index, and back. */
    cpToUtf16: (text, cp) => { let i = 0, n = 0; while (n < cp && i < text.length) { const c = text.codePointAt(i); i += c > 0xFFFF ? 2 : 1; n++; } return i; },
    utf16ToCp: (text, index) => { let i = 0, n = 0; while (i < index && i < text.length) { const c = text.codePointAt(i); i += c > 0xFFFF ? 2 : 1; n++; } return n; },
  };
  function fileBytes(file) {
    if (file instanceof Uint8Array) return file;
    if (file instanceof ArrayBuffer) return new Uint8Array(file);
    return utf8(typeof file === 'string' ? file : JSON.stringify(file));
  }
  function nextFrames(n) {
    return new Promise((resolve) => { let k = 0; const tick = () => (++k >= n ? resolve() : requestAnimationFrame(tick)); requestAnimationFrame(tick); });
  }
  window.claimscope = api;

  // This script is the last element of the page's body, so everything it needs is parsed: start
  // now rather than at DOMContentLoaded (~30 ms later).
  (() => {
    const problem = capabilityProblem();
    document.body.append(panelsBefore, input);
    document.body.appendChild(statusBox);
    document.body.append(mirror, panelsAfter, live, alertBox);
    const canvas = Module.canvas;
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
    canvas.addEventListener('mousedown', fieldCanvasDown, true);
    canvas.addEventListener('pointerdown', touchDown);
    canvas.addEventListener('pointermove', touchMove);
    canvas.addEventListener('pointerup', touchUp);
    canvas.addEventListener('pointercancel', touchUp);
    canvas.addEventListener('webglcontextlost', (e) => { e.preventDefault(); showError('The graphics context was lost. Reload the page: your work is kept in this browser.'); });
    document.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
    document.addEventListener('drop', (e) => { e.preventDefault(); if (started) deliverFiles(e.dataTransfer.files); });
    if (problem) { showError(problem); return; }
    if (singleFile) return;   // the app is already inline in the page
    wasmModule = compileWasm();
    const script = document.createElement('script');
    script.src = 'app.js';
    script.onerror = () => showError('Claimscope could not load app.js. Check that all files of the page were copied.');
    document.body.appendChild(script);
  })();
  window.addEventListener('error', (e) => { if (!started) showError('Claimscope could not start: ' + e.message); });
})();

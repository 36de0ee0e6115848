// Browser benchmark (issue 8): Claimscope (build/web) and @recogito/text-annotator 4.1.1 (bench/recogito/)
// side by side in the same headless Debian Chromium, on the same generated text and annotations
// (bench/gen_corpus.mjs: DOCS below says which documents each side loads).
//
// Index
// - Setup: server, browser, page helpers (CDP main-thread time, JS heap)
// - Claimscope: navigation → first frame painted, load → first painted frame, scroll, drag-select, re-wrap, memory, idle
// - The browser's floor: the same first frame from a bare WebGL page (bench/floor/index.html)
// - Recogito: load → painted, scroll, reflow after a width change, JS heap
// - runBrowserBench (used by scripts/bench.sh via the CLI below, and by tests/node/bench-smoke.test.mjs)
//
// "First painted frame" = the API call + the next requestAnimationFrame after it (the app draws in its
// own rAF callback, which runs first) + a task posted from that rAF, which runs after the browser has
// painted the frame. `rafMs` (call + next rAF, without the browser's own paint) is kept in the JSON too.
//
// Usage: node bench/browser_bench.mjs [--smoke] [--claimscope-only] [--docs 100k,100k-repeat (some of DOCS only)]
//          [--data DIR] [--out FILE] [--site DIR (or $CLAIMSCOPE_SITE; default build/web)]
// $RECOGITO_BUDGET_MS: how long Recogito may take to load one document (default 120000).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { GUIDE_SEEN } from '../tests/browser/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Headless Chromium with --disable-gpu composites the page in software and reads every WebGL frame
// back for it (4 MB at 1280×800): ~27 ms between the app's frame and the paint, which browsers
// with a GPU do not pay. BENCH_GPU_COMPOSITING=1 leaves the GPU process on (ANGLE on SwiftShader,
// this machine has no GPU): first paints drop by that much, but the GPU process then competes for
// the 2 cores (navigation and frame times get worse). The default is the tests' configuration.
const GPU_COMPOSITING = process.env.BENCH_GPU_COMPOSITING === '1';
export const ARGS = ['--no-sandbox', ...(GPU_COMPOSITING ? [] : ['--disable-gpu']), '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
export const VIEWPORT = { width: 1280, height: 800 };
// Between a page being ready and the measured load: a person picking a file takes longer, and a load in
// the page's first moments also measures the browser's start-up work (the same bare WebGL frame takes
// ~55 ms to paint right after start-up and ~28 ms a second later). Same pause for the floor page.
const LOAD_PAUSE_MS = Number(process.env.BENCH_LOAD_PAUSE_MS ?? 1000);
// The documents (bench/gen_corpus.mjs). Claimscope loads each; scroll, drag, re-wrap and memory are
// measured on those marked `interact`. Recogito loads those marked `recogito`, with overlapping spans
// and without (its best case), so that every ratio is taken on a document both apps loaded.
const DOCS = [
  { name: '100k', interact: true, recogito: true },
  { name: '100k-flat', recogito: true },
  { name: '100k-repeat' },
  { name: '1m', interact: true, recogito: true },
  { name: '1m-flat', recogito: true },
  { name: '1m-long', interact: true },
  { name: '100k-latin' },
  { name: '1m-latin' },
];
const SMOKE_DOCS = [{ name: '10k', interact: true, recogito: true }];

// ---- Setup helpers --------------------------------------------------------------------------------
const median = (a) => { if (!a.length) return null; const s = [...a].sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]; };
const pct = (a, p) => { if (!a.length) return null; const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const round = (v, d = 2) => (v == null ? null : Math.round(v * 10 ** d) / 10 ** d);
const stats = (a) => ({ frames: a.length, median: round(median(a), 3), p95: round(pct(a, 95), 3), max: round(a.length ? Math.max(...a) : null, 3) });

// In the page: resolves after the next frame has been painted (see the header).
const AFTER_PAINT = `window.__afterPaint = () => new Promise((res) => requestAnimationFrame(() => {
  const raf = performance.now(); const ch = new MessageChannel();
  ch.port1.onmessage = () => res({ raf, painted: performance.now() }); ch.port2.postMessage(0); }));`;

async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(600000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.location().url)) errors.push(m.text()); });
  await page.addInitScript(AFTER_PAINT);
  // A returning visitor: the first-visit guide, which a new context would open, is marked seen (as the
  // browser tests do), so every figure measures the article view as before the guide existed.
  await page.addInitScript(GUIDE_SEEN);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors };
}
// Main-thread busy time (ms) so far: Chromium's TaskDuration metric.
async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}
async function jsHeapBytes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}
const frames = (page, n = 1) => page.evaluate(async (k) => { for (let i = 0; i < k; i++) await window.__afterPaint(); }, n);

// What the page fetched (file names in the site folder), raw and gzip -9, read from disk.
function pageWeight(site, names) {
  let raw = 0, gzip = 0;
  const files = [];
  for (const f of names) {
    const p = path.join(site, f);
    if (!fs.existsSync(p) || !fs.statSync(p).isFile()) continue;
    const b = fs.readFileSync(p);
    const g = zlib.gzipSync(b, { level: 9 }).length;
    raw += b.length; gzip += g;
    files.push({ file: f, raw: b.length, gzip: g });
  }
  return { raw, gzip, files };
}

// ---- Claimscope ------------------------------------------------------------------------------------
async function csOpen(browser, url) {
  const p = await newPage(browser);
  // Record when window.claimscope.ready resolves (the app's first frame is drawn, in its rAF
  // callback) and when that frame has been painted (a task posted then runs after the paint),
  // relative to navigation start.
  await p.page.addInitScript(() => {
    Object.defineProperty(window, 'claimscope', { configurable: true, set(v) {
      Object.defineProperty(window, 'claimscope', { value: v, writable: true, configurable: true });
      v.ready.then(() => {
        window.__readyAt = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { window.__paintedAt = performance.now(); };
        ch.port2.postMessage(0);
      });
    } });
  });
  await p.page.goto(url);
  await p.page.evaluate(() => window.claimscope.ready);
  await p.page.waitForFunction(() => window.__paintedAt !== undefined);
  const nav = await p.page.evaluate(() => {
    const res = performance.getEntriesByType('resource');
    const wasm = res.find((r) => r.name.endsWith('app.wasm'));
    return {
      readyMs: window.__readyAt,
      paintedMs: window.__paintedAt,
      transferred: res.reduce((s, r) => s + r.encodedBodySize, 0) + performance.getEntriesByType('navigation')[0].encodedBodySize,
      wasmServerMs: wasm ? wasm.responseStart - wasm.requestStart : null,
      files: [location.pathname, ...res.map((r) => new URL(r.name).pathname)].map((p) => p.replace(/.*\//, '') || 'index.html'),
    };
  });
  return { ...p, nav };
}

// The file goes in as bytes, as File › Open hands it over (a JS string would add UTF-8 encoding:
// about 20 ms for the 7.4 MB file).
async function csLoad(page, fileText) {
  await page.evaluate((s) => { window.__file = new TextEncoder().encode(s); }, fileText);
  await page.evaluate(() => window.claimscope.takeFrameTimes());
  await page.waitForTimeout(LOAD_PAUSE_MS);
  const r = await page.evaluate(async () => {
    const f0 = window.claimscope.frameCount();
    const t0 = performance.now();
    const res = window.claimscope.setAnnotations(window.__file);
    const t1 = performance.now();
    const p = await window.__afterPaint();
    const frameDrawn = window.claimscope.getState().lastFrameDrawn;   // what the floor page draws too
    return { ok: res.ok, errors: res.errors, readMs: res.loadMs, openMs: res.openMs, callMs: t1 - t0, rafMs: p.raf - t0, ms: p.painted - t0, framesDrawn: window.claimscope.frameCount() - f0, frameDrawn };
  });
  const loadFrames = await page.evaluate(() => window.claimscope.takeFrameTimes());
  // The browser copy is written ~250 ms after the paint; a failure there opens a message, so wait
  // for it before measuring what comes next.
  let st;
  for (let t0 = Date.now(); Date.now() - t0 < 30000; await page.waitForTimeout(50)) {
    st = await page.evaluate(() => window.claimscope.getState());
    if (st.saved !== 'saving…') break;
  }
  const messages = await dismissMessages(page);
  return { ...r, firstFrameCpuMs: round(loadFrames[0]), wrapMs: st.wrapMs, lines: st.lines, annotations: st.annotationCount, messages };
}

// A modal message (e.g. "could not be saved in this browser") takes the wheel and the mouse: note it
// in the results and close it as a user would (Escape), so the scroll and drag figures still measure.
async function dismissMessages(page) {
  const seen = [];
  for (let i = 0; i < 5; i++) {
    const m = (await page.evaluate(() => window.claimscope.getState())).messages;
    if (!m.length) break;
    seen.push(...m.map((x) => [x.title, ...x.lines].join(': ')));
    await page.keyboard.press('Escape');
    await frames(page, 2);
  }
  const left = (await page.evaluate(() => window.claimscope.getState())).messages;
  if (left.length) throw new Error('a message stays open: ' + JSON.stringify(left));
  return seen;
}

async function csScroll(page, cdp, steps) {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  await page.evaluate(() => window.claimscope.scrollTo(0));
  await frames(page, 3);
  // Measure how far one notch scrolls, then pick a delta that crosses the document in `steps`.
  const y0 = (await page.evaluate(() => window.claimscope.getState())).scrollY;
  await page.mouse.wheel(0, 100);
  await frames(page, 3);
  const st = await page.evaluate(() => window.claimscope.getState());
  const perNotch = Math.max(1, st.scrollY - y0);
  const delta = Math.max(100, Math.round((st.layoutHeight - VIEWPORT.height) / steps / perNotch) * 100);
  await page.evaluate(() => window.claimscope.takeFrameTimes());
  const task0 = await taskMs(cdp);
  let n = 0, last = -1, y = st.scrollY;
  for (; n < steps * 2 && y !== last; n++) {
    await page.mouse.wheel(0, delta);
    await frames(page, 1);
    last = y;
    y = (await page.evaluate(() => window.claimscope.getState())).scrollY;
  }
  const times = await page.evaluate(() => window.claimscope.takeFrameTimes());
  const mainThread = (await taskMs(cdp)) - task0;
  return { ...stats(times), wheelEvents: n, reachedY: round(y, 0), layoutHeight: round(st.layoutHeight, 0), mainThreadMsPerStep: round(mainThread / n) };
}

async function csDrag(page, steps) {
  await page.evaluate(() => window.claimscope.scrollTo(0));
  await frames(page, 3);
  const rects = await page.evaluate(() => window.claimscope.rangeRects(0, 3));
  const x0 = rects[0].x + 2, y0 = rects[0].y + rects[0].height / 2;
  await page.evaluate(() => window.claimscope.takeFrameTimes());
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x0 + (i * 37) % 500, y0 + (VIEWPORT.height - 60 - y0) * i / steps);
    await frames(page, 1);
  }
  await page.mouse.up();
  await frames(page, 1);
  const times = await page.evaluate(() => window.claimscope.takeFrameTimes());
  const sel = (await page.evaluate(() => window.claimscope.getState())).selection;
  return { ...stats(times), selected: sel.end - sel.start };
}

async function csRewrap(page) {
  const out = [];
  for (const width of [1000, VIEWPORT.width]) {
    await page.setViewportSize({ width, height: VIEWPORT.height });
    await frames(page, 4);
    const st = await page.evaluate(() => window.claimscope.getState());
    out.push({ width, wrapMs: st.wrapMs, lines: st.lines });
  }
  return { wrapMs: Math.max(...out.map((o) => o.wrapMs)), runs: out };
}

async function idleFps(page) {
  // At rest: after the last status message ("Annotations loaded", 4 s) has gone.
  for (let t0 = Date.now(); Date.now() - t0 < 10000 && (await page.evaluate(() => window.claimscope.getState())).status; ) await page.waitForTimeout(100);
  await page.waitForTimeout(1000);
  const f0 = await page.evaluate(() => window.claimscope.frameCount());
  await page.waitForTimeout(2000);
  const f1 = await page.evaluate(() => window.claimscope.frameCount());
  return (f1 - f0) / 2;
}

// ---- The browser's floor ---------------------------------------------------------------------------
// bench/floor/index.html: a bare WebGL 2 page drawing a frame of the same size as Claimscope's first
// frame after a load (triangles, covered pixels, draw calls, clears), whose load call does no work.
// Measured as csLoad measures, in fresh pages: what the browser alone costs for such a frame.
async function floorLoads(browser, base, frame, runs) {
  const q = new URLSearchParams({ triangles: frame.triangles, pixels: frame.trianglePixels, draws: frame.drawCalls, clears: frame.clears });
  const all = [];
  for (let i = 0; i < runs; i++) {
    const p = await newPage(browser);
    await p.page.goto(`${base}/bench/floor/index.html?${q}`);
    await p.page.evaluate(() => window.floor.ready);
    await p.page.waitForTimeout(LOAD_PAUSE_MS);
    all.push(await p.page.evaluate(async () => {
      const n0 = window.floor.framesDrawn();
      const t0 = performance.now();
      window.floor.load();
      const p = await window.__afterPaint();
      return { rafMs: p.raf - t0, ms: p.painted - t0, framesDrawn: window.floor.framesDrawn() - n0 };
    }));
    if (p.errors.length) throw new Error(`floor page: ${p.errors.join('; ')}`);
    await p.context.close();
  }
  const mid = [...all].sort((a, b) => a.ms - b.ms)[Math.floor((all.length - 1) / 2)];
  return { ...mid, frame, runs: all.map((r) => round(r.ms)) };
}

// ---- Recogito ------------------------------------------------------------------------------------
// Loads the corpus into a fresh Recogito page. Gives up after budgetMs (the page is closed then):
// {timedOut: true} — its load time is then only known to exceed the budget.
async function rgOpen(browser, url, corpus, budgetMs) {
  const p = await newPage(browser);
  await p.page.goto(url);
  await p.page.evaluate((c) => { window.__corpus = c; }, corpus);
  let timer;
  const load = await Promise.race([
    p.page.evaluate(() => window.rbench.load(window.__corpus.text, window.__corpus.annotations)),
    new Promise((res) => { timer = setTimeout(() => res({ ok: false, timedOut: true, budgetMs }), budgetMs); }),
  ]).catch((e) => ({ ok: false, error: String(e) }));
  clearTimeout(timer);
  return { ...p, load };
}

async function rgScroll(page, cdp, steps) {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  const h = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  const delta = Math.max(100, Math.round(h / steps));
  const task0 = await taskMs(cdp);
  const perStep = [];
  let n = 0;
  for (; n < steps * 2 && (await page.evaluate(() => scrollY)) < h - 1; n++) {
    const t0 = await taskMs(cdp);
    await page.mouse.wheel(0, delta);
    await frames(page, 1);
    perStep.push((await taskMs(cdp)) - t0);
  }
  return { wheelEvents: n, scrollHeight: h, mainThreadMsPerStep: round(((await taskMs(cdp)) - task0) / Math.max(1, n)), stepMedian: round(median(perStep)), stepP95: round(pct(perStep, 95)) };
}

async function rgReflow(page, cdp) {
  const out = [];
  for (const width of [1000, VIEWPORT.width]) {
    await page.evaluate(() => {
      window.__resized = new Promise((res) => addEventListener('resize', async () => {
        const t0 = performance.now();
        void document.body.offsetHeight;   // the reflow itself
        const t1 = performance.now();
        const p = await window.__afterPaint();
        res({ layoutMs: t1 - t0, ms: p.painted - t0 });
      }, { once: true }));
    });
    const task0 = await taskMs(cdp);
    await page.setViewportSize({ width, height: VIEWPORT.height });
    const r = await page.evaluate(() => window.__resized);
    await page.waitForTimeout(500);
    out.push({ width, ...r, mainThreadMs: round((await taskMs(cdp)) - task0) });
  }
  return { ms: Math.max(...out.map((o) => o.ms)), mainThreadMs: Math.max(...out.map((o) => o.mainThreadMs)), runs: out };
}

// ---- The run -------------------------------------------------------------------------------------
export async function runBrowserBench({ smoke = false, claimscopeOnly = false, only = null, dataDir = path.join(ROOT, 'bench/out'), site = path.join(ROOT, 'build/web'), log = console.log } = {}) {
  const read = (name, ext) => fs.readFileSync(path.join(dataDir, `doc-${name}.${ext}`), 'utf8');
  const steps = smoke ? 8 : 120;
  const server = await startServer(ROOT);
  let siteServer = null;
  const base = `http://127.0.0.1:${server.address().port}`;
  let siteUrl = base + '/' + path.relative(ROOT, site).split(path.sep).join('/') + '/';
  if (path.relative(ROOT, site).startsWith('..')) { siteServer = await startServer(site); siteUrl = `http://127.0.0.1:${siteServer.address().port}/`; }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS, headless: true });
  const res = { when: new Date().toISOString(), compositing: GPU_COMPOSITING ? 'GPU process (SwiftShader)' : 'software (--disable-gpu)', loadPauseMs: LOAD_PAUSE_MS, smoke, site: path.relative(ROOT, site), browser: browser.version(), claimscope: {}, recogito: {} };
  try {
    const cs = res.claimscope;
    // The local server gzips each file on its first request (~150 ms for app.wasm); a static host
    // serves them compressed already. So each file is asked for once before anything is measured
    // (from Node: the browser's own caches stay cold).
    for (const f of ['index.html', 'claimscope.js', 'app.js', 'app.wasm'])
      await fetch(new URL(f, siteUrl), { headers: { 'accept-encoding': 'gzip' } }).then((r) => r.arrayBuffer());
    // Navigation → first frame painted on the sample article, fresh context each time.
    const navs = [];
    for (let i = 0; i < (smoke ? 1 : 5); i++) {
      const p = await csOpen(browser, siteUrl);
      navs.push(p.nav);
      await p.context.close();
    }
    cs.pageWeight = pageWeight(site, [...new Set(navs[0].files)]);
    cs.navigation = { paintedMs: round(median(navs.map((n) => n.paintedMs))), readyMs: round(median(navs.map((n) => n.readyMs))), runs: navs };
    log(`claimscope: navigation → first frame painted ${cs.navigation.paintedMs} ms (drawn ${cs.navigation.readyMs} ms)`);

    const docs = (smoke ? SMOKE_DOCS : DOCS).filter((d) => !only || only.includes(d.name));
    const big = smoke ? '10k' : '1m';   // the top-level interaction figures are this document's
    for (const { name: size, interact } of docs) {
      // Each load in a fresh page (a first load, as a person opening a file): the median of 3 runs
      // is reported, every run is kept. The last page stays open for the interaction figures.
      const text = read(size, 'claimscope.json');
      const runs = [];
      let p;
      for (let i = 0; i < (smoke ? 1 : 3); i++) {
        if (p) await p.context.close();
        p = await csOpen(browser, siteUrl);
        const run = await csLoad(p.page, text);
        if (!run.ok) throw new Error(`claimscope refused doc-${size}: ${JSON.stringify(run.errors).slice(0, 500)}`);
        runs.push(run);
      }
      const load = { ...[...runs].sort((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)], runs: runs.map((r) => round(r.ms)) };
      cs['load_' + size] = load;
      log(`claimscope: doc-${size} → painted ${round(load.ms)} ms, median of ${load.runs.join(' / ')} (call ${round(load.callMs)} ms, wrap ${round(load.wrapMs)} ms)`);
      // Interaction figures on the documents marked `interact`: those Recogito's figures are compared on
      // (it may only manage the smaller one) and the long paragraphs. The top-level figures are the big
      // document's.
      if (interact) {
        await frames(p.page, 3);
        const d = {};
        d.memory = { wasmBytes: await p.page.evaluate(() => window.claimscope.memoryBytes()), jsHeapBytes: await jsHeapBytes(p.cdp) };
        d.scroll = await csScroll(p.page, p.cdp, steps);
        log(`claimscope: doc-${size} scroll frame CPU median ${d.scroll.median} ms, p95 ${d.scroll.p95} ms over ${d.scroll.frames} frames`);
        d.drag = await csDrag(p.page, smoke ? 6 : 60);
        log(`claimscope: doc-${size} drag frame CPU median ${d.drag.median} ms, p95 ${d.drag.p95} ms`);
        d.rewrap = await csRewrap(p.page);
        log(`claimscope: doc-${size} re-wrap ${d.rewrap.wrapMs} ms, memory ${d.memory.wasmBytes} B wasm`);
        if (size === big) {
          Object.assign(cs, d);
          cs.idleFps = await idleFps(p.page);
          log(`claimscope: idle ${cs.idleFps} frames/s`);
          cs.errors = p.errors;
        } else cs['interaction_' + size] = d;
      }
      await p.context.close();
      // The same first frame from a page that does nothing else (5 fresh pages: it is cheap).
      const floor = await floorLoads(browser, base, load.frameDrawn, smoke ? 1 : 5);
      cs['floor_' + size] = floor;
      log(`browser floor for that frame (${floor.frame.triangles} triangles, ${floor.frame.trianglePixels} px): painted ${round(floor.ms)} ms, median of ${floor.runs.join(' / ')}`);
    }

    if (claimscopeOnly) return res;
    // Recogito on the same texts and annotations, biggest first. Scroll / reflow / heap are measured on
    // the first document it loads within the budget that Claimscope's were measured on too (`measuredOn`).
    const rg = res.recogito;
    const budget = smoke ? 60000 : Number(process.env.RECOGITO_BUDGET_MS || 120000);
    const rgDocs = docs.filter((d) => d.recogito).reverse();
    let measured = null;
    for (const { name: size, interact } of rgDocs) {
      const p = await rgOpen(browser, base + '/bench/recogito/', JSON.parse(read(size, 'recogito.json')), budget);
      rg['load_' + size] = p.load;
      log(p.load.ok ? `recogito: doc-${size} → painted ${round(p.load.paintedMs)} ms (setAnnotations ${round(p.load.setAnnotationsMs)} ms, ${p.load.count} annotations)`
        : `recogito: doc-${size} did not load within ${budget} ms ${p.load.error || ''}`);
      if (p.load.ok && interact && !measured) { measured = size; rg.measuredOn = size; await measureRecogito(p); }
      await p.context.close();
    }
    async function measureRecogito(p) {
      rg.memory = { jsHeapBytes: await jsHeapBytes(p.cdp) };
      rg.scroll = await rgScroll(p.page, p.cdp, steps);
      log(`recogito: scroll main thread ${rg.scroll.mainThreadMsPerStep} ms per step`);
      rg.reflow = await rgReflow(p.page, p.cdp);
      log(`recogito: reflow after width change ${round(rg.reflow.ms)} ms`);
      rg.errors = p.errors;
    }

    // Recogito / Claimscope: > 1 means Claimscope is faster (or smaller). A Recogito load that ran out
    // of budget gives a lower bound (atLeast).
    const ratio = (a, b) => (a != null && b > 0 ? Number((a / b).toPrecision(3)) : null);
    const same = measured === big ? cs : cs['interaction_' + measured];   // Claimscope on Recogito's document
    const firstPaint = (size) => {
      const r = rg['load_' + size];
      return { ratio: ratio(r.ok ? r.paintedMs : r.budgetMs, cs['load_' + size].ms), atLeast: !r.ok };
    };
    res.ratios = {
      firstPaint: Object.fromEntries(rgDocs.map((d) => [d.name, firstPaint(d.name)])),
      comparedOn: measured,
      scrollMainThreadPerStep: measured ? ratio(rg.scroll.mainThreadMsPerStep, same.scroll.mainThreadMsPerStep) : null,
      reflow: measured ? ratio(rg.reflow.ms, same.rewrap.wrapMs) : null,
      memory: measured ? ratio(rg.memory.jsHeapBytes, same.memory.wasmBytes + same.memory.jsHeapBytes) : null,
    };
    log(`ratios (Recogito / Claimscope): ${JSON.stringify(res.ratios)}`);
  } finally {
    await browser.close();
    server.close();
    if (siteServer) siteServer.close();
  }
  return res;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (k) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
  const res = await runBrowserBench({
    smoke: process.argv.includes('--smoke'),
    claimscopeOnly: process.argv.includes('--claimscope-only'),
    only: arg('--docs') ? arg('--docs').split(',') : null,
    dataDir: arg('--data') ? path.resolve(arg('--data')) : undefined,
    site: arg('--site') || process.env.CLAIMSCOPE_SITE ? path.resolve(arg('--site') || process.env.CLAIMSCOPE_SITE) : undefined,
  });
  const out = arg('--out') || path.join(ROOT, 'bench/out/browser.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(res, null, 2) + '\n');
  console.log(`wrote ${out}`);
}

// Where a load's first painted frame spends its time: loads documents of the corpus (bench/gen_corpus.mjs)
// into fresh pages, alternating between them, as bench/browser_bench.mjs does (bytes in, 1 s after the
// page is ready), with a Chrome trace of each load, and prints per load and as medians:
//   call      claimscope.setAnnotations (read + open)
//   frame     the app's animation-frame callback that draws the new document (FireAnimationFrame)
//   raf       call → end of that callback: includes the wait for the next animation frame
//   readback  the renderer's commit blocked in GLES2::ReadPixels: with software compositing the WebGL
//             frame is read back to be composited
//   gpu       the GPU process executing the frame's WebGL commands (SwiftShader), inside the read-back
//   lazy      wasm functions compiled on first call (wasm.CompileLazy) in the renderer
//   painted   call → a task posted from the next animation frame runs (the harness's figure)
//
// Usage: node bench/trace_load.mjs 100k,100k-repeat [--runs 3] [--data DIR] [--site DIR] [--keep DIR (traces)]
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { ARGS, VIEWPORT } from './browser_bench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (k, d) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const docs = (process.argv[2] || '').split(',').filter(Boolean);
if (!docs.length || docs[0].startsWith('--')) { console.error('usage: node bench/trace_load.mjs DOC[,DOC...] [--runs N] [--data DIR] [--site DIR] [--keep DIR]'); process.exit(2); }
const runs = Number(arg('--runs', 3)), dataDir = path.resolve(arg('--data', path.join(ROOT, 'bench/out')));
const site = path.resolve(arg('--site', path.join(ROOT, 'build/web'))), keep = arg('--keep');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'gpu', 'viz', 'cc', 'toplevel', 'v8.wasm', 'blink.user_timing'];

// Phase durations (ms) between the marks "load" and "painted" of one trace.
function phases(events) {
  const mark = (name) => events.find((e) => e.name === name && (e.cat || '').includes('user_timing')).ts;
  const t0 = mark('load'), t1 = mark('painted');
  const inside = events.filter((e) => e.ph === 'X' && e.ts >= t0 && e.ts <= t1);
  const sum = (name) => inside.filter((e) => e.name === name).reduce((a, e) => a + e.dur / 1000, 0);
  const first = (name) => inside.find((e) => e.name === name);
  return { frame: (first('FireAnimationFrame')?.dur ?? 0) / 1000, readback: sum('GLES2::ReadPixels'), gpu: sum('WebGL'), lazy: sum('wasm.CompileLazy') };
}

async function traceLoad(browser, url, bytes) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(600000);
  await page.goto(url);
  await page.evaluate(() => window.claimscope.ready);
  await page.evaluate((s) => { window.__file = new TextEncoder().encode(s); }, bytes);
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  const r = await page.evaluate(() => new Promise((resolve) => {
    performance.mark('load');
    const t0 = performance.now();
    const res = window.claimscope.setAnnotations(window.__file);
    const call = performance.now() - t0;
    requestAnimationFrame(() => {
      const raf = performance.now() - t0;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { performance.mark('painted'); resolve({ ok: res.ok, call, raf, painted: performance.now() - t0 }); };
      ch.port2.postMessage(0);
    });
  }));
  await page.waitForTimeout(200);
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  if (!r.ok) throw new Error('the app refused the file');
  return { ...r, ...phases(events), events };
}

const server = await startServer(site);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS, headless: true });
const url = `http://127.0.0.1:${server.address().port}/`;
const KEYS = ['call', 'frame', 'raf', 'readback', 'gpu', 'lazy', 'painted'];
const all = Object.fromEntries(docs.map((d) => [d, []]));
const line = (d, r) => `${d.padEnd(12)} ${KEYS.map((k) => `${k} ${r[k].toFixed(1)}`).join('  ')}`;
try {
  const bytes = Object.fromEntries(docs.map((d) => [d, fs.readFileSync(path.join(dataDir, `doc-${d}.claimscope.json`), 'utf8')]));
  for (let i = 0; i < runs; i++) {
    for (const d of docs) {
      const { events, ...r } = await traceLoad(browser, url, bytes[d]);
      if (keep) { fs.mkdirSync(keep, { recursive: true }); fs.writeFileSync(path.join(keep, `trace-${d}-${i}.json`), JSON.stringify(events)); }
      all[d].push(r);
      console.log(line(d, r));
    }
  }
  const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[(s.length - 1) >> 1]; };
  console.log(`medians of ${runs}:`);
  for (const d of docs) console.log(line(d, Object.fromEntries(KEYS.map((k) => [k, median(all[d].map((r) => r[k]))]))));
} finally {
  await browser.close();
  server.close();
}

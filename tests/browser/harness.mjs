// Shared browser-test harness: serves build/web on 127.0.0.1, launches Debian's Chromium with
// playwright-core, records console errors, page errors and every request that leaves 127.0.0.1.
import { chromium } from 'playwright-core';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = process.env.CLAIMSCOPE_SITE || path.join(ROOT, 'build/web');
export const ARTIFACTS = path.join(ROOT, 'test-results');
fs.mkdirSync(ARTIFACTS, { recursive: true });

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-dev-shm-usage', '--font-render-hinting=none'];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

// A fresh context is a first visit, which opens the first-visit guide (src/ui/guide.h) over the side panel:
// marked seen before the page starts, as after a visit that closed it, unless a test asks for it (guide: true).
export const GUIDE_SEEN = () => {
  try { if (!localStorage.getItem('claimscope.settings')) localStorage.setItem('claimscope.settings', '{"guide_seen":true}'); } catch (e) { /* no storage here */ }
};

// The sample article as the app opens it: assets/sample-article.txt cleaned (src/ui/sample_project.h),
// its leading "date 2024-03-09" in the metadata and its "Advertisment" lines out.
export function sampleText() {
  return fs.readFileSync(path.join(ROOT, 'assets/sample-article.txt'), 'utf8')
    .replace(/^\s*date 2024-03-09 /, '').replace(/\n\nAdvertisment\n\n/g, '\n\n');
}

// Opens the app in a fresh context; resolves once window.claimscope.ready resolved.
export async function openApp(t, { browser, server, viewport = { width: 1280, height: 800 }, context: ctxOpts = {}, path: urlPath = '/', init, guide = false } = {}) {
  const ownBrowser = !browser;
  browser = browser || await launch();
  const ownServer = !server;
  server = server || await startServer(SITE);
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true, ...ctxOpts });
  if (!guide) await context.addInitScript(GUIDE_SEEN);
  if (init) await context.addInitScript(init);   // runs before the page's own scripts
  const page = await context.newPage();
  const problems = { console: [], page: [], offsite: [] };
  const requests = [];   // every URL the page asked for, in order (the network log)
  page.on('request', (r) => requests.push(r.url()));
  // Errors, and the app's own warnings ("Claimscope: ...", e.g. a warm-up file that did not read back).
  page.on('console', (m) => { if (m.type() === 'error' || (m.type() === 'warning' && m.text().startsWith('Claimscope:'))) problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.page.push(String(e)));
  page.on('request', (r) => { const u = new URL(r.url()); if (!['127.0.0.1', ''].includes(u.hostname) && !u.protocol.startsWith('blob') && !u.protocol.startsWith('data')) problems.offsite.push(r.url()); });
  const base = `http://127.0.0.1:${server.address().port}`;
  const t0 = Date.now();
  await page.goto(base + urlPath);
  await page.evaluate(() => window.claimscope.ready);
  const readyMs = Date.now() - t0;
  const close = async () => { await context.close(); if (ownBrowser) await browser.close(); if (ownServer) server.close(); };
  if (t && t.after) t.after(close);
  return { browser, server, context, page, problems, requests, base, readyMs, close };
}

// Waits until the app has rendered and gone idle (frame counter stable).
export async function settle(page, ms = 250) {
  let last = await page.evaluate(() => window.claimscope.frameCount());
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(ms);
    const now = await page.evaluate(() => window.claimscope.frameCount());
    if (now === last) return now;
    last = now;
  }
  return last;
}

// Centre of the on-screen rectangle of code points [start, end) (first line).
// A document opened a moment ago has rectangles once a frame has laid it out: asked again for up to 2 s.
export async function spanPoint(page, start, end, where = 'center') {
  const read = (p) => p.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [start, end]);
  const rects = await until(page, read, (r) => r.length > 0, `span ${start}-${end} on screen`, 2000).catch(() => []);
  if (!rects.length) throw new Error(`span ${start}-${end} is not on screen`);
  const r = where === 'last' ? rects[rects.length - 1] : rects[0];
  if (where === 'start') return { x: r.x + 2, y: r.y + r.height / 2 };
  if (where === 'end') return { x: r.x + r.width - 2, y: r.y + r.height / 2 };
  if (where === 'last') return { x: r.x + r.width - 2, y: r.y + r.height / 2 };
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

// Code-point offset of `needle` in the article (nth occurrence, 0-based).
export async function findCp(page, needle, nth = 0) {
  return page.evaluate(([n, k]) => {
    const text = window.claimscope.getText();
    let i = -1;
    for (let j = 0; j <= k; j++) { i = text.indexOf(n, i + 1); if (i < 0) return -1; }
    return window.claimscope.utf16ToCp(text, i);
  }, [needle, nth]);
}

// Selects `text` from the keyboard alone: Ctrl+F, the text, Enter (Find selects the match), Escape (the
// keyboard back with the article, the selection kept).
export async function selectWithFind(page, text) {
  await page.keyboard.press('Control+f');
  await until(page, state, (s) => s.textInputActive, 'find field has the keyboard');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await until(page, state, (s) => s.selection.text === text, `"${text}" selected by Find`);
  await page.keyboard.press('Escape');
  await until(page, state, (s) => !s.textInputActive, 'the keyboard back with the article');
}

// Drags the mouse from the start of one span to the end of another (real mouse events).
export async function dragSelect(page, start, end, { alt = false } = {}) {
  const a = await spanPoint(page, start, start + 1, 'start');
  const b = await spanPoint(page, end - 1, end, 'end');
  if (alt) await page.keyboard.down('Alt');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
  if (alt) await page.keyboard.up('Alt');
  await page.waitForTimeout(80);
}

export const state = (page) => page.evaluate(() => window.claimscope.getState());
export const annotations = (page) => page.evaluate(() => window.claimscope.getAnnotations());

// Polls the app until `check(value)` holds for `read(page)` (the machine may be slow: frames
// are rendered at their own pace). Returns the last value; throws with `what` on timeout.
export async function until(page, read, check, what, timeoutMs = 5000) {
  const t0 = Date.now();
  let v;
  for (;;) {
    v = await read(page);
    if (check(v)) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(v).slice(0, 400)}`);
    await page.waitForTimeout(50);
  }
}

// Where a named widget is (window.claimscope.uiRect), once it has stopped moving: a window that
// is just appearing is measured in one frame and placed in the next.
export async function stableRect(page, name) {
  let last = null;
  return until(page, async (p) => {
    const r = await p.evaluate((n) => window.claimscope.uiRect(n), name);
    const same = r && last && r.x === last.x && r.y === last.y && r.width === last.width;
    last = r;
    if (!same) await p.waitForTimeout(80);
    return same ? r : null;
  }, (v) => v, `widget ${name} on screen and still`);
}

// Moves the real mouse onto a named widget, then clicks it.
export async function clickUi(page, name, button = 'left') {
  const r = await stableRect(page, name);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await page.waitForTimeout(60);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2, { button });
}

// File › New article with `text` pasted into its text field by Ctrl+V from the system clipboard (the
// context needs clipboard-read/-write). The dialog is left open, for the caller to check and open.
export async function pasteIntoNewArticle(page, text) {
  await page.evaluate((s) => navigator.clipboard.writeText(s), text);
  await clickUi(page, 'menu/file');
  await clickUi(page, 'menu/file/new');
  await clickUi(page, 'dialog/new/text');
  await until(page, state, (s) => s.textInputActive, 'text field active');
  await page.keyboard.press('Control+v');
}

// Opens files through the browser's real file chooser (Ctrl+O). Playwright arms its chooser
// interception asynchronously, so it gets a moment before the key press.
export async function chooseFiles(page, files) {
  const pending = page.waitForEvent('filechooser');
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+o');
  const chooser = await pending;
  await chooser.setFiles(files);
  return chooser;
}

// Drag-selects the first occurrence of `needle` with the real mouse; waits for the selection.
export async function selectText(page, needle, nth = 0) {
  const start = await findCp(page, needle, nth);
  if (start < 0) throw new Error(`"${needle}" is not in the article`);
  const end = start + [...needle].length;
  await dragSelect(page, start, end);
  await until(page, state, (s) => s.selection.text === needle, `selection "${needle}"`);
  return { start, end };
}

// Selects `needle` and presses a type's key; waits until the annotation exists.
export async function tagText(page, needle, key) {
  const span = await selectText(page, needle);
  const before = (await state(page)).annotationCount;
  await page.keyboard.press(key);
  await until(page, state, (s) => s.annotationCount === before + 1, `"${needle}" tagged with ${key}`);
  return span;
}

// Setup for the text-field tests: the sample file whose codebook gives claims two free-text
// attributes, loaded through the API; returns the sample's first claim.
export async function openWithTwoTextAttributes(page, sample) {
  const file = structuredClone(sample);
  const claim = file.codebook.types.find((ty) => ty.id === 'claim');
  claim.attributes.push({ id: 'quoted_as', label: 'Quoted as', kind: 'text', default: '' },
    { id: 'checked_by', label: 'Checked by', kind: 'text', default: '' });
  const r = await page.evaluate((f) => window.claimscope.setAnnotations(f), file);
  if (r.errors.length) throw new Error('sample with two text attributes: ' + JSON.stringify(r.errors));
  await settle(page);
  return file.annotations.find((a) => a.type === 'claim');
}

// Opens a one-file build from file:// in a new browser whose every request off the local file is
// refused and recorded: what the page would ask of a network it does not have.
export async function openOffline(t, file, { acceptDownloads = false, timeout = 30000 } = {}) {
  const browser = await launch();
  t.after(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads });
  await context.addInitScript(GUIDE_SEEN);
  const requests = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    requests.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('file://' + file, { timeout });
  return { page, context, requests, errors };
}

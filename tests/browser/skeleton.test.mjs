// The walking skeleton in a real browser: the app loads, shows the sample article, makes no
// request off 127.0.0.1, goes idle, and draws real pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, settle, stableRect, state, until, sampleText, ROOT, ARTIFACTS } from './harness.mjs';

test('opens the sample article, clean console, no off-site requests, idle at 0 fps, real pixels', async (t) => {
  const app = await openApp(t);
  const { page, problems } = app;
  assert.ok(app.readyMs < 15000, `ready in ${app.readyMs} ms`);
  const text = await page.evaluate(() => window.claimscope.getText());
  assert.equal(text, sampleText(), 'the article text equals assets/sample-article.txt, cleaned');

  // Idle: after settling, the frame counter must not advance for a whole second.
  const f0 = await settle(page);
  await page.waitForTimeout(1000);
  const f1 = await page.evaluate(() => window.claimscope.frameCount());
  assert.equal(f1, f0, `frames rendered while idle: ${f1 - f0}`);

  // Input wakes it up again.
  await page.mouse.move(600, 400);
  await page.mouse.move(620, 410);
  await page.waitForTimeout(200);
  assert.ok(await page.evaluate(() => window.claimscope.frameCount()) > f1, 'mouse movement renders frames');

  // A frame identical to the one on screen is not drawn again (moving over the empty margin changes
  // nothing); a wheel step that scrolls draws one.
  const drawn = async () => (await page.evaluate(() => window.claimscope.getState())).framesDrawn;
  await settle(page);
  const d0 = await drawn(), f2 = await page.evaluate(() => window.claimscope.frameCount());
  for (let i = 0; i < 4; i++) { await page.mouse.move(1120 + i * 5, 700); await page.waitForTimeout(60); }
  await settle(page);
  assert.ok(await page.evaluate(() => window.claimscope.frameCount()) > f2, 'moves render frames');
  assert.equal(await drawn(), d0, 'but none of them is drawn: nothing changed');
  const before = await page.screenshot();
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, 300);
  await settle(page);
  assert.ok(await drawn() > d0, 'scrolling draws');
  assert.notDeepEqual(await page.screenshot(), before, 'and the canvas shows the new position');

  const shot = await page.screenshot({ path: path.join(ARTIFACTS, 'skeleton.png') });
  // Not blank: the article's region has pixels that differ from its background.
  const stats = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
    const g = c.getContext('2d'); g.drawImage(img, 0, 0);
    const d = g.getImageData(img.width * 0.3, img.height * 0.2, img.width * 0.4, img.height * 0.6).data;
    const colors = new Map();
    for (let i = 0; i < d.length; i += 4) { const k = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2]; colors.set(k, (colors.get(k) || 0) + 1); }
    const bg = [...colors.values()].sort((a, b) => b - a)[0];
    return { distinct: colors.size, nonBackground: d.length / 4 - bg };
  }, shot.toString('base64'));
  assert.ok(stats.distinct > 20 && stats.nonBackground > 2000, `article pixels: ${JSON.stringify(stats)}`);

  assert.deepEqual(problems.page, [], 'no page errors');
  assert.deepEqual(problems.console, [], 'no console errors');
  assert.deepEqual(problems.offsite, [], 'no request leaves 127.0.0.1');
});

// The renderer clears big opaque rectangles instead of drawing them (src/core/render/draw_plan.h): the
// window background and the article page must still land in their colours where they belong, at a
// ratio where CSS pixels fall between device pixels.
test('the page and the window background are in their colours and places at devicePixelRatio 1.25', async (t) => {
  const { page } = await openApp(t, { context: { deviceScaleFactor: 1.25 }, viewport: { width: 1100, height: 700 } });
  await settle(page);
  const r = await stableRect(page, 'article');
  const shot = await page.screenshot();
  const at = (x, y) => [x * 1.25, y * 1.25].map(Math.round);
  const points = {
    pageTopLeft: at(r.x + 6, r.y + 6), pageBottomLeft: at(r.x + 6, r.y + r.height - 6), pageRightMargin: at(r.x + r.width - 30, r.y + r.height / 2),
    windowLeftOfPage: at(r.x - 30, r.y + r.height - 20), windowBelowPage: at(r.x + r.width / 2, r.y + r.height + 4),
  };
  const px = await page.evaluate(async ([b64, pts]) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
    const g = c.getContext('2d'); g.drawImage(img, 0, 0);
    return Object.fromEntries(Object.entries(pts).map(([k, [x, y]]) => [k, [...g.getImageData(x, y, 1, 1).data.slice(0, 3)]]));
  }, [shot.toString('base64'), points]);
  const PAGE = [255, 255, 252], WINDOW = [246, 246, 244];   // src/ui/theme.cpp, light theme
  assert.deepEqual(px, { pageTopLeft: PAGE, pageBottomLeft: PAGE, pageRightMargin: PAGE, windowLeftOfPage: WINDOW, windowBelowPage: WINDOW });
});

// A frame ImGui would lay out differently next time (a hover card is measured hidden for a frame
// before it shows) is run again at once rather than drawn: each wheel step over annotated text
// costs the browser one drawn frame, and the hover card is never shown a frame late.
test('each wheel step over annotated text draws one frame, hover card included', async (t) => {
  const { page } = await openApp(t);
  await settle(page);
  const golden = fs.readFileSync(path.join(ROOT, 'tests/data/sample.claimscope.json'), 'utf8');
  await page.evaluate((s) => window.claimscope.setAnnotations(s), golden);
  // "Annotations loaded" shows for 4 s; the frame that takes it away is not a wheel step's.
  await until(page, state, (s) => s.status === '' && s.saved === 'saved in browser', 'load settled', 10000);
  const first = (await page.evaluate(() => window.claimscope.getAnnotations())).annotations[0];
  const [r] = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [first.start, first.end]);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await settle(page, 600);
  const drawn = async () => (await state(page)).framesDrawn;
  const steps = [], scrolls = [(await state(page)).scrollY];
  for (let i = 0; i < 5; i++) {
    const d0 = await drawn();
    await page.mouse.wheel(0, 40);
    await settle(page);
    steps.push((await drawn()) - d0);
    scrolls.push((await state(page)).scrollY);
  }
  assert.deepEqual(steps, [1, 1, 1, 1, 1], `frames drawn per step; scroll positions ${scrolls}`);
  assert.ok(scrolls.every((y, i) => i === 0 || y > scrolls[i - 1]), `every step scrolled: ${scrolls}`);
});

test('HiDPI: the canvas backing store follows devicePixelRatio', async (t) => {
  const { page } = await openApp(t, { context: { deviceScaleFactor: 2 }, viewport: { width: 1024, height: 640 } });
  await settle(page);
  const size = await page.evaluate(() => { const c = document.getElementById('canvas'); return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, dpr: devicePixelRatio }; });
  assert.equal(size.dpr, 2);
  assert.equal(size.w, size.cw * 2);
  assert.equal(size.h, size.ch * 2);
  await page.screenshot({ path: path.join(ARTIFACTS, 'hidpi-1024x640.png') });
});

// Opens the page in a fresh browser where `init` runs before any page script and `route` answers
// the requests for app.wasm.
async function openVariant(t, { init, route } = {}) {
  const { launch, SITE } = await import('./harness.mjs');
  const { startServer } = await import('../../scripts/serve.mjs');
  const browser = await launch();
  const server = await startServer(SITE);
  t.after(async () => { await browser.close(); server.close(); });
  // No service worker: its own fetch of app.wasm (the offline copy, web/sw.js) would go through `route` too,
  // and could still be in flight when the test ends.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (init) await context.addInitScript(init);
  if (route) await context.route('**/app.wasm', route);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  return page;
}

// The same for a browser that `init` makes lack a feature: the page once its error message is shown.
async function openLacking(t, init, route) {
  const page = await openVariant(t, { init, route });
  await page.waitForFunction(() => document.getElementById('cs-error').textContent !== '', null, { timeout: 10000 });
  return page;
}

test('a page whose app.wasm is missing says so', async (t) => {
  const page = await openLacking(t, null, (route) => route.fulfill({ status: 404, body: 'not found' }));
  assert.equal(await page.locator('#cs-error').textContent(), 'Claimscope could not start: could not load app.wasm (HTTP 404)');
  await assert.rejects(page.evaluate(() => window.claimscope.ready), /HTTP 404/);
});

test('the app starts when a server sends app.wasm with the wrong content type', async (t) => {
  // Streaming compilation needs application/wasm; the page gives the bytes that type itself.
  const page = await openVariant(t, { route: async (route) => {
    const res = await route.fetch();
    await route.fulfill({ status: 200, body: await res.body(), headers: { 'content-type': 'application/octet-stream' } });
  } });
  await page.evaluate(() => window.claimscope.ready);
  assert.equal(await page.evaluate(() => window.claimscope.getText()), sampleText());
  assert.equal(await page.locator('#cs-error').isVisible(), false);
});

test('a browser without WebGL 2 gets a clear message instead of a blank page', async (t) => {
  const page = await openLacking(t, () => {
    const real = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === 'webgl2' ? null : real.call(this, kind, ...rest); };
  });
  const message = await page.locator('#cs-error').textContent();
  assert.match(message, /WebGL 2 is not available/);
  assert.equal(await page.locator('#cs-error').isVisible(), true);
  await assert.rejects(page.evaluate(() => window.claimscope.ready), /WebGL 2/);
});

test('a browser whose WebAssembly lacks exception handling gets a clear message', async (t) => {
  // As an old browser would: the `try` instruction does not validate.
  const page = await openLacking(t, () => {
    const real = WebAssembly.validate;
    WebAssembly.validate = (bytes) => (bytes.length === 27 && bytes[23] === 6 ? false : real(bytes));
  });
  assert.match(await page.locator('#cs-error').textContent(), /no exception handling\)\. Use Chrome or Edge 95\+/);
  await assert.rejects(page.evaluate(() => window.claimscope.ready), /too old/);
});

test('the first frame has the glyphs it shows; every glyph follows, also for a document opened at once', async (t) => {
  // Opens an article in Cyrillic in the same task that sees `ready` (before the full atlas is asked for).
  const init = () => {
    Object.defineProperty(window, 'claimscope', { configurable: true, set(v) {
      Object.defineProperty(window, 'claimscope', { value: v, writable: true, configurable: true });
      v.ready.then(() => {
        window.__firstFonts = v.getState().fonts;
        if (location.hash === '#cyrillic') v.loadArticle('Беженцы из Афганистана\n\nЁжик ёлка.', { title: 'Пакистан' });
      });
    } });
  };
  const { page, browser, server } = await openApp(t, { init });
  const first = await page.evaluate(() => window.__firstFonts);
  assert.equal(first.full, false);
  // At devicePixelRatio 1 the sample's first atlas comes baked from the build (src/ui/font_atlas.h).
  assert.equal(first.baked, true);
  // The sample is English: Latin-1, punctuation, symbols and its own characters, not all 1,500+.
  assert.ok(first.articleGlyphs > 200 && first.articleGlyphs < 700, JSON.stringify(first));
  await until(page, state, (st) => st.fonts.full, 'the full font atlas');
  await settle(page);
  const full = (await state(page)).fonts;
  // 1,578 since IPA letters (U+0250-02AF) left the embedded face to keep the page under 1 MB.
  assert.ok(full.articleGlyphs > 1500, JSON.stringify(full));
  assert.equal(full.baked, false);

  const { page: cyr } = await openApp(t, { browser, server, path: '/#cyrillic', init });
  await until(cyr, (p) => p.evaluate(() => window.claimscope.getText()), (text) => text.startsWith('Беженцы'), 'the Cyrillic article');
  await settle(cyr);
  // The new article is drawn with every glyph (the first atlas lacked Cyrillic).
  const after = (await state(cyr)).fonts;
  assert.equal(after.full, true);
  assert.equal(after.baked, false);

  // Another pixel ratio, or a text size of one's own, has no baked atlas: its glyphs are rasterised.
  const { page: hidpi } = await openApp(t, { browser, server, init, context: { deviceScaleFactor: 1.5 } });
  const hidpiFirst = await hidpi.evaluate(() => window.__firstFonts);
  assert.deepEqual([hidpiFirst.full, hidpiFirst.baked], [false, false]);
  assert.equal(hidpiFirst.articleGlyphs, first.articleGlyphs);
  assert.ok(after.articleGlyphs > 1500, JSON.stringify(after));
});

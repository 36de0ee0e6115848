// Fonts for every script, fetched on demand (docs/FONTS.md): a Latin article fetches none and the page
// stays light; claimscope.loadFonts brings faces into the app with a progress line; a failed font says
// so without stopping the app; a second visit works offline, fonts included; the world one-file build
// carries every face.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { openOffline, openApp, settle, state, until, sampleText, SITE, ROOT } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const FETCHED = ['Arabic', 'Hebrew', 'Devanagari', 'Bengali', 'Thai', 'Cjk', 'Emoji'];
const isFontUrl = (u) => /^https?:/.test(u) && new URL(u).pathname.startsWith('/fonts/');

test('a Latin article requests no font file, and the page it loads is at most 1.0 MB gzip', async (t) => {
  const { page, requests, problems, base } = await openApp(t);
  await settle(page);
  await page.evaluate(() => window.claimscope.loadArticle('A plain English article.\n\nNothing but Latin letters, digits 1234 and “quotes”.', { title: 'Latin' }));
  await settle(page);
  await page.waitForTimeout(500);
  assert.deepEqual(requests.filter(isFontUrl), [], 'no fonts/* request');
  const faces = (await state(page)).fonts.faces;
  assert.equal(faces.Latin, 'loaded');
  for (const f of FETCHED) assert.equal(faces[f], 'absent', f);

  // What the page downloaded, as the server sends it (gzip -9, scripts/serve.mjs).
  const files = [...new Set(requests.filter((u) => u.startsWith(base + '/')).map((u) => new URL(u).pathname))].map((p) => (p.endsWith('/') ? p + 'index.html' : p));
  let gzip = 0;
  const sizes = {};
  for (const p of files) {
    const data = fs.readFileSync(path.join(SITE, decodeURIComponent(p)));
    sizes[p] = zlib.gzipSync(data, { level: 9 }).length;
    gzip += sizes[p];
  }
  t.diagnostic(`Latin page: ${(gzip / 1048576).toFixed(3)} MB gzip ${JSON.stringify(sizes)}`);
  assert.ok(files.includes('/app.wasm') && files.includes('/app.js'), JSON.stringify(files));
  assert.ok(gzip <= 1.0 * 1048576, `Latin page is ${gzip} bytes gzip`);
  assert.deepEqual(problems.offsite, []);
  assert.deepEqual(problems.console, []);
});

test('loadFonts: Arabic and CJK show the status line with progress, then both are loaded in the app', async (t) => {
  // The service worker is blocked here so that the route below sees the page's requests.
  const { page, context, requests, problems } = await openApp(t, { context: { serviceWorkers: 'block' } });
  await settle(page);
  // Slowed down a little, so that the status line is on screen for a while.
  await context.route('**/fonts/**', async (route) => { await new Promise((r) => setTimeout(r, 400)); await route.continue(); });
  await page.evaluate(() => {
    window.__statusTexts = [];
    const box = document.getElementById('cs-fonts');
    new MutationObserver(() => { if (!box.hidden) window.__statusTexts.push(box.querySelector("span").textContent); })
      .observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const result = await page.evaluate(() => window.claimscope.loadFonts(['Arabic', 'Cjk']));
  assert.deepEqual(result, { Arabic: 'loaded', Cjk: 'loaded' });
  const box = await page.evaluate(() => {
    const b = document.getElementById('cs-fonts');
    return { role: b.getAttribute('role'), live: b.getAttribute('aria-live'), hidden: b.hidden, texts: window.__statusTexts };
  });
  assert.equal(box.role, 'status');
  assert.equal(box.live, 'polite');
  assert.equal(box.hidden, true, 'hidden when done');
  t.diagnostic(`status line: ${JSON.stringify([...new Set(box.texts)].slice(0, 4))} ... ${box.texts.length} updates`);
  assert.ok(box.texts.some((s) => s.startsWith('Loading fonts for Arabic and Chinese, Japanese and Korean…')), JSON.stringify(box.texts.slice(0, 3)));
  assert.ok(box.texts.some((s) => /… \d{1,2}%$/.test(s)), 'a percentage from Content-Length');

  const st = await state(page);
  assert.equal(st.fonts.faces.Arabic, 'loaded');
  assert.equal(st.fonts.faces.Cjk, 'loaded');
  assert.equal(st.fonts.faces.Hebrew, 'absent');
  assert.equal(st.fonts.generation, 2);
  const fontRequests = requests.filter(isFontUrl).map((u) => new URL(u).pathname).sort();
  assert.deepEqual(fontRequests, ['/fonts/NotoSansArabic-Regular.ttf', '/fonts/NotoSansCJK-Regular.otf']);
  // Asking again fetches nothing.
  assert.deepEqual(await page.evaluate(() => window.claimscope.loadFonts(['Arabic'])), { Arabic: 'loaded' });
  assert.equal(requests.filter(isFontUrl).length, 2);
  await assert.rejects(page.evaluate(() => window.claimscope.loadFonts(['Klingon'])), /no such font face: Klingon/);
  assert.deepEqual(problems.offsite, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.page, []);
});

test('a font that cannot be loaded says so in the status line and the app goes on', async (t) => {
  const { page, context, problems } = await openApp(t, { context: { serviceWorkers: 'block' } });
  await settle(page);
  await context.route('**/fonts/NotoSansHebrew-Regular.ttf', (route) => route.fulfill({ status: 404, body: 'not found' }));
  assert.deepEqual(await page.evaluate(() => window.claimscope.loadFonts(['Hebrew'])), { Hebrew: 'failed' });
  const box = page.locator('#cs-fonts');
  assert.equal(await box.isVisible(), true);
  assert.equal(await box.locator('span').textContent(), 'Could not load the Hebrew font (HTTP 404): text in that script is drawn as boxes.');
  assert.equal((await state(page)).fonts.faces.Hebrew, 'failed');
  // Not in the way: the app still takes keys and clicks (Ctrl+F opens find), and the line can be dismissed.
  await page.mouse.click(640, 400);
  await page.keyboard.press('Control+f');
  await until(page, state, (s) => s.find.open, 'find open');
  await box.locator('button').click();
  assert.equal(await box.isVisible(), false);
  // Once failed, asking again does not refetch every frame: it stays failed.
  assert.deepEqual(await page.evaluate(() => window.claimscope.loadFonts(['Hebrew'])), { Hebrew: 'failed' });
  assert.deepEqual(problems.page, []);
});

test('a second visit with the network off still opens the app and the Arabic font', async (t) => {
  const server = await startServer(SITE);
  const { page, context, problems } = await openApp(t, { server });
  t.after(() => server.close());
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.claimscope.loadFonts(['Arabic'])), { Arabic: 'loaded' });
  // The service worker has cached the shell and the font the page fetched before it took over.
  const cached = await until(page, (p) => p.evaluate(async () => {
    const out = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const r of await cache.keys()) out.push(key + ' ' + new URL(r.url).pathname);
    }
    return out.sort();
  }), (list) => ['/app.wasm', '/app.js', '/claimscope.js', '/index.html', '/fonts/NotoSansArabic-Regular.ttf']
    .every((p) => list.some((l) => l.endsWith(' ' + p))), 'the service worker cache', 20000);
  t.diagnostic(`cached: ${cached.join(', ')}`);
  assert.ok(cached.every((l) => /^claimscope-[0-9a-f]{16} /.test(l)), 'one cache, named after the build');

  // Offline: the browser's network is off and the server is gone.
  await context.setOffline(true);
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await page.reload();
  await page.evaluate(() => window.claimscope.ready);
  await settle(page);
  assert.equal((await state(page)).fonts.faces.Arabic, 'absent', 'a new page');
  assert.deepEqual(await page.evaluate(() => window.claimscope.loadFonts(['Arabic'])), { Arabic: 'loaded' });
  assert.equal(await page.evaluate(() => window.claimscope.getText()), sampleText());
  assert.deepEqual(problems.offsite, []);
  assert.deepEqual(problems.page, []);
});

test('the world one-file build opens from file:// with every face and no network', async (t) => {
  const world = path.join(SITE, 'claimscope-world.html');
  assert.ok(fs.existsSync(world), 'build/web/claimscope-world.html exists');
  t.diagnostic(`claimscope-world.html: ${(fs.statSync(world).size / 1048576).toFixed(2)} MB`);
  const { page, context, requests, errors } = await openOffline(t, world, { timeout: 60000 });
  await page.evaluate(() => window.claimscope.ready);
  const result = await page.evaluate((faces) => window.claimscope.loadFonts(faces), FETCHED);
  assert.deepEqual(result, Object.fromEntries(FETCHED.map((f) => [f, 'loaded'])));
  const faces = (await state(page)).fonts.faces;
  assert.deepEqual(faces, Object.fromEntries(['Latin', ...FETCHED].map((f) => [f, 'loaded'])));
  assert.equal(await page.locator('#cs-fonts').isVisible(), false);

  // The plain one-file build carries Latin only: another script says where to find it.
  const plain = await context.newPage();
  await plain.goto('file://' + path.join(SITE, 'claimscope.html'));
  await plain.evaluate(() => window.claimscope.ready);
  assert.deepEqual(await plain.evaluate(() => window.claimscope.loadFonts(['Thai'])), { Thai: 'failed' });
  assert.match(await plain.locator('#cs-fonts span').textContent(), /Could not load the Thai font \(not in this one-file page: open claimscope-world\.html/);
  assert.deepEqual(requests, [], 'no network requests');
  assert.deepEqual(errors, []);
});

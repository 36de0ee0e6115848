// Files in and out of the page in real Chromium: the real file chooser, a drop on the canvas, a
// real clipboard paste, Save as a download, reopening in a fresh browser, reload persistence,
// bad files that change nothing, and the one-file build from file:// with the network blocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openOffline, openApp, settle, findCp, dragSelect, state, annotations, until, ROOT, SITE, ARTIFACTS , clickUi, chooseFiles, pasteIntoNewArticle, tagText as tag } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

let server;
before(async () => { server = await startServer(SITE); });
after(() => server.close());

const DATA = path.join(ROOT, 'tests/data');
const NEWS = path.join(DATA, 'news-html');

// Opens files through the browser's real file chooser (Ctrl+O).
const text = (page) => page.evaluate(() => window.claimscope.getText());
const dismiss = async (page) => { await page.keyboard.press('Enter'); await until(page, state, (s) => s.messages.length === 0, 'dialog closed'); };

test('open .txt, .md and a real news page with the file chooser; drop a file; paste an article', async (t) => {
  const { page, context, problems, base } = await openApp(t, { server });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await settle(page);

  await chooseFiles(page, [path.join(DATA, 'import/article.txt')]);
  const want = fs.readFileSync(path.join(DATA, 'import/article.txt.expected.txt'), 'utf8');
  await until(page, text, (v) => v === want.replace(/\n$/, '') || v === want, '.txt opened');

  await chooseFiles(page, [path.join(DATA, 'import/article.md')]);
  const md = await until(page, text, (v) => !v.includes('**') && v !== want, '.md opened');
  assert.ok(!/[#*_`]{2,}/.test(md), 'markdown markup removed');

  await chooseFiles(page, [path.join(NEWS, 'bbc-1/source.html')]);
  const st = await until(page, (p) => p.evaluate(() => document.title), (v) => v.startsWith("Obama admits US gun laws"), 'news page title');
  const news = await text(page);
  assert.ok(news.includes('gun safety'), 'article body extracted');
  assert.ok(!/<script|function\s*\(|Advertisement/.test(news), 'no scripts or ads in the text');

  // Drop a .txt on the canvas: a real drop event carrying a File.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped article.\n\nSecond paragraph with “curly quotes” — and a dash.'], 'dropped.txt', { type: 'text/plain' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await until(page, text, (v) => v.startsWith('Dropped article.'), 'dropped file opened');

  // Paste: File › New article, click the text field, Ctrl+V from the system clipboard.
  const pasted = 'Заявление министра — «мы не уедем». Ministre: “déjà vu”. Şehir 450.000.';
  await pasteIntoNewArticle(page, pasted);
  await page.waitForTimeout(200);
  await clickUi(page, 'dialog/new/open');
  await until(page, text, (v) => v === pasted, 'pasted article opened');
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

test('save downloads the file; a fresh browser opens it with identical annotations; reload keeps the work', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await tag(page, 'over 450,000 Afghans', 'c');
  await tag(page, 'Al Jazeera', 's');
  await page.keyboard.press('Control+s');              // first save asks for the annotator's name
  await clickUi(page, 'dialog/name/input');
  await page.keyboard.type('Zoë Çelik');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.claimscope\.json$/);
  const saved = path.join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(saved);
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  const inApp = await annotations(page);
  assert.equal(file.format, 'claimscope');
  assert.equal(file.annotator, 'Zoë Çelik');
  assert.deepEqual(file.annotations.map((a) => [a.type, a.start, a.end, a.quote.exact]),
    inApp.annotations.map((a) => [a.type, a.start, a.end, a.quote.exact]));
  assert.deepEqual(file.annotations.map((a) => a.quote.exact).sort(), ['Al Jazeera', 'over 450,000 Afghans']);

  // Reload: the same state comes back from browser storage.
  await page.reload();
  await page.evaluate(() => window.claimscope.ready);
  const after = await annotations(page);
  assert.deepEqual(after.annotations, inApp.annotations);

  // A fresh browser (no storage) opens the downloaded file through the file chooser.
  const fresh = await openApp(t, { server });
  await settle(fresh.page);
  await chooseFiles(fresh.page, [saved]);
  const reopened = await until(fresh.page, annotations, (f) => f.annotations.length === 2, 'annotations reopened');
  assert.deepEqual(reopened.annotations, file.annotations);
  assert.deepEqual(problems.page, []);
});

test('corrupt, truncated, wrong-version and tampered files show the problem and change nothing', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await tag(page, 'Abdul Qahar Balkhi', 'a');
  const before = await annotations(page);
  const sample = fs.readFileSync(path.join(DATA, 'sample.claimscope.json'), 'utf8');
  const tmp = fs.mkdtempSync(path.join(ARTIFACTS, 'bad-'));
  // Each: what the dialog says in plain words, and the exact problem kept under "Technical details" (issue 18).
  const bad = {
    'corrupt.claimscope.json': ['{"format": "claimscope", "version": "1.0", ]', /^The file is damaged or cut short: its text stops making sense at line 1\./, /line 1, column \d+: malformed JSON/],
    'truncated.claimscope.json': [sample.slice(0, Math.floor(sample.length / 2)), /^The file is damaged or cut short/, /malformed JSON/],
    'newer.claimscope.json': [fs.readFileSync(path.join(DATA, 'bad-files/newer-major.json'), 'utf8'), /^It was made by a newer version of Claimscope\. Reload this page/, /newer Claimscope \(format 2\.x\)/],
    'tampered.claimscope.json': [fs.readFileSync(path.join(DATA, 'bad-files/hash-mismatch.json'), 'utf8'), /^The article in the file was changed after it was annotated/, /article\.sha256: does not match article\.text/],
    // A photo picked by mistake is named for what it is, not reported as malformed JSON.
    'photo.claimscope.json': [Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /^This is not a file Claimscope reads: it is a PNG image\./, null],
  };
  for (const [name, [content, plain, technical]] of Object.entries(bad)) {
    fs.writeFileSync(path.join(tmp, name), content);
    await chooseFiles(page, [path.join(tmp, name)]);
    const st = await until(page, state, (s) => s.messages.length > 0, `error dialog for ${name}`);
    const m = st.messages[0];
    assert.equal(m.error, true);
    assert.match(m.title, new RegExp(name.replace('.', '\\.')));
    assert.ok(m.lines.some((l) => plain.test(l)), `${name}: ${JSON.stringify(m.lines)}`);
    assert.ok(m.lines.every((l) => !/JSON|sha256|\[\d/.test(l)), `${name}: no jargon in ${JSON.stringify(m.lines)}`);
    if (technical) {
      assert.ok(m.details.some((l) => technical.test(l)), `${name}: ${JSON.stringify(m.details)}`);
      // One click opens the details in the dialog.
      const detailText = (p) => p.evaluate(() => window.claimscope.uiRect('dialog/message/detail-text'));
      assert.equal(await detailText(page), null, 'details start closed');
      await clickUi(page, 'dialog/message/details');
      await until(page, detailText, (r) => r !== null, `${name}: details open`);
    }
    await dismiss(page);
    assert.deepEqual(await annotations(page), before, `${name} changed nothing`);
  }
  await page.screenshot({ path: path.join(ARTIFACTS, 'files-error.png') });
  assert.deepEqual(problems.page, []);
});

test('full browser storage is reported at once; the work stays open and can be saved as a file', async (t) => {
  const { page, problems } = await openApp(t, { server, init: () => {
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (String(k).startsWith('claimscope.doc.')) throw full();
      return real.call(this, k, v);
    };
    IDBObjectStore.prototype.put = function () { throw full(); };   // IndexedDB full as well
  } });
  // The first autosave (right at start) fails: the user is told at once.
  const st = await until(page, state, (s) => s.messages.length > 0, 'storage failure dialog');
  assert.equal(st.messages[0].title, 'Your work could not be saved in this browser');
  assert.match(st.messages[0].lines[0], /quota exceeded/);
  await dismiss(page);
  await tag(page, 'Al Jazeera', 's');
  assert.equal((await state(page)).saved, 'NOT saved in browser');
  assert.equal((await annotations(page)).annotations.length, 1, 'the work is still open');
  await page.keyboard.press('Control+s');
  await clickUi(page, 'dialog/name/input');
  await page.keyboard.type('Sam');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.annotations[0].quote.exact, 'Al Jazeera');
  assert.deepEqual(problems.page, []);
});

// 6 million characters: over localStorage's quota (5 MB per origin in Chromium), so the body goes
// to IndexedDB and only its summary to localStorage; a reload brings it back.
test('a document over localStorage\'s quota is kept in IndexedDB and restored after a reload', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  // Counts how often the app writes a value this big and how often one goes to IndexedDB: each
  // save is written once, even when localStorage refused it first (platform.h, bulk_storage_set).
  await page.evaluate(() => {
    const cs = window.Module.cs, take = cs.takeStoragePieces, bulkSet = cs.bulkSet;
    window.__bigWrites = 0; window.__bigPuts = 0;
    cs.takeStoragePieces = () => { const v = take(); if (v.length > 6e6) window.__bigWrites++; return v; };
    cs.bulkSet = (id, key, value) => { if (value.length > 6e6) window.__bigPuts++; return bulkSet(id, key, value); };
  });
  const length = await page.evaluate(() => {
    const para = 'Refugees crossed the border at Torkham on foot, officials said. '.repeat(40) + '\n\n';
    const text = para.repeat(Math.ceil(6e6 / para.length));
    window.claimscope.loadArticle(text, { title: 'A very long article' });
    return text.length;
  });
  await tag(page, 'Torkham', 'c');
  await until(page, state, (s) => s.saved === 'saved in browser' && s.messages.length === 0, 'saved in IndexedDB', 30000);
  const stored = await page.evaluate(async () => {
    const meta = Object.keys(localStorage).filter((k) => k.startsWith('claimscope.meta.'))
      .map((k) => ({ key: k.slice('claimscope.meta.'.length), ...JSON.parse(localStorage.getItem(k)) }));
    const big = meta.find((m) => m.title === 'A very long article');
    const db = await new Promise((res, rej) => { const r = indexedDB.open('claimscope'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const body = await new Promise((res) => { const r = db.transaction('docs').objectStore('docs').get('claimscope.doc.' + big.key); r.onsuccess = () => res(r.result); });
    return { big, inLocalStorage: localStorage.getItem('claimscope.doc.' + big.key) !== null, current: localStorage.getItem('claimscope.current'),
      bodyLength: body.length, bodyAnnotations: JSON.parse(body).annotations.map((a) => a.quote.exact) };
  });
  assert.equal(stored.big.in, 'indexeddb');
  assert.equal(stored.big.annotations, 1);
  assert.equal(stored.inLocalStorage, false, 'the body is not in localStorage');
  assert.equal(stored.current, stored.big.key);
  assert.ok(stored.bodyLength > 6e6, `IndexedDB holds the whole file (${stored.bodyLength} characters)`);
  assert.deepEqual(stored.bodyAnnotations, ['Torkham']);
  const writes = await page.evaluate(() => [window.__bigWrites, window.__bigPuts]);
  assert.ok(writes[1] >= 1, `saved to IndexedDB ${writes[1]} times`);
  assert.equal(writes[0], writes[1], `written ${writes[0]} times for ${writes[1]} saves`);

  await page.reload();
  await page.evaluate(() => window.claimscope.ready);
  await until(page, state, (s) => s.annotationCount === 1, 'restored from IndexedDB', 30000);
  assert.equal(await page.evaluate(() => window.claimscope.getText().length), length);
  assert.deepEqual((await annotations(page)).annotations.map((a) => [a.type, a.quote.exact]), [['claim', 'Torkham']]);
  const st = await state(page);
  assert.deepEqual(st.messages, []);
  assert.equal(st.saved, 'saved in browser');

  // Another article, then back to the long one through File › Documents (read from IndexedDB).
  await page.evaluate(() => window.claimscope.loadArticle('A short article about the border.', { title: 'A short article' }));
  await until(page, state, (s) => s.annotationCount === 0 && s.saved === 'saved in browser', 'short article stored');
  await clickUi(page, 'menu/file');
  await clickUi(page, 'menu/file/documents');
  const row = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('claimscope.meta.'))
    .map((k) => JSON.parse(localStorage.getItem(k))).sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0))
    .findIndex((m) => m.title === 'A very long article'));
  const r = await until(page, (p) => p.evaluate((n) => window.claimscope.uiRect(n), `documents/row/${row}`), (v) => v, 'documents row');
  await page.mouse.move(r.x + 20, r.y + r.height / 2);
  await page.waitForTimeout(60);
  await page.mouse.click(r.x + 20, r.y + r.height / 2);
  await until(page, state, (s) => s.annotationCount === 1, 'long article opened from IndexedDB', 30000);
  assert.equal(await page.evaluate(() => window.claimscope.getText().length), length);
  assert.deepEqual((await state(page)).messages, []);
  assert.deepEqual(problems.page, []);
});

// While localStorage is full the document lives in IndexedDB; once a save fits again it moves back.
test('a document kept in IndexedDB moves back to localStorage when there is room again', async (t) => {
  const { page, problems } = await openApp(t, { server, init: () => {
    window.__full = true;
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__full && String(k).startsWith('claimscope.doc.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  } });
  await settle(page);
  const where = () => page.evaluate(async () => {
    const key = localStorage.getItem('claimscope.current');
    const meta = JSON.parse(localStorage.getItem('claimscope.meta.' + key));
    const db = await new Promise((res, rej) => { const r = indexedDB.open('claimscope'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const body = await new Promise((res) => { const r = db.transaction('docs').objectStore('docs').get('claimscope.doc.' + key); r.onsuccess = () => res(r.result); });
    db.close();
    return { in: meta.in || 'localStorage', annotations: meta.annotations, local: localStorage.getItem('claimscope.doc.' + key) !== null, idb: body !== undefined };
  });
  await tag(page, 'Al Jazeera', 's');
  await until(page, state, (s) => s.saved === 'saved in browser' && s.annotationCount === 1, 'saved');
  assert.deepEqual(await until(page, where, (w) => w.annotations === 1, 'summary written'), { in: 'indexeddb', annotations: 1, local: false, idb: true });

  await page.evaluate(() => { window.__full = false; });
  await tag(page, 'over 450,000 Afghans', 'c');
  await until(page, state, (s) => s.saved === 'saved in browser' && s.annotationCount === 2, 'saved again');
  assert.deepEqual(await until(page, where, (w) => !w.idb, 'IndexedDB copy removed'), { in: 'localStorage', annotations: 2, local: true, idb: false });
  assert.deepEqual((await state(page)).messages, []);
  assert.deepEqual(problems.page, []);
});

test('the one-file build works from file:// with the network blocked: annotate and save', async (t) => {
  const single = path.join(SITE, 'claimscope.html');
  assert.ok(fs.existsSync(single), 'build/web/claimscope.html exists');
  const size = fs.statSync(single).size;
  t.diagnostic(`claimscope.html: ${(size / 1048576).toFixed(2)} MB`);
  const { page, requests, errors } = await openOffline(t, single, { acceptDownloads: true });
  await page.evaluate(() => window.claimscope.ready);
  await settle(page);
  await tag(page, 'over 450,000 Afghans', 'c');
  await page.keyboard.press('Control+s');
  await clickUi(page, 'dialog/name/input');
  await page.keyboard.type('Offline Student');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.annotations.length, 1);
  assert.equal(saved.annotations[0].quote.exact, 'over 450,000 Afghans');
  assert.deepEqual(requests, [], 'no network requests');
  assert.deepEqual(errors, []);
});

test('same article with work: merge or replace; the Documents list switches between stored articles', async (t) => {
  // A classmate's file: "Al Jazeera" tagged as a source in another browser.
  const other = await openApp(t, { server });
  await settle(other.page);
  await tag(other.page, 'Al Jazeera', 's');
  await other.page.keyboard.press('Control+s');
  await clickUi(other.page, 'dialog/name/input');
  await other.page.keyboard.type('Classmate');
  const [download] = await Promise.all([other.page.waitForEvent('download'), other.page.keyboard.press('Enter')]);
  const theirs = path.join(ARTIFACTS, 'classmate.claimscope.json');
  await download.saveAs(theirs);

  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await tag(page, 'over 450,000 Afghans', 'c');
  await chooseFiles(page, [theirs]);
  await clickUi(page, 'dialog/same/merge');
  let f = await until(page, annotations, (x) => x.annotations.length === 2, 'merged: mine + theirs');
  assert.deepEqual(f.annotations.map((a) => a.quote.exact).sort(), ['Al Jazeera', 'over 450,000 Afghans']);
  await page.mouse.click(5, 500);
  await page.keyboard.press('Control+z');                                   // the merge is one undo step
  await until(page, annotations, (x) => x.annotations.length === 1, 'merge undone');
  await chooseFiles(page, [theirs]);
  await clickUi(page, 'dialog/same/replace');
  f = await until(page, annotations, (x) => x.annotations.length === 1 && x.annotations[0].quote.exact === 'Al Jazeera', 'replaced by theirs');

  // Another article, then back through File › Documents: to the replacement, then to the work it
  // replaced, which the browser kept (issue 18: a replacement is recoverable from the Documents list).
  await chooseFiles(page, [path.join(DATA, 'import/article.txt')]);
  await until(page, text, (v) => !v.includes('Balkhi'), 'other article open');
  await until(page, state, (s) => s.saved === 'saved in browser', 'other article stored');
  // Rows are newest first, as the summaries' "modified" sort them. The sample is stored twice: its key
  // holds the replaced work, "<key>.2" the file that replaced it.
  const rows = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('claimscope.meta.'))
    .map((k) => [k, JSON.parse(localStorage.getItem(k)).modified]).sort(([, a], [, b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([k]) => k));
  assert.equal(rows.length, 3);
  const copy = rows.find((k) => k.endsWith('.2'));
  for (const [key, quote] of [[copy, 'Al Jazeera'], [copy.slice(0, -2), 'over 450,000 Afghans']]) {
    await clickUi(page, 'menu/file');
    await clickUi(page, 'menu/file/documents');
    await clickUi(page, `documents/row/${rows.indexOf(key)}`);
    await until(page, text, (v) => v.includes('Abdul Qahar Balkhi'), 'sample article back');
    f = await until(page, annotations, (x) => x.annotations.length === 1 && x.annotations[0].quote.exact === quote, `${key} open`);
  }
  assert.deepEqual(problems.page, []);
});

test('brat zips through the wasm zlib: a deflated zip imports, a zip bomb is refused, the export is deflate that unzip -t accepts', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const news1 = fs.readFileSync(path.join(DATA, 'formats/brat/news1.txt'), 'utf8');
  await chooseFiles(page, [path.join(DATA, 'formats/brat/news1.txt')]);
  await until(page, text, (v) => v === news1 || v === news1.replace(/\n$/, ''), 'news1.txt opened');

  // Made by Info-ZIP's zip writing to a pipe: deflate, with the sizes after the data.
  await chooseFiles(page, [path.join(DATA, 'formats/zip/streamed.zip')]);
  let st = await until(page, state, (s) => s.messages.length > 0, 'import report');
  assert.equal(st.messages[0].error, false);
  assert.equal(st.messages[0].lines[0], '6 exact, 0 moved, 0 fuzzy, 0 orphaned');
  await dismiss(page);
  const imported = await annotations(page);
  assert.equal(imported.annotations.length, 6);

  await chooseFiles(page, [path.join(DATA, 'formats/zip/bomb.zip')]);
  st = await until(page, state, (s) => s.messages.length > 0, 'zip bomb refused');
  assert.equal(st.messages[0].error, true);
  assert.ok(st.messages[0].lines.some((l) => l.includes("entry 'zeros.txt' expands 1023 times")), JSON.stringify(st.messages[0].lines));
  await dismiss(page);
  assert.deepEqual(await annotations(page), imported, 'the refused zip changed nothing');

  await clickUi(page, 'menu/file');
  await clickUi(page, 'menu/file/export');
  const [download] = await Promise.all([page.waitForEvent('download'), clickUi(page, 'menu/file/export/brat')]);
  const zip = path.join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(zip);
  assert.match(execFileSync('unzip', ['-t', zip], { encoding: 'utf8' }), /No errors detected in compressed data/);
  const listing = execFileSync('unzip', ['-v', zip], { encoding: 'utf8' });
  assert.equal(listing.split('\n').filter((l) => / Defl:N /.test(l)).length, 3, listing);
  assert.equal(execFileSync('unzip', ['-p', zip, '*.txt'], { encoding: 'utf8' }).replace(/\n$/, ''), news1.replace(/\n$/, ''));
  assert.deepEqual(problems.page, []);
});

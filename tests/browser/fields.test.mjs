// Text fields edited by a real DOM field over ImGui's (issue 15): the browser composes (IME), shapes
// and orders the text. Real Chromium, real keyboard and mouse; IME composition through CDP
// (Input.imeSetComposition / Input.insertText), as a real IME drives the page. The JS API only
// reads state and sets up files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openWithTwoTextAttributes, openApp, settle, spanPoint, state, annotations, until, clickUi, tagText, ROOT, SITE, ARTIFACTS } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { IPAD_PORTRAIT, tap, centre, selectAndTag } from './touch_input.mjs';

let server;
before(async () => { server = await startServer(SITE); });
after(() => server.close());

const SAMPLE = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/sample.claimscope.json'), 'utf8'));
const uiRect = (page, name) => page.evaluate((n) => window.claimscope.uiRect(n), name);
const byQuote = (file, q) => file.annotations.find((a) => a.quote.exact === q);
// The DOM field: shown, focused, where, and its attributes.
const domField = (page) => page.evaluate(() => {
  const el = document.getElementById('cs-field');
  if (!el || el.style.display === 'none') return null;
  const r = el.getBoundingClientRect();
  return { tag: el.tagName.toLowerCase(), value: el.value, dir: el.getAttribute('dir'), lang: el.getAttribute('lang'),
    focused: document.activeElement === el, x: r.x, y: r.y, width: r.width, height: r.height };
});

async function openNote(page) {
  await clickUi(page, 'inspector/note');
  await until(page, state, (s) => s.textInputActive, 'note field active');
  return until(page, domField, (f) => f && f.focused, 'the DOM field shown and focused');
}

// A real IME: the composition grows letter by letter, then the chosen characters replace it.
async function composeIme(page, letters, result) {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= letters.length; i++) {
    const text = letters.slice(0, i);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: result });
  await cdp.detach();
}

test('IME: "zhuanjia" composed to 专家 in a note is stored as exactly 专家, and in the list filter too', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await tagText(page, 'Al Jazeera', 's');
  const field = await openNote(page);
  assert.equal(field.tag, 'textarea');
  await composeIme(page, 'zhuanjia', '专家');
  await until(page, domField, (f) => f && f.value === '专家', 'the field shows 专家');
  await page.mouse.click(5, 500); // an empty spot of the left panel: the field commits
  const f = await until(page, annotations, (x) => byQuote(x, 'Al Jazeera').note !== '', 'note saved');
  assert.equal(byQuote(f, 'Al Jazeera').note, '专家');
  assert.equal(await domField(page), null, 'the DOM field is gone');

  // The list's filter is edited by the page's field too: the same composition.
  await clickUi(page, 'list/search');
  await until(page, state, (s) => s.textInputActive, 'list search active');
  await composeIme(page, 'zhuanjia', '专家');
  await until(page, state, (s) => s.list.search === '专家', 'search is exactly 专家', 3000);
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

test('Arabic typed into a note is stored exactly; the field is dir=auto, in the article language, over the ImGui field', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  // The sample file: its article says language "en".
  assert.deepEqual((await page.evaluate((f) => window.claimscope.setAnnotations(f), SAMPLE)).errors, []);
  await settle(page);
  const target = SAMPLE.annotations.find((a) => a.quote.exact === 'Al Jazeera') || SAMPLE.annotations[0];
  const tp = await spanPoint(page, target.start, target.end);
  await page.mouse.click(tp.x, tp.y);
  await until(page, state, (s) => s.selectedId === target.id, 'annotation selected');
  const field = await openNote(page);
  assert.equal(field.dir, 'auto');
  assert.equal(field.lang, 'en');
  const r = await uiRect(page, 'inspector/note');
  for (const k of ['x', 'y', 'width', 'height']) assert.ok(Math.abs(field[k] - r[k]) <= 1, `${k}: DOM ${field[k]} vs ImGui ${r[k]}`);
  const arabic = 'مرحبا بالعالم';
  await page.keyboard.type(arabic);
  await until(page, domField, (f) => f && f.value === (target.note || '') + arabic, 'the field holds the Arabic text');
  await page.mouse.click(5, 500);
  const noteOf = (x) => x.annotations.find((a) => a.id === target.id).note;
  const f = await until(page, annotations, (x) => noteOf(x) !== target.note, 'note saved');
  assert.equal(noteOf(f), (target.note || '') + arabic);
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

// The same DOM field reached by a finger on a tablet, and read by a screen reader: a tap on the note opens
// it with the keyboard in it, the accessibility tree has it as a focused textbox named Note whose value is
// the Arabic typed, and a tap outside keeps the text.
test('a note by touch on a tablet, in Arabic; the field is a named, focused textbox with its value in the accessibility tree', async (t) => {
  const { page, problems } = await openApp(t, { ...IPAD_PORTRAIT, server });
  await settle(page);
  const actor = await selectAndTag(page, 'Abdul Qahar Balkhi', 'actor');
  const note = await until(page, (p) => uiRect(p, 'inspector/note'), (r) => r, 'the note field in the inspector');
  const at = centre(note);
  await tap(page, at.x, at.y);
  await until(page, domField, (f) => f && f.focused, 'the DOM field shown and focused by a tap');
  const arabic = 'قال المتحدث إن الحدود مغلقة';
  await page.keyboard.type(arabic);
  await until(page, domField, (f) => f && f.value === arabic, 'the field holds the Arabic text');
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const prop = (n, name) => ((n.properties || []).find((x) => x.name === name) || {}).value;
  const box = nodes.find((n) => n.role && n.role.value === 'textbox' && n.value && n.value.value === arabic);
  assert.ok(box, 'a textbox whose value is the Arabic note');
  assert.match(box.name.value, /note/i);
  assert.equal(prop(box, 'focused') && prop(box, 'focused').value, true);
  await cdp.detach();
  // A tap on the article ends the edit and keeps the text.
  const text = await stableArticlePoint(page);
  await tap(page, text.x, text.y);
  const saved = await until(page, annotations, (x) => x.annotations.some((a) => a.id === actor.id && a.note === arabic), 'the note kept');
  assert.ok(saved);
  assert.deepEqual(problems.page, []);
});

// A point on the article's text, away from the panels (a tap there ends a field's edit).
async function stableArticlePoint(page) {
  const r = await uiRect(page, 'article');
  return { x: r.x + 40, y: r.y + 40 };
}

test('Escape restores the note, Ctrl+Z inside is the field\'s, after a commit it is the app\'s (one step)', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await tagText(page, 'Al Jazeera', 's');
  const note = async () => (byQuote(await annotations(page), 'Al Jazeera') || {}).note;
  await openNote(page);
  await page.keyboard.type('first');
  await page.mouse.click(5, 500);
  await until(page, note, (n) => n === 'first', 'first note saved');

  // Escape: the field goes, the note keeps its value from before the edit.
  await openNote(page);
  await page.keyboard.press('End');
  await page.keyboard.type(' and more');
  await until(page, domField, (f) => f && f.value === 'first and more', 'typed');
  await page.keyboard.press('Escape');
  await until(page, domField, (f) => f === null, 'Escape leaves the field');
  await until(page, state, (s) => !s.textInputActive, 'no field active');
  await settle(page, 100);
  assert.equal(await note(), 'first');
  assert.ok((await state(page)).selectedId, 'the Escape did not also clear the selection');
  // The field shows the old value again when reopened.
  assert.equal((await openNote(page)).value, 'first');

  // Ctrl+Z inside the field is the browser's own undo: the app's history is untouched.
  const before = await state(page);
  await page.keyboard.type('xyz');
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(150);
  const mid = await state(page);
  assert.equal(mid.annotationCount, before.annotationCount, 'the app did not undo');
  assert.equal(await note(), 'first');
  await page.keyboard.press('Escape');
  await until(page, domField, (f) => f === null, 'left the field');

  // A committed edit is one undo step of the app.
  await openNote(page);
  await page.keyboard.press('End');
  await page.keyboard.type(' second');
  await page.mouse.click(5, 500);
  await until(page, note, (n) => n === 'first second', 'second edit saved');
  await page.mouse.click(5, 300);
  await page.keyboard.press('Control+z');
  await until(page, note, (n) => n === 'first', 'one Ctrl+Z undoes the whole edit');
  // Shortcuts reach the canvas again: tag another span with the keyboard.
  await tagText(page, 'United Nations', 'c');
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

test('Tab and Shift+Tab move between DOM-edited fields, each committing its value', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const target = await openWithTwoTextAttributes(page, SAMPLE);
  const p = await spanPoint(page, target.start, target.end);
  await page.mouse.click(p.x, p.y);
  await until(page, state, (s) => s.selectedId === target.id, 'claim selected');
  const attrs = async () => (await annotations(page)).annotations.find((a) => a.id === target.id).attributes;

  await clickUi(page, 'inspector/attr/quoted_as');
  let f = await until(page, domField, (x) => x && x.focused, 'first attribute in a DOM field');
  assert.equal(f.tag, 'input');
  const q = await uiRect(page, 'inspector/attr/quoted_as');
  assert.ok(Math.abs(f.x - q.x) <= 1 && Math.abs(f.y - q.y) <= 1 && Math.abs(f.height - q.height) <= 1, 'over the ImGui field');
  await page.keyboard.type('قال');
  await page.keyboard.press('Tab');
  await until(page, attrs, (a) => a.quoted_as === 'قال', 'first attribute saved on Tab');
  const c = await stableFieldAt(page, 'inspector/attr/checked_by');
  assert.equal(c.value, '');
  await page.keyboard.type('Ms Rahimi');
  await page.keyboard.press('Shift+Tab');
  await until(page, attrs, (a) => a.checked_by === 'Ms Rahimi', 'second attribute saved on Shift+Tab');
  const back = await stableFieldAt(page, 'inspector/attr/quoted_as');
  assert.equal(back.value, 'قال');
  await page.keyboard.press('Enter');
  await until(page, domField, (x) => x === null, 'Enter leaves a single-line field');
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

// The DOM field, once it lies over the named ImGui field.
async function stableFieldAt(page, name) {
  return until(page, async (pg) => {
    const [f, r] = [await domField(pg), await uiRect(pg, name)];
    return f && r && f.focused && Math.abs(f.y - r.y) <= 1 ? f : null;
  }, (v) => v, `DOM field over ${name}`);
}

test('Find, the list filter and the name dialog are typed in the browser\'s field: Arabic finds its word, Enter steps, Escape closes', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const text = 'قال المتحدث باسم الحكومة إن اللاجئين عادوا.\n\nوأضاف المتحدث أن الحدود مغلقة.';
  await page.evaluate((x) => window.claimscope.loadArticle(x, { title: 'تقرير', language: 'ar' }), text);
  await until(page, state, (s) => s.lines > 0 && s.text.missingGlyphs === 0, 'Arabic article drawn');
  await tagText(page, 'اللاجئين عادوا', 'c');

  // Find: the query is typed into the DOM field over the bar (shaped by the browser, right to left).
  await page.mouse.click(5, 400);
  await page.keyboard.press('Control+f');
  await until(page, state, (s) => s.find.open && s.textInputActive, 'find field active');
  let field = await until(page, domField, (f) => f && f.focused, 'the DOM field over Find');
  assert.equal(field.dir, 'auto');
  assert.equal(field.lang, 'ar');
  const bar = await uiRect(page, 'find/input');
  assert.ok(Math.abs(field.x - bar.x) <= 1 && Math.abs(field.y - bar.y) <= 1, `field ${JSON.stringify(field)} over ${JSON.stringify(bar)}`);
  await page.keyboard.type('المتحدث');
  let st = await until(page, state, (s) => s.find.query === 'المتحدث', 'Arabic query typed');
  assert.equal(st.find.count, 2);
  // Enter and Shift+Enter step through the matches (from the one after the caret); the field keeps
  // the keyboard and its text.
  const first = st.find.current, second = 1 - first;
  await page.keyboard.press('Enter');
  await until(page, state, (s) => s.find.current === second, 'Enter: the other match');
  field = await domField(page);
  assert.ok(field && field.focused && field.value === 'المتحدث', 'the field stays after Enter');
  await page.keyboard.press('Shift+Enter');
  await until(page, state, (s) => s.find.current === first, 'Shift+Enter: back');
  await page.keyboard.press('F3');
  await until(page, state, (s) => s.find.current === second, 'F3: forward again');
  await page.screenshot({ path: path.join(ARTIFACTS, 'field-find-arabic.png') });
  await page.keyboard.press('Escape');
  await until(page, state, (s) => !s.find.open, 'Escape closes Find');
  assert.equal(await domField(page), null, 'the DOM field is gone');

  // The list filter: typed in the page's field, then drawn shaped by the app once the edit ends.
  await clickUi(page, 'list/search');
  await until(page, domField, (f) => f && f.focused, 'the DOM field over the list filter');
  await page.keyboard.type('عادوا');
  st = await until(page, state, (s) => s.list.search === 'عادوا' && s.listShown === 1, 'the list filtered by an Arabic word');
  await page.mouse.click(5, 500);
  await until(page, domField, (f) => f === null, 'the filter committed');
  const before = (await state(page)).text.panelTexts;
  st = await until(page, state, (s) => s.text.panelTexts > 0 && s.text.missingGlyphs === 0, 'the filter value drawn shaped');
  t.diagnostic(JSON.stringify({ before, after: st.text }));

  // The name asked before the first save: an Arabic name goes into the file exactly.
  await page.keyboard.press('Control+s');
  await clickUi(page, 'dialog/name/input');
  await until(page, domField, (f) => f && f.focused, 'the DOM field over the name');
  await page.keyboard.type('سلمى');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.annotator, 'سلمى');
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

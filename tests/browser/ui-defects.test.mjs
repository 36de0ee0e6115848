// UI defects found in review (issue 19), each reproduced in real Chromium with real mouse and
// keyboard input: text attributes that shared one buffer, an entity suggestion that lost to the
// typed text, a menu that needed two clicks after Escape, a class heatmap that moved under the
// mouse, "1 links", drop-down items quoting twice, getState() throwing over an error dialog, and
// view state that outlived its project. The JS API only reads state and sets up files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openWithTwoTextAttributes, openApp, settle, spanPoint, state, annotations, until, clickUi, chooseFiles, tagText, ROOT, ARTIFACTS, SITE } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

let server;
before(async () => { server = await startServer(SITE); });
after(() => server.close());

const DATA = path.join(ROOT, 'tests/data');
const SAMPLE = JSON.parse(fs.readFileSync(path.join(DATA, 'sample.claimscope.json'), 'utf8'));
const uiRect = (page, name) => page.evaluate((n) => window.claimscope.uiRect(n), name);
const classroom = async (page) => (await state(page)).classroom;
const byQuote = (file, q) => file.annotations.find((a) => a.quote.exact === q);

// Clicks the middle of an annotation's first on-screen rectangle; waits until it is selected.
async function clickAnnotation(page, a) {
  const p = await spanPoint(page, a.start, a.end);
  await page.mouse.click(p.x, p.y);
  await until(page, state, (s) => s.selectedId === a.id, `annotation ${a.id} selected`);
}

test('inspector: two text attributes keep what was typed into each', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const target = await openWithTwoTextAttributes(page, SAMPLE);
  await clickAnnotation(page, target);

  const attrs = async () => (await annotations(page)).annotations.find((a) => a.id === target.id).attributes;
  // Type into the first, Tab to the second, type, click away; then the same again with the mouse.
  await clickUi(page, 'inspector/attr/quoted_as');
  await until(page, state, (s) => s.textInputActive, 'first text attribute active');
  await page.keyboard.type('a desire to collaborate');
  await page.keyboard.press('Tab');
  await until(page, attrs, (a) => a.quoted_as !== undefined, 'first attribute saved on Tab');
  await page.keyboard.type('Ms Rahimi');
  await page.mouse.click(5, 500); // an empty spot of the left panel: the field commits
  let a = await until(page, attrs, (x) => x.checked_by !== undefined, 'second attribute saved');
  assert.deepEqual([a.quoted_as, a.checked_by], ['a desire to collaborate', 'Ms Rahimi']);

  await clickUi(page, 'inspector/attr/checked_by');
  await until(page, state, (s) => s.textInputActive, 'second text attribute active');
  await page.keyboard.press('End');
  await page.keyboard.type(' (editor)');
  await clickUi(page, 'inspector/attr/quoted_as');
  await page.keyboard.press('End');
  await page.keyboard.type(' soon');
  await page.mouse.click(5, 500);
  a = await until(page, attrs, (x) => x.quoted_as.endsWith('soon'), 'first attribute edited again');
  assert.deepEqual([a.quoted_as, a.checked_by], ['a desire to collaborate soon', 'Ms Rahimi (editor)']);
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

test('entity field: clicking a suggestion saves the suggestion, not the letters typed', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await tagText(page, 'Abdul Qahar Balkhi', 'a');
  await clickUi(page, 'inspector/entity');
  await until(page, state, (s) => s.textInputActive, 'entity field active');
  await page.keyboard.type('Abdul Qahar Balkhi');
  await page.keyboard.press('Enter');
  await until(page, annotations, (f) => byQuote(f, 'Abdul Qahar Balkhi').entity === 'Abdul Qahar Balkhi', 'first entity saved');

  await tagText(page, 'Al Jazeera', 'a');
  await clickUi(page, 'inspector/entity');
  await until(page, state, (s) => s.textInputActive, 'entity field active');
  await page.keyboard.type('Abd');
  const suggestion = await until(page, (p) => uiRect(p, 'inspector/entity/suggestion/0'), (r) => r, 'a suggestion under the field');
  assert.equal(suggestion.label, 'Abdul Qahar Balkhi');
  await clickUi(page, 'inspector/entity/suggestion/0');
  const f = await until(page, annotations, (x) => byQuote(x, 'Al Jazeera').entity !== '', 'entity saved');
  assert.equal(byQuote(f, 'Al Jazeera').entity, 'Abdul Qahar Balkhi');
  await settle(page, 120);
  assert.equal(byQuote(await annotations(page), 'Al Jazeera').entity, 'Abdul Qahar Balkhi', 'and it stays so');
  // One undo step takes the entity back to none: the typed "Abd" was never saved.
  await page.mouse.click(5, 500);
  await page.keyboard.press('Control+z');
  await until(page, annotations, (x) => byQuote(x, 'Al Jazeera').entity === '', 'undo clears the entity');
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

test('menus: after Escape closes a menu, one click opens the next', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await tagText(page, 'United Nations', 's');
  const selected = (await state(page)).selectedId;
  assert.ok(selected, 'the new source is selected');
  await clickUi(page, 'menu/file');
  await until(page, (p) => uiRect(p, 'menu/file/open'), (r) => r, 'File menu open');
  await page.keyboard.press('Escape');
  await until(page, (p) => uiRect(p, 'menu/file/open'), (r) => !r, 'File menu closed by Escape');
  assert.equal((await state(page)).selectedId, selected, 'the Escape closed the menu only, not the selection');
  await clickUi(page, 'menu/view');
  await until(page, (p) => uiRect(p, 'menu/view/dark'), (r) => r, 'View menu open after one click', 2000);
  await clickUi(page, 'menu/view/dark');
  await until(page, state, (s) => s.theme === 'dark', 'dark theme chosen');
  assert.deepEqual(problems.page, []);
});

test('class heatmap: it stays where it is after a click, so the next click lands on the word aimed at', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await chooseFiles(page, ['teacher-key', 'ana', 'ben', 'cy'].map((n) => path.join(DATA, `classroom/${n}.claimscope.json`)));
  await until(page, classroom, (c) => c.mode === 'review', 'class review open');
  await clickUi(page, 'review/heat/claim');
  await settle(page, 120);
  const before = (await classroom(page)).review.tokens;
  const heatmap = await uiRect(page, 'review/heatmap');
  const word = (text) => { const k = before.find((x) => x.text === text); assert.ok(k, `"${text}" drawn`); return k; };
  const border = word('border'), united = word('United');
  await page.mouse.click(border.x + border.width / 2, border.y + border.height / 2);
  await until(page, classroom, (c) => c.review.selectedToken && c.review.selectedToken.text === 'border', '"border" chosen');
  await settle(page, 120);
  assert.deepEqual(await uiRect(page, 'review/heatmap'), heatmap, 'the heatmap has not moved');
  // Aimed where "United" was drawn before the first click.
  await page.mouse.click(united.x + united.width / 2, united.y + united.height / 2);
  await until(page, classroom, (c) => c.review.selectedToken && c.review.selectedToken.index !== border.index, 'second word chosen');
  assert.equal((await classroom(page)).review.selectedToken.text, 'United');
  assert.deepEqual(problems.page, []);
});

test('small things: "1 link", each drop-down item quotes once, getState() over an error dialog', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await tagText(page, 'over 450,000 Afghans', 'c');
  await tagText(page, 'Abdul Qahar Balkhi', 'a');
  const claim = byQuote(await annotations(page), 'over 450,000 Afghans');
  await clickAnnotation(page, claim);
  // The "Add Actor…" drop-down of "said by": the actor has no entity, so its quote is its name.
  await clickUi(page, 'inspector/add/said_by');
  const item = await until(page, (p) => uiRect(p, 'inspector/add/said_by/0'), (r) => r, 'drop-down open');
  assert.equal(item.label, '“Abdul Qahar Balkhi”');
  await clickUi(page, 'inspector/add/said_by/0');
  await until(page, state, (s) => s.relationCount === 1, 'linked from the drop-down');
  const counts = await until(page, (p) => uiRect(p, 'status/counts'), (r) => r && /link/.test(r.label), 'status line');
  assert.match(counts.label, /^2 annotations · 1 link · /);

  // A file that is not UTF-8 (Latin-1 "é"): its error dialog quotes the bad bytes.
  const bad = path.join(ARTIFACTS, 'latin1.claimscope.json');
  fs.writeFileSync(bad, Buffer.concat([Buffer.from('{"format": "claimscope", "note": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
  await chooseFiles(page, [bad]);
  const st = await until(page, state, (s) => s.messages.length > 0, 'error dialog');
  assert.equal(st.messages[0].error, true);
  assert.equal(st.messages[0].title, 'Could not open latin1.claimscope.json');
  assert.equal(st.annotationCount, 2, 'the open work is untouched');
  assert.deepEqual(problems.page, []);
});

test('switching projects resets what the views kept about the last one', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await tagText(page, 'over 450,000 Afghans', 'c');
  await tagText(page, 'Al Jazeera', 's');
  await clickUi(page, 'list/type/claim'); // hide claims
  await clickUi(page, 'list/search');
  await until(page, state, (s) => s.textInputActive, 'list search active');
  await page.keyboard.type('Jaz');
  await until(page, state, (s) => s.list.search === 'Jaz' && s.list.hiddenTypes.join() === 'claim' && s.listShown === 1, 'list filtered');
  await page.mouse.click(5, 500);

  // A class review over the editor, then another project opened from the file chooser.
  await chooseFiles(page, ['teacher-key', 'ana', 'ben'].map((n) => path.join(DATA, `classroom/${n}.claimscope.json`)));
  await until(page, classroom, (c) => c.mode === 'review', 'class review open');
  await chooseFiles(page, [path.join(DATA, 'import/article.txt')]);
  const st = await until(page, state, (s) => s.annotationCount === 0 && s.status.startsWith('Opened article.txt'), 'article.txt opened');
  assert.deepEqual(st.list, { hiddenTypes: [], search: '' });
  assert.equal(st.classroom.mode, 'none', 'the class review closed');
  assert.equal(st.classroom.review.files.length, 0);
  // The filter really is gone: a new claim is listed.
  await tagText(page, 'mayor of Springfield', 'c');
  await until(page, state, (s) => s.listShown === 1, 'the new claim is listed');
  assert.deepEqual(problems.page, []);
});

// Find (Ctrl+F) in real Chromium: typed letters are matched by Unicode case folding, not a hand
// rule ("ł" once matched "Ń"). Real keyboard input for the query, real clicks on "Select match";
// the JS API only reads what the page shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, settle, state, until, SITE, ARTIFACTS, clickUi, chooseFiles } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

let server;
before(async () => { server = await startServer(SITE); });
after(() => server.close());

// Code points: Ł 0, ź 3, ł 6, Ń 12 and 16, Ź 21, ł 25, Ż 29, ż 35, ź 41; the Greek word in capitals
// at 47, in small letters (with a final sigma) at 56. The old hand rule found 4 for "ł" (both Ń,
// not Ł), 3 for "Ż" (ź twice, not ż) and 1 for the Greek word.
const ARTICLE = 'Łódź, łąka, Ńa, ŃA.\n\nŹródło: ŻABA, żaba, źle.\n\nΟΔΥΣΣΕΥΣ οδυσσευς.\n';

test('find "ł" and "ż" in Polish text: both cases match, the neighbouring letters do not', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const file = path.join(ARTIFACTS, 'find-polish.txt');
  fs.writeFileSync(file, ARTICLE);
  await chooseFiles(page, [file]);
  await until(page, (p) => p.evaluate(() => window.claimscope.getText()), (v) => v.startsWith('Łódź'), 'article opened');
  await settle(page);

  await page.mouse.click(5, 400);
  await page.keyboard.press('Control+f');
  await until(page, state, (s) => s.find.open && s.textInputActive, 'find field active');
  await page.keyboard.type('ł');
  let st = await until(page, state, (s) => s.find.query === 'ł', 'query "ł" typed');
  assert.equal(st.find.count, 3, 'Ł, ł and the ł of Źródło; not Ń');
  assert.equal(st.find.current, 0);
  // Step through the matches with Enter, selecting each one with the button: what is selected is
  // the letter itself, at its code-point offset.
  const seen = [];
  for (let i = 0; i < 3; i++) {
    await clickUi(page, 'find/select');
    st = await until(page, state, (s) => s.selection.end > s.selection.start && !seen.some((m) => m.start === s.selection.start), `match ${i} selected`);
    seen.push(st.selection);
    await clickUi(page, 'find/input');
    await until(page, state, (s) => s.textInputActive, 'find field active again');
    await page.keyboard.press('Enter');
    await until(page, state, (s) => s.find.current === (i + 1) % 3, `match ${i + 1} current`);
  }
  assert.deepEqual(seen.map((m) => [m.start, m.end, m.text]), [[0, 1, 'Ł'], [6, 7, 'ł'], [25, 26, 'ł']]);

  // A capital finds both cases too; the Greek capitals match final and medial sigma alike.
  // Enter ends ImGui's edit and the bar takes the focus back on a later frame: a Ctrl+A sent in
  // between would go to the article (CI saw the query become "łŻ"), so click into the field first.
  await clickUi(page, 'find/input');
  await until(page, state, (s) => s.textInputActive, 'find field active after Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Ż');
  st = await until(page, state, (s) => s.find.query === 'Ż', 'query "Ż" typed');
  assert.equal(st.find.count, 2, 'Ż and ż; not ź or Ź');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('οδυσσευσ');
  st = await until(page, state, (s) => s.find.query === 'οδυσσευσ', 'Greek query typed');
  assert.equal(st.find.count, 2, 'ΟΔΥΣΣΕΥΣ and οδυσσευς');
  await page.screenshot({ path: path.join(ARTIFACTS, 'find-polish.png') });
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

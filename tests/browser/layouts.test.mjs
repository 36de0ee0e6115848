// Issue 16, a layout for every screen: iPad portrait (768 px, medium: the article and one side panel
// with Lists / Inspector tabs) and a phone (390 px, narrow: the article full width, the toolbar folded
// into Tools, the panels in a bottom sheet). On each, every toolbar, tab, menu and inspector control lies
// inside the viewport and is at least 44 px tall (a coarse pointer); on the phone a student selects a
// phrase, tags it, tags who said it, links the two, writes a note and saves, by touch alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, settle, state, until, findCp, spanPoint, stableRect } from './harness.mjs';
import { IPAD_PORTRAIT, PHONE, SMALL_PHONE, touchDrag, swipe, longPress, tap, centre, selectAndTag } from './touch_input.mjs';

const rects = (page, prefix) => page.evaluate((p) => window.claimscope.uiRects(p), prefix);
async function tapUi(page, name) {
  const c = centre(await stableRect(page, name));
  await tap(page, c.x, c.y);
  await settle(page, 120);
}

// Every control named under these prefixes is inside the viewport, and (buttons, fields, tabs) 44 px tall.
// `scrolled`: inside the viewport's width only, the panel scrolling to what is below the screen.
async function assertReachable(page, { width, height }, prefixes, tall, { scrolled = false } = {}) {
  for (const prefix of prefixes) {
    for (const [name, r] of Object.entries(await rects(page, prefix))) {
      const inside = scrolled || (r.y >= -0.5 && r.y + r.height <= height + 0.5);
      assert.ok(r.x >= -0.5 && r.x + r.width <= width + 0.5 && inside,
        `${name} inside the ${width}x${height} viewport: ${JSON.stringify(r)}`);
      if (tall.some((p) => name.startsWith(p))) assert.ok(r.height >= 43.5, `${name} is ${r.height} px tall (at least 44 for a finger)`);
    }
  }
}

test('iPad portrait: the medium layout, every control inside the screen and 44 px tall; selecting shows the inspector', async (t) => {
  const { page, problems } = await openApp(t, IPAD_PORTRAIT);
  await settle(page);
  let st = await state(page);
  assert.equal(st.screenLayout, 'medium');
  assert.equal(st.coarsePointer, true, 'a touch screen is a coarse pointer');
  assert.equal(st.sideTab, 'lists');
  await assertReachable(page, IPAD_PORTRAIT.viewport, ['toolbar/', 'tab/', 'menu/', 'list/type/'], ['toolbar/', 'tab/', 'list/type/']);
  const claim = await selectAndTag(page, 'over 450,000 Afghans', 'claim');
  st = await until(page, state, (s) => s.sideTab === 'inspector' && s.selectedId === claim.id, 'the inspector shows the new claim');
  await settle(page);
  await page.screenshot({ path: 'test-results/layout-ipad-portrait.png' });
  await assertReachable(page, IPAD_PORTRAIT.viewport, ['toolbar/', 'tab/', 'inspector/'], ['toolbar/', 'tab/', 'inspector/pick/', 'inspector/delete', 'inspector/entity', 'inspector/note']);
  assert.ok(await page.evaluate(() => window.claimscope.uiRect('inspector/pick/said_by')), '"Pick in text" is drawn');
  // Back to the lists by their tab.
  await tapUi(page, 'tab/lists');
  await until(page, state, (s) => s.sideTab === 'lists', 'the lists tab');
  assert.deepEqual(problems.page, []);
});

test('phone: the narrow layout; select, tag, link, note and save by touch alone', async (t) => {
  const { page, problems } = await openApp(t, PHONE);
  await settle(page);
  let st = await state(page);
  assert.equal(st.screenLayout, 'narrow');
  const closed = st.sheetHeight;
  await page.screenshot({ path: 'test-results/layout-phone.png' });
  await assertReachable(page, PHONE.viewport, ['toolbar/', 'tab/', 'menu/', 'sheet/'], ['toolbar/', 'tab/']);

  // Tag who said it, then the claim: the sheet opens on the inspector each time.
  const actor = await selectAndTag(page, 'Abdul Qahar Balkhi', 'actor');
  st = await until(page, state, (s) => s.sideTab === 'inspector' && s.sheetHeight > closed + 100, 'the sheet opened on the inspector');
  // Close the sheet with a downward drag of its grip, to see the article again.
  const grip = centre(await stableRect(page, 'sheet/grip'));
  await touchDrag(page, grip.x, grip.y, 0, 400);
  await until(page, state, (s) => s.sheetHeight === closed, 'dragged closed');
  const claim = await selectAndTag(page, 'over 450,000 Afghans', 'claim');
  await until(page, state, (s) => s.selectedId === claim.id && s.sideTab === 'inspector', 'the claim in the inspector');
  // Open the sheet fully with an upward drag, then link and write the note in it.
  const grip2 = centre(await stableRect(page, 'sheet/grip'));
  await touchDrag(page, grip2.x, grip2.y, 0, -500);
  st = await until(page, state, (s) => s.sheetHeight > 600, 'dragged open');
  await page.screenshot({ path: 'test-results/layout-phone-sheet.png' });
  await assertReachable(page, PHONE.viewport, ['inspector/'], ['inspector/pick/', 'inspector/delete', 'inspector/note']);
  await tapUi(page, 'inspector/add/said_by');
  await tapUi(page, 'inspector/add/said_by/0');
  const linked = await until(page, (p) => p.evaluate(() => window.claimscope.getAnnotations()), (a) => a.relations.length === 1, 'linked');
  assert.equal(linked.relations[0].from, claim.id);
  assert.equal(linked.relations[0].to, actor.id);
  await tapUi(page, 'inspector/note');
  await until(page, (p) => p.evaluate(() => document.activeElement && document.activeElement.tagName), (n) => n === 'TEXTAREA' || n === 'INPUT', 'the note field has the keyboard');
  await page.keyboard.type('Check the UNHCR figure');
  // A tap outside the field ends the edit.
  await tapUi(page, 'tab/lists');
  await tapUi(page, 'tab/inspector');
  const noted = await until(page, (p) => p.evaluate(() => window.claimscope.getAnnotations()),
    (a) => a.annotations.some((x) => x.id === claim.id && x.note === 'Check the UNHCR figure'), 'the note saved');
  assert.ok(noted);
  // Save: the first save asks for a name (typed on the phone's keyboard, Enter to finish).
  await tapUi(page, 'toolbar/save');
  await stableRect(page, 'dialog/name/input');
  await tapUi(page, 'dialog/name/input');
  await page.keyboard.type('Ana');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.claimscope\.json$/);
  assert.deepEqual(problems.page, []);
});

// Rotating a tablet keeps the selection and the passage being read in sight.
test('rotating the tablet keeps the selection and the reading position', async (t) => {
  const { page, problems } = await openApp(t, IPAD_PORTRAIT);
  await settle(page);
  const word = await findCp(page, 'Torkham');
  await page.evaluate((cp) => window.claimscope.scrollTo(cp), word);
  await settle(page);
  const p = await spanPoint(page, word, word + 3);
  await longPress(page, p.x, p.y);
  const before = await until(page, state, (s) => s.selection.text === 'Torkham', 'the word selected');
  assert.ok(before.scrollY > 300, `scrolled down (${before.scrollY})`);
  for (const size of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
    await page.setViewportSize(size);
    await settle(page);
    const st = await state(page);
    assert.equal(st.screenLayout, 'medium');
    assert.deepEqual([st.selection.start, st.selection.end], [before.selection.start, before.selection.end], 'the selection stays');
    const article = await page.evaluate(() => window.claimscope.uiRect('article'));
    const [r] = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [word, word + 7]);
    assert.ok(r && r.y >= article.y && r.y + r.height <= article.y + article.height, `"Torkham" still in sight at ${size.width}x${size.height}`);
  }
  assert.deepEqual(problems.page, []);
});

// The text size scales the whole UI (panels, toolbar, menus), the status line says it, and the panes
// follow the scaled width: at 200 % a 1280-px window holds what a 640-px one does.
test('the text size scales the whole UI and the layout follows', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  const save0 = await stableRect(page, 'toolbar/save');
  assert.equal((await state(page)).screenLayout, 'wide');
  await page.mouse.click(640, 400); // the article has the keyboard
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Equal');
  await until(page, state, (s) => Math.abs(s.textScale - 1.5) < 0.01, '150 %');
  await settle(page);
  const save1 = await stableRect(page, 'toolbar/save');
  assert.ok(Math.abs(save1.height / save0.height - 1.5) < 0.12, `the toolbar grew with the text (${save0.height} -> ${save1.height})`);
  assert.ok(Math.abs(save1.width / save0.width - 1.5) < 0.15, `... in width too (${save0.width} -> ${save1.width})`);
  const counts = await stableRect(page, 'status/counts');
  assert.match(counts.label, /text 150%/);
  assert.equal((await state(page)).screenLayout, 'medium', '1280 px at 150 % is a medium screen');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Equal');
  await until(page, state, (s) => s.screenLayout === 'narrow' && Math.abs(s.textScale - 2) < 0.01, 'narrow at 200 %');
  await page.keyboard.press('Control+0');
  await until(page, state, (s) => s.screenLayout === 'wide' && s.textScale === 1, 'back to 100 %, wide');
  assert.deepEqual(problems.page, []);
});

// The smallest screen the issue names, 320 px (an iPhone SE, first generation): nothing clipped, and the
// drop-down rows of a combo are 44 px apart for a finger, as buttons are.
test('a 320-px phone: every control inside the screen; a combo\'s rows are 44 px tall', async (t) => {
  const { page, problems } = await openApp(t, SMALL_PHONE);
  await settle(page);
  assert.equal((await state(page)).screenLayout, 'narrow');
  await assertReachable(page, SMALL_PHONE.viewport, ['toolbar/', 'tab/', 'menu/', 'sheet/', 'status/'], ['toolbar/', 'tab/']);
  await tapUi(page, 'toolbar/tools');
  await assertReachable(page, SMALL_PHONE.viewport, ['toolbar/menu/'], ['toolbar/menu/']);
  await page.screenshot({ path: 'test-results/layout-320-tools.png' });
  await tapUi(page, 'toolbar/tools'); // closes it
  // The phrase is below the first screen here: brought into view (a view change, not an edit).
  await page.evaluate(async (cp) => window.claimscope.scrollTo(cp), await findCp(page, 'over 450,000 Afghans'));
  await settle(page);
  const claim = await selectAndTag(page, 'over 450,000 Afghans', 'claim');
  await until(page, state, (s) => s.selectedId === claim.id && s.sideTab === 'inspector', 'the claim in the inspector');
  const grip = centre(await stableRect(page, 'sheet/grip'));
  await touchDrag(page, grip.x, grip.y, 0, -400);
  await until(page, state, (s) => s.sheetHeight > 300, 'dragged open (nearly the full 568-px screen)');
  await settle(page);
  // The inspector is taller than the sheet: its lower controls are reached by scrolling it (a control partly
  // in sight is listed whole, so only the width is checked).
  await assertReachable(page, SMALL_PHONE.viewport, ['inspector/'], ['inspector/pick/', 'inspector/delete', 'inspector/note', 'inspector/type'], { scrolled: true });
  assert.equal(await page.evaluate(() => window.claimscope.uiRect('inspector/add/according_to')), null,
    'a control below the screen is not listed as on it');
  const sheet = await stableRect(page, 'sheet/grip');
  await swipe(page, sheet.x + sheet.width / 2, 470, 250);
  await until(page, (p) => p.evaluate(() => window.claimscope.uiRect('inspector/add/according_to')),
    (r) => r && r.y + r.height <= SMALL_PHONE.viewport.height, 'a swipe in the sheet scrolled it into view');
  assert.equal(await page.evaluate(() => window.claimscope.uiRect('inspector/type')), null, 'what scrolled out is not listed');
  await swipe(page, sheet.x + sheet.width / 2, 290, 500);
  await until(page, (p) => p.evaluate(() => window.claimscope.uiRect('inspector/type')), (r) => r, 'and back up');
  await tapUi(page, 'inspector/type');
  const rows = await until(page, (p) => rects(p, 'inspector/type/'), (r) => Object.keys(r).length >= 3, 'the type combo is open');
  for (const [name, r] of Object.entries(rows)) {
    assert.ok(r.height >= 43.5, `${name} is ${r.height} px tall (at least 44 for a finger)`);
    assert.ok(r.x >= -0.5 && r.x + r.width <= SMALL_PHONE.viewport.width + 0.5, `${name} inside the screen: ${JSON.stringify(r)}`);
  }
  await page.screenshot({ path: 'test-results/layout-320-combo.png' });
  await tapUi(page, 'inspector/type/source');
  await until(page, (p) => p.evaluate(() => window.claimscope.getAnnotations()),
    (a) => a.annotations.some((x) => x.id === claim.id && x.type === 'source'), 'the tapped row changed the type');
  assert.deepEqual(problems.page, []);
});

// Browser zoom (Ctrl+= in the browser's own menu) makes a CSS px more device pixels, as a high-density
// screen does: Chromium at 150 % on a 1280x800 screen is an 853x533 CSS-px page at 1.5 device px each.
// The whole UI grows with it, and is drawn at the device's pixels (sharp, not a scaled-up bitmap).
test('browser zoom at 150 %: the whole UI grows, drawn at the zoomed pixel density', async (t) => {
  const normal = await openApp(t);
  await settle(normal.page);
  const save0 = await stableRect(normal.page, 'toolbar/save');
  const zoomed = await openApp(t, { viewport: { width: 853, height: 533 }, context: { deviceScaleFactor: 1.5 } });
  const { page, problems } = zoomed;
  await settle(page);
  const save1 = await stableRect(page, 'toolbar/save');
  // Same CSS size, so 1.5x the device pixels: the controls grew with the zoom, as every page's do.
  assert.ok(Math.abs(save1.height - save0.height) <= 1 && Math.abs(save1.width - save0.width) <= 2,
    `the Save button keeps its CSS size (${JSON.stringify(save0)} -> ${JSON.stringify(save1)})`);
  const canvas = await page.evaluate(() => { const c = document.querySelector('canvas'); return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight }; });
  assert.equal(canvas.w, Math.round(canvas.cw * 1.5), `the canvas has a device pixel per pixel (${JSON.stringify(canvas)})`);
  assert.equal(canvas.h, Math.round(canvas.ch * 1.5));
  const st = await state(page);
  assert.equal(st.screenLayout, 'medium', '853 CSS px is a medium screen');
  await assertReachable(page, { width: 853, height: 533 }, ['toolbar/', 'tab/', 'status/'], []);
  assert.match((await stableRect(page, 'status/counts')).label, /text 100%/, 'the status line says the app\'s own scale');
  assert.deepEqual(problems.page, []);
  assert.deepEqual(normal.problems.page, []);
});

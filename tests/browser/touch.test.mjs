// Issue 16, touch: real touch input in Chromium (touch_input.mjs) on an iPad-sized touch context: swipes,
// taps, long-presses, selection handles and the type bar, scrollbars, pinch, and the system's settings.
// The layouts by width and the whole flow on a phone are in layouts.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, settle, state, until, findCp, spanPoint, stableRect, tagText as tag } from './harness.mjs';
import { IPAD, touchAt, swipe, longPress, tap, centre } from './touch_input.mjs';

test('touch: a swipe scrolls with momentum and selects nothing; a tap selects an annotation; a long-press selects a word', async (t) => {
  const { page, problems } = await openApp(t, IPAD);
  await settle(page);
  const article = await page.evaluate(() => window.claimscope.uiRect('article'));
  const x = article.x + article.width / 2;

  const before = await state(page);
  assert.equal(before.scrollY, 0);
  await swipe(page, x, article.y + article.height * 0.8, article.y + article.height * 0.4);
  const right = await until(page, state, (s) => s.scrollY > 150, 'scrolled by the swipe');
  // Momentum: it goes on after the finger lifted, then stops.
  await page.waitForTimeout(400);
  const after = await until(page, state, (s) => s.scrollY >= right.scrollY, 'still scrolling or stopped further on');
  assert.ok(after.scrollY > right.scrollY || after.scrollY > 250, `momentum carried it (${right.scrollY} -> ${after.scrollY})`);
  assert.equal(after.selection.start, after.selection.end, 'a swipe selects nothing');
  await swipe(page, x, article.y + article.height * 0.3, article.y + article.height * 0.9);
  await swipe(page, x, article.y + article.height * 0.3, article.y + article.height * 0.9);
  await until(page, state, (s) => s.scrollY === 0, 'swiped back to the top');
  await settle(page, 600);

  // A tap on a claim selects it.
  await tag(page, 'over 450,000 Afghans', 'c');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await until(page, state, (s) => s.selectedId === '', 'nothing selected');
  const start = await findCp(page, 'over 450,000 Afghans');
  const { x: tx, y: ty } = await spanPoint(page, start, start + 4);
  await touchAt(page, 'touchStart', [[tx, ty]]);
  await page.waitForTimeout(60);
  await touchAt(page, 'touchEnd', []);
  const tapped = await until(page, state, (s) => s.selectedId !== '', 'the tap selected the claim');
  const claim = (await page.evaluate(() => window.claimscope.getAnnotations())).annotations.find((a) => a.quote.exact === 'over 450,000 Afghans');
  assert.equal(tapped.selectedId, claim.id);
  await settle(page, 900); // longer than a hover card's delay
  assert.equal(await page.evaluate(() => window.claimscope.uiRect('hovercard/quote')), null, 'no hover card stays after the finger left');

  // A long-press selects the word under the finger.
  const word = await findCp(page, 'Pakistan');
  const { x: lx, y: ly } = await spanPoint(page, word + 2, word + 3);
  await touchAt(page, 'touchStart', [[lx, ly]]);
  await page.waitForTimeout(800);
  await touchAt(page, 'touchEnd', []);
  const held = await until(page, state, (s) => s.selection.text === 'Pakistan', 'the long-press selected the word');
  assert.equal(held.selection.start, word);
  assert.deepEqual(problems.page, []);
});

// Issue 16, selecting a phrase by touch: a long-press selects a word and shows two handles; dragging the
// end handle extends the selection by whole words; the type bar beside the selection tags it; a tap on
// the highlight selects the annotation (the inspector shows it).
test('touch: long-press, drag the end handle by words, tap Claim in the type bar', async (t) => {
  const { page, problems } = await openApp(t, IPAD);
  await settle(page);
  const phrase = 'over 450,000 Afghans';
  const start = await findCp(page, phrase);
  const over = await spanPoint(page, start, start + 4);
  await longPress(page, over.x, over.y);
  await until(page, state, (s) => s.selection.text === 'over', 'the long-press selected "over"');
  const knob = centre(await stableRect(page, 'handle/end'));
  assert.ok(await page.evaluate(() => window.claimscope.uiRect('handle/start')), 'a start handle too');
  assert.ok(await page.evaluate(() => window.claimscope.uiRect('typebar/claim')), 'the type bar shows');
  // The finger moves the knob by as much as from the end of "over" to the middle of "Afghans" (in
  // "Afgh|ans": the selection still ends after the whole word).
  const [end] = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [start + 3, start + 4]);
  const to = await spanPoint(page, start + 13 + 4, start + 13 + 5);
  const dx = to.x - (end.x + end.width), dy = to.y - (end.y + end.height / 2);
  await touchAt(page, 'touchStart', [[knob.x, knob.y]]);
  for (let i = 1; i <= 6; i++) {
    await touchAt(page, 'touchMove', [[knob.x + (dx * i) / 6, knob.y + (dy * i) / 6]]);
    await page.waitForTimeout(20);
  }
  // Mid-drag the selection has grown by words: never a part of one.
  const mid = await state(page);
  assert.match(mid.selection.text, /^over( 450,000)?( Afghans)?$/, `by whole words: "${mid.selection.text}"`);
  await touchAt(page, 'touchEnd', []);
  const st = await until(page, state, (s) => s.selection.text === phrase, 'the handle extended the selection to "Afghans"');
  assert.equal(st.selection.start, start);
  assert.equal(st.scrollY, 0, 'dragging a handle does not scroll');
  await page.screenshot({ path: 'test-results/touch-handles.png' });

  const bar = centre(await stableRect(page, 'typebar/claim'));
  await tap(page, bar.x, bar.y);
  const made = await until(page, state, (s) => s.selectedId !== '', 'the bar made the annotation');
  const anns = (await page.evaluate(() => window.claimscope.getAnnotations())).annotations;
  assert.equal(anns.length, 1);
  assert.equal(anns[0].type, 'claim');
  assert.equal(anns[0].quote.exact, phrase);
  assert.equal(made.selectedId, anns[0].id);
  assert.equal(await page.evaluate(() => window.claimscope.uiRect('typebar/claim')), null, 'the bar is gone once used');
  // A tap elsewhere deselects; a tap on the highlight selects it again.
  const away = await spanPoint(page, start + 40, start + 41);
  await tap(page, away.x, away.y);
  await until(page, state, (s) => s.selectedId === '', 'deselected');
  const on = await spanPoint(page, start + 6, start + 7);
  await tap(page, on.x, on.y);
  await until(page, state, (s) => s.selectedId === anns[0].id, 'a tap on the highlight selects it');
  assert.deepEqual(problems.page, []);
});

// Issue 16: a finger holding a handle at the view's bottom edge scrolls the article, and the selection's
// end follows the text that comes under the still finger, by whole words: a phrase that runs on past the
// screen can be selected by touch. Lifting the finger stops the scroll.
test('touch: a handle held at the bottom edge scrolls the article and extends the selection', async (t) => {
  const { page, problems } = await openApp(t, IPAD);
  await settle(page);
  const article = await page.evaluate(() => window.claimscope.uiRect('article'));
  const word = await page.evaluate(([top, bottom]) => {
    const text = window.claimscope.getText();
    for (const m of text.matchAll(/[A-Za-z]{4,}/g)) {
      const a = window.claimscope.utf16ToCp(text, m.index);
      const [r] = window.claimscope.rangeRects(a, a + m[0].length);
      if (r && r.y > top && r.y + r.height < bottom) return { start: a, text: m[0], x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, [article.y + article.height - 220, article.y + article.height - 130]);
  assert.ok(word, 'a word a few lines above the bottom edge');
  await longPress(page, word.x, word.y);
  await until(page, state, (s) => s.selection.text === word.text, `the long-press selected "${word.text}"`);
  const knob = centre(await stableRect(page, 'handle/end'));
  const edge = article.y + article.height - 8;
  await touchAt(page, 'touchStart', [[knob.x, knob.y]]);
  for (let i = 1; i <= 4; i++) {
    await touchAt(page, 'touchMove', [[knob.x, knob.y + ((edge - knob.y) * i) / 4]]);
    await page.waitForTimeout(20);
  }
  await until(page, state, (s) => s.scrollY > 200, 'holding the handle at the edge scrolled the article', 10000);
  await touchAt(page, 'touchEnd', []);
  await settle(page);
  const st = await state(page);
  assert.equal(st.selection.start, word.start, 'the start stays where it was');
  const text = await page.evaluate(() => window.claimscope.getText());
  assert.ok(st.selection.text.length > 200, `the selection grew with the scroll (${st.selection.text.length} characters)`);
  assert.ok(text.includes(st.selection.text), 'one contiguous passage');
  assert.match(st.selection.text, /[\p{L}\p{N}.,;:!?"'’”)]$/u, `ends after a whole word: "…${st.selection.text.slice(-20)}"`);
  // The end is where the finger was: on one of the last lines of the view.
  const [end] = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [st.selection.end - 1, st.selection.end]);
  assert.ok(end && end.y > article.y + article.height - 120, `the end is under the finger (${JSON.stringify(end)})`);
  await page.waitForTimeout(300);
  assert.equal((await state(page)).scrollY, st.scrollY, 'lifting the finger stopped the scroll');
  assert.deepEqual(problems.page, []);
});

// Issue 16, scrollbars by touch: a tap on the track below the thumb pages down (one view less two lines,
// not to the end); the thumb follows a finger that drags it.
test('touch: a tap on the scrollbar track pages, the thumb can be dragged', async (t) => {
  const { page, problems } = await openApp(t, IPAD);
  await settle(page);
  const article = await page.evaluate(() => window.claimscope.uiRect('article'));
  const barX = article.x + article.width - 6;
  await tap(page, barX, article.y + article.height - 20);
  const paged = await until(page, state, (s) => s.scrollY > 0, 'the tap paged down');
  assert.ok(paged.scrollY > article.height * 0.6 && paged.scrollY < article.height, `one page (${paged.scrollY} of a ${article.height}-px view)`);
  // A finger a little left of the 14-px bar still holds it (a fingertip is wide).
  await tap(page, barX - 12, article.y + 10);
  await until(page, state, (s) => s.scrollY === 0, 'a tap above the thumb pages back up');
  // The thumb is at the top now: drag it down by 100 px.
  const y0 = article.y + 30;
  await touchAt(page, 'touchStart', [[barX - 10, y0]]);
  for (let i = 1; i <= 5; i++) {
    await touchAt(page, 'touchMove', [[barX - 10, y0 + i * 20]]);
    await page.waitForTimeout(30);
  }
  await touchAt(page, 'touchEnd', []);
  const dragged = await until(page, state, (s) => s.scrollY > 100, 'the thumb was dragged');
  assert.equal(dragged.selection.start, dragged.selection.end, 'dragging the thumb selects nothing');
  await settle(page, 300);
  assert.equal((await state(page)).scrollY, dragged.scrollY, 'no momentum after a thumb drag');
  assert.deepEqual(problems.page, []);
});

// Issue 16, pinch: two fingers apart double the text size around their centre; the word under them stays
// under them; pinching in goes back, never below 75 %.
test('a two-finger pinch scales the text around its centre, between 75 and 250 %', async (t) => {
  const { page, problems } = await openApp(t, IPAD);
  await settle(page);
  const word = await findCp(page, 'Pakistan');
  const { x, y } = await spanPoint(page, word, word + 8);
  const pinch = async (from, to) => {
    await touchAt(page, 'touchStart', [[x - from, y], [x + from, y]]);
    for (let i = 1; i <= 6; i++) {
      const d = from + ((to - from) * i) / 6;
      await touchAt(page, 'touchMove', [[x - d, y], [x + d, y]]);
      await page.waitForTimeout(30);
    }
    await touchAt(page, 'touchEnd', []);
    await settle(page, 400);
  };
  assert.equal((await state(page)).textScale, 1);
  await pinch(40, 80);
  const st = await until(page, state, (s) => Math.abs(s.textScale - 2) < 0.06, 'text doubled');
  // The pinched word is still under the fingers (within a line).
  const rects = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [word, word + 8]);
  assert.ok(rects.length > 0, 'the word is on screen');
  assert.ok(Math.abs(rects[0].y + rects[0].height / 2 - y) < rects[0].height, `the word stayed under the pinch (${rects[0].y} vs ${y})`);
  assert.equal(st.selection.start, st.selection.end, 'a pinch selects nothing');
  await pinch(120, 20);
  await until(page, state, (s) => s.textScale === 0.75, 'pinched in to the smallest size');
  assert.deepEqual(problems.page, []);
});

// Issue 16, the system's settings: with no theme chosen the theme follows prefers-color-scheme, live;
// forced colours (Windows high contrast) give the high-contrast theme; a theme chosen in View stays, until
// "Theme of the system" is chosen again; reduced motion stops a swipe with the finger (no momentum).
test('the theme follows the system until one is chosen; forced colours give high contrast; reduced motion has no momentum', async (t) => {
  const { page, problems } = await openApp(t, { ...IPAD, context: { ...IPAD.context, colorScheme: 'dark' } });
  await settle(page);
  let st = await state(page);
  assert.equal(st.theme, 'dark');
  assert.equal(st.themeFollowsSystem, true);
  await page.emulateMedia({ colorScheme: 'light' });
  await until(page, state, (s) => s.theme === 'light', 'followed the system to light, live');
  await page.emulateMedia({ forcedColors: 'active' });
  await until(page, state, (s) => s.theme === 'high-contrast', 'forced colours: high contrast');
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'dark' });
  await until(page, state, (s) => s.theme === 'dark', 'back to dark');
  // Chosen in View (a tap on the menu, then on the item): it stays when the system changes, and across a reload.
  const tapUi = async (name) => {
    const r = await page.evaluate((n) => window.claimscope.uiRect(n), name);
    await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
    await settle(page, 200);
  };
  await tapUi('menu/view');
  await tapUi('menu/view/light');
  await until(page, state, (s) => s.theme === 'light' && !s.themeFollowsSystem, 'light chosen');
  await page.emulateMedia({ colorScheme: 'dark' });
  await settle(page, 300);
  assert.equal((await state(page)).theme, 'light', 'a chosen theme does not follow the system');
  await tapUi('menu/view');
  await tapUi('menu/view/system');
  await until(page, state, (s) => s.theme === 'dark' && s.themeFollowsSystem, 'following the system again');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await until(page, state, (s) => s.reducedMotion, 'reduced motion known');
  const article = await page.evaluate(() => window.claimscope.uiRect('article'));
  const x = article.x + article.width / 2;
  await swipe(page, x, article.y + article.height * 0.8, article.y + article.height * 0.4, 4);
  await until(page, state, (s) => s.scrollY > 100, 'scrolled');
  await settle(page, 150); // the swipe's own moves are all drawn
  const lifted = await state(page);
  await page.waitForTimeout(500);
  assert.equal((await state(page)).scrollY, lifted.scrollY, 'no momentum with reduced motion');
  assert.deepEqual(problems.page, []);
});

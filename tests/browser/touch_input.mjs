// Real touch input for the browser tests: CDP Input.dispatchTouchEvent, which the page receives as
// Pointer Events of type "touch" (as a phone's or a tablet's finger), and the devices the tests stand for.
import assert from 'node:assert/strict';
import { settle, state, until, findCp, spanPoint, stableRect } from './harness.mjs';

export const IPAD = { viewport: { width: 1024, height: 768 }, context: { hasTouch: true, isMobile: false } };
export const IPAD_PORTRAIT = { viewport: { width: 768, height: 1024 }, context: { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } };
export const SMALL_PHONE = { viewport: { width: 320, height: 568 }, context: { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } };
export const PHONE = { viewport: { width: 390, height: 844 }, context: { hasTouch: true, isMobile: true, deviceScaleFactor: 3 } };

// One DevTools session per page: a touch that starts in it must move and end in it.
const sessions = new WeakMap();
export async function touchAt(page, type, points) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  await sessions.get(page).send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y]) => ({ x, y })) });
}

export async function swipe(page, x, y0, y1, steps = 8) {
  await touchAt(page, 'touchStart', [[x, y0]]);
  for (let i = 1; i <= steps; i++) {
    await touchAt(page, 'touchMove', [[x, y0 + ((y1 - y0) * i) / steps]]);
    await page.waitForTimeout(16);
  }
  await touchAt(page, 'touchEnd', []);
}

// A finger pressed at (x, y) and moved by (dx, dy) in `steps` moves, then lifted.
export async function touchDrag(page, x, y, dx, dy, steps = 6) {
  await touchAt(page, 'touchStart', [[x, y]]);
  for (let i = 1; i <= steps; i++) {
    await touchAt(page, 'touchMove', [[x + (dx * i) / steps, y + (dy * i) / steps]]);
    await page.waitForTimeout(20);
  }
  await touchAt(page, 'touchEnd', []);
}

export async function longPress(page, x, y) {
  await touchAt(page, 'touchStart', [[x, y]]);
  await page.waitForTimeout(800);
  await touchAt(page, 'touchEnd', []);
}

export async function tap(page, x, y) {
  await touchAt(page, 'touchStart', [[x, y]]);
  await page.waitForTimeout(50);
  await touchAt(page, 'touchEnd', []);
}

export const centre = (r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

// Long-press the first word of `phrase`, drag the end handle to its last word, tap the type in the bar.
export async function selectAndTag(page, phrase, type) {
  const start = await findCp(page, phrase);
  const first = await spanPoint(page, start, start + 1);
  await longPress(page, first.x, first.y);
  await until(page, state, (s) => s.selection.start === start && s.selection.end > start, `a word of "${phrase}" selected`);
  const knob = centre(await stableRect(page, 'handle/end'));
  const sel = (await state(page)).selection;
  const [end] = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [sel.end - 1, sel.end]);
  const last = await spanPoint(page, start + phrase.length - 2, start + phrase.length - 1);
  await touchDrag(page, knob.x, knob.y, last.x - (end.x + end.width), last.y - (end.y + end.height / 2));
  await until(page, state, (s) => s.selection.text === phrase, `the handle reached the end of "${phrase}"`);
  const bar = centre(await stableRect(page, `typebar/${type}`));
  await tap(page, bar.x, bar.y);
  await settle(page, 120);
  const anns = (await page.evaluate(() => window.claimscope.getAnnotations())).annotations;
  const made = anns.find((a) => a.quote.exact === phrase && a.type === type);
  assert.ok(made, `a ${type} on "${phrase}"`);
  return made;
}


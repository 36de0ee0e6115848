// Words in the article view as the browser's Intl.Segmenter finds them (issue 15): double-click and
// Ctrl+Right in Chinese and Thai pick dictionary words, not single characters. Real Chromium, real
// mouse and keyboard; positions come from the API (claimscope.rangeRects), never from pixels (the
// glyphs may draw as boxes before their fonts arrive).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, settle, spanPoint, findCp, state, until, SITE } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

let server;
before(async () => { server = await startServer(SITE); });
after(() => server.close());

// The Intl.Segmenter word segment holding code point `cp` of the article, in code points, computed in the page.
const segmentAt = (page, cp, lang) => page.evaluate(([at, l]) => {
  const text = window.claimscope.getText();
  const u = window.claimscope.cpToUtf16(text, at);
  for (const s of new Intl.Segmenter(l, { granularity: 'word' }).segment(text)) {
    if (u >= s.index && u < s.index + s.segment.length)
      return { start: window.claimscope.utf16ToCp(text, s.index), end: window.claimscope.utf16ToCp(text, s.index + s.segment.length), text: s.segment };
  }
  return null;
}, [cp, lang]);

async function load(page, text, language) {
  await page.evaluate(([t, l]) => window.claimscope.loadArticle(t, { title: 'words', language: l }), [text, language]);
  await settle(page);
}

async function doubleClickAt(page, cp) {
  const p = await spanPoint(page, cp, cp + 1);
  await page.mouse.dblclick(p.x, p.y);
}

test('Chinese: double-click on 发言人 selects the word Intl.Segmenter gives; Ctrl+Right steps by words', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await load(page, '外交部发言人表示，中国欢迎各方参与和平进程。\n\n第二段文字在这里。', 'zh');
  const at = await findCp(page, '发言人');
  const want = await segmentAt(page, at + 1, 'zh');
  // Chromium's ICU dictionary may split 发言人 (spokesperson) as 发言 + 人: whatever it gives is the answer,
  // as long as it is a dictionary word (not a single ideograph, which UAX #29 alone would give).
  assert.ok(want.end - want.start > 1 && want.start >= at && want.end <= at + 3, `a word in 发言人: ${want.text}`);
  await doubleClickAt(page, at + 1);
  const st = await until(page, state, (s) => s.selection.end > s.selection.start, 'a selection');
  assert.deepEqual([st.selection.start, st.selection.end], [want.start, want.end]);
  assert.equal(st.selection.text, want.text);

  // Caret before the article's first character, then Ctrl+Right: to the end of the first word.
  const first = await segmentAt(page, 0, 'zh');
  assert.ok(first.end > 1, 'the first word is longer than one character');
  const p = await spanPoint(page, 0, 1, 'start');
  await page.mouse.click(p.x - 1, p.y);
  await until(page, state, (s) => s.caret === 0 && s.selection.start === s.selection.end, 'caret at 0');
  await page.keyboard.press('Control+ArrowRight');
  await until(page, state, (s) => s.caret === first.end, `Ctrl+Right to ${first.end}`);
  await page.keyboard.press('Control+ArrowLeft');
  await until(page, state, (s) => s.caret === 0, 'Ctrl+Left back to 0');
  assert.deepEqual(problems.page, []);
});

test('Thai: double-click selects the dictionary word Intl.Segmenter gives', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await load(page, 'ประเทศไทยมีประชากรมากกว่าหกสิบล้านคน', 'th');
  const at = await findCp(page, 'ประชากร');
  const want = await segmentAt(page, at + 2, 'th');
  assert.ok(want.end - want.start > 1, 'a word of several letters');
  await doubleClickAt(page, at + 2);
  const st = await until(page, state, (s) => s.selection.end > s.selection.start, 'a selection');
  assert.deepEqual([st.selection.start, st.selection.end], [want.start, want.end]);
  assert.equal(st.selection.text, want.text);
  assert.deepEqual(problems.page, []);
});

test('Thai: a drag snaps to the dictionary words it starts and ends in, not to the whole clause', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  await load(page, 'ประเทศไทยมีประชากรมากกว่าหกสิบล้านคน', 'th');
  const from = (await findCp(page, 'ประชากร')) + 2, to = (await findCp(page, 'ล้าน')) + 2;
  const first = await segmentAt(page, from, 'th'), last = await segmentAt(page, to, 'th');
  assert.ok(first.end < last.start, `two different words: ${first.text}, ${last.text}`);
  const a = await spanPoint(page, from, from + 1), b = await spanPoint(page, to, to + 1);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
  const st = await until(page, state, (s) => s.selection.end > s.selection.start, 'a selection');
  assert.deepEqual([st.selection.start, st.selection.end], [first.start, last.end], st.selection.text);
  assert.deepEqual(problems.page, []);
});

test('English double-click still selects the whole word', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const at = await findCp(page, 'Torkham');
  await doubleClickAt(page, at + 3);
  await until(page, state, (s) => s.selection.text === 'Torkham', 'double-click selects "Torkham"');
  assert.deepEqual(problems.page, []);
});

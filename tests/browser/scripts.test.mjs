// World scripts in the article view (issue 15), in real Chromium: for each script an article is
// loaded through the public API, the faces it needs are fetched, and the view then draws no
// missing glyph; a word's width on the canvas matches the width Chromium gives it in a DOM element
// with the same font file; Arabic runs right to left; a drag across an Arabic/English boundary
// annotates exactly the characters between the pointer's press and release. Screenshots per
// script go to test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import crypto from 'node:crypto';
import path from 'node:path';
import { openApp, settle, state, until, SITE, ARTIFACTS, ROOT, findCp, annotations, tagText, spanPoint, chooseFiles } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

let server;
before(async () => { server = await startServer(SITE); });
after(() => server.close());

// One news-like sentence per script, and a word of it to measure (font: the served file of its face).
const SCRIPTS = [
  { name: 'latin-marks', text: 'Vie\u0323\u0302t Nam: the word na\u0308ive has a combining diaeresis.', word: 'na\u0308ive', font: 'ClaimscopeSans-Regular.ttf' },
  { name: 'greek', text: 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για τους πρόσφυγες.', word: 'κυβέρνηση', font: 'ClaimscopeSans-Regular.ttf' },
  { name: 'cyrillic', text: 'Правительство объявило новые меры для беженцев.', word: 'Правительство', font: 'ClaimscopeSans-Regular.ttf' },
  { name: 'arabic', text: 'قال المتحدث باسم الحكومة إن 450 ألف لاجئ عادوا إلى أفغانستان.', word: 'المتحدث', font: 'NotoSansArabic-Regular.ttf' },
  { name: 'hebrew', text: 'הממשלה הודיעה על צעדים חדשים עבור הפליטים.', word: 'הממשלה', font: 'NotoSansHebrew-Regular.ttf' },
  { name: 'hindi', text: 'सरकार के प्रवक्ता ने कहा कि शरणार्थी लौट आए।', word: 'प्रवक्ता', font: 'NotoSansDevanagari-Regular.ttf' },
  { name: 'bengali', text: 'সরকারের মুখপাত্র বলেছেন যে শরণার্থীরা ফিরে এসেছে।', word: 'মুখপাত্র', font: 'NotoSansBengali-Regular.ttf' },
  { name: 'thai', text: 'โฆษกรัฐบาลกล่าวว่าผู้ลี้ภัยได้เดินทางกลับแล้ว', word: 'โฆษก', font: 'NotoSansThai-Regular.ttf' },
  { name: 'chinese-simplified', text: '政府发言人表示，难民已经返回。', word: '发言人', font: 'NotoSansCJK-Regular.otf' },
  { name: 'chinese-traditional', text: '政府發言人表示，難民已經返回。', word: '發言人', font: 'NotoSansCJK-Regular.otf' },
  { name: 'japanese', text: '政府の報道官は、難民が帰還したと述べた。', word: '報道官', font: 'NotoSansCJK-Regular.otf' },
  { name: 'korean', text: '정부 대변인은 난민들이 돌아왔다고 말했다.', word: '대변인은', font: 'NotoSansCJK-Regular.otf' },
];

// The font files as the build made them: the served faces, and the Latin one the wasm embeds.
function fontBytes(file) {
  for (const dir of [path.join(SITE, 'fonts'), path.join(SITE, '..', 'web-obj', 'fonts')])
    if (fs.existsSync(path.join(dir, file))) return fs.readFileSync(path.join(dir, file)).toString('base64');
  throw new Error(`font ${file} is not in the build`);
}

// Width of `word` in a DOM element using the same font file at the article's size.
async function domWidth(page, word, file, px) {
  return page.evaluate(async ([w, f, b64, size]) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const face = new FontFace('measure-' + f.replace(/\W/g, ''), bytes.buffer);
    await face.load();
    document.fonts.add(face);
    const span = document.createElement('span');
    span.style.cssText = `position:absolute;left:0;top:0;white-space:pre;font:${size}px "${face.family}";visibility:hidden`;
    span.textContent = w;
    document.body.appendChild(span);
    const width = span.getBoundingClientRect().width;
    span.remove();
    return width;
  }, [word, file, fontBytes(file), px]);
}

async function canvasWidth(page, start, end) {
  const rects = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [start, end]);
  return rects.reduce((sum, r) => sum + r.width, 0);
}

async function loadAndDraw(page, text, what) {
  await page.evaluate((t) => window.claimscope.loadArticle(t, { title: '' }), text);
  // Drawn: the new text is laid out, shaped where it needs it, and no glyph on screen is missing.
  return until(page, state, (s) => s.lines > 0 && (s.text.shapedParagraphs === 0 || s.text.glyphsDrawn > 0) &&
    s.text.missingGlyphs === 0, `${what} drawn with no missing glyph`, 20000);
}

test('every script draws without a missing glyph, and a word measures what Chromium measures', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const report = [];
  for (const sc of SCRIPTS) {
    const st = await loadAndDraw(page, sc.text, sc.name);
    await settle(page, 150);
    await page.screenshot({ path: path.join(ARTIFACTS, `script-${sc.name}.png`) });
    const start = await findCp(page, sc.word);
    assert.ok(start >= 0, `${sc.name}: word in the article`);
    const end = start + [...sc.word].length;
    const onCanvas = await canvasWidth(page, start, end);
    const inDom = await domWidth(page, sc.word, sc.font, st.text.articleEmPx);
    report.push(`${sc.name}: canvas ${onCanvas.toFixed(2)} px, DOM ${inDom.toFixed(2)} px`);
    assert.ok(Math.abs(onCanvas - inDom) <= 1 + 0.02 * inDom,
      `${sc.name}: "${sc.word}" is ${onCanvas.toFixed(2)} px on the canvas, ${inDom.toFixed(2)} px in the DOM`);
  }
  t.diagnostic(report.join('\n'));
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

test('Arabic runs right to left, and a drag across an Arabic/English boundary annotates what it swept', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  // "The spokesman John Smith said today" in Arabic with the English name inside.
  const text = 'قال المتحدث John Smith اليوم إن اللاجئين عادوا.';
  await loadAndDraw(page, text, 'mixed Arabic and English');
  await settle(page, 150);
  const qal = await findCp(page, 'قال'), mutahaddith = await findCp(page, 'المتحدث');
  t.diagnostic(`qal ${qal}, mutahaddith ${mutahaddith}`);
  t.diagnostic(JSON.stringify((await state(page)).text));
  const [r1] = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [qal, qal + 3]);
  const [r2] = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [mutahaddith, mutahaddith + 7]);
  assert.ok(r1.x > r2.x + r2.width - 0.5, `the first word (x ${r1.x}) is right of the second (x ${r2.x}, width ${r2.width})`);
  // Character by character (Alt): press on the right half of the first letter of المتحدث (its start),
  // release on the right half of the "n" of John (after it).
  const john = await findCp(page, 'John');
  const [m] = await page.evaluate(([a]) => window.claimscope.rangeRects(a, a + 1), [mutahaddith]);
  const [n] = await page.evaluate(([a]) => window.claimscope.rangeRects(a + 3, a + 4), [john]);
  await page.keyboard.down('Alt');
  await page.mouse.move(m.x + m.width * 0.85, m.y + m.height / 2);
  await page.mouse.down();
  await page.mouse.move(n.x + n.width * 0.5, n.y + n.height / 2, { steps: 6 });
  await page.mouse.move(n.x + n.width * 0.85, n.y + n.height / 2, { steps: 2 });
  await page.mouse.up();
  await page.keyboard.up('Alt');
  const sel = await until(page, state, (s) => s.selection.end > s.selection.start, 'a selection');
  assert.deepEqual([sel.selection.start, sel.selection.end], [mutahaddith, john + 4]);
  assert.equal(sel.selection.text, 'المتحدث John');
  await page.keyboard.press('c'); // the claim type's shortcut
  await until(page, state, (s) => s.annotationCount === 1, 'the annotation');
  const [a] = (await annotations(page)).annotations;
  assert.deepEqual([a.start, a.end, a.quote.exact], [mutahaddith, john + 4, 'المتحدث John']);
  await page.screenshot({ path: path.join(ARTIFACTS, 'script-arabic-english-selection.png') });
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

test('a long article in many scripts is shaped only around what is on screen, and scrolling shapes the rest', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  // 600 paragraphs of about 400 code points: Chinese, Arabic and Hindi in turn (240k code points).
  const words = [SCRIPTS[8].text, SCRIPTS[3].text + ' ', SCRIPTS[5].text + ' '];
  const paragraphs = Array.from({ length: 600 }, (_, i) => `${i + 1}. ` + words[i % 3].repeat(Math.ceil(400 / words[i % 3].length)));
  const text = paragraphs.join('\n\n');
  const loadMs = await page.evaluate((s) => {
    const t0 = performance.now();
    window.claimscope.loadArticle(s, { title: 'Many scripts' });
    return performance.now() - t0;
  }, text);
  const first = await until(page, state, (s) => s.lines > 0 && s.text.glyphsDrawn > 0 && s.text.missingGlyphs === 0,
    'the top of the long article drawn', 30000);
  t.diagnostic(`loadArticle ${loadMs.toFixed(1)} ms; shaped ${first.text.shapedParagraphs} of 600 paragraphs; wrap ${first.wrapMs.toFixed(1)} ms`);
  assert.ok(first.text.shapedParagraphs > 0 && first.text.shapedParagraphs < 60,
    `only the paragraphs near the view are shaped (${first.text.shapedParagraphs})`);
  // Scroll to the middle with the wheel, as a reader would.
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, first.layoutHeight / 40);
  const middle = await until(page, state, (s) => s.scrollY > first.layoutHeight / 4 && s.text.glyphsDrawn > 0 &&
    s.text.missingGlyphs === 0, 'the middle drawn with no missing glyph', 30000);
  t.diagnostic(`after scrolling to ${middle.scrollY.toFixed(0)} of ${middle.layoutHeight.toFixed(0)} px: shaped ${middle.text.shapedParagraphs}`);
  assert.ok(middle.text.shapedParagraphs > first.text.shapedParagraphs, 'scrolling shaped more paragraphs');
  assert.ok(middle.text.shapedParagraphs < 600, 'but not all of them');
  await page.screenshot({ path: path.join(ARTIFACTS, 'script-long-mixed-middle.png') });
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

test('panels draw Arabic and Chinese quotes shaped: the list, the inspector and the hover card', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const text = 'قال المتحدث باسم الحكومة إن اللاجئين عادوا.\n\n政府发言人表示，难民已经返回。';
  await loadAndDraw(page, text, 'Arabic and Chinese');
  const before = await state(page);
  assert.equal(before.text.panelTexts, 0, 'nothing in the panels needs shaping yet');
  await tagText(page, 'المتحدث باسم', 'c');
  await tagText(page, '政府发言人表示', 'a');
  // The list shows both rows, the inspector the actor's quote: each laid out by the shaping path.
  const tagged = await until(page, state, (s) => s.text.panelTexts >= 3 && s.text.missingGlyphs === 0,
    'the list rows and the inspector quote shaped, with no missing glyph', 10000);
  t.diagnostic(JSON.stringify(tagged.text));
  await page.screenshot({ path: path.join(ARTIFACTS, 'script-panels.png') });
  // Hovering the Arabic claim opens its card, whose quote is shaped too.
  const start = await findCp(page, 'المتحدث');
  const p = await spanPoint(page, start, start + 7);
  await page.mouse.move(p.x, p.y + 200); // off the text first: no card
  await settle(page, 150);
  await page.mouse.move(p.x, p.y);
  const card = await until(page, (pg) => pg.evaluate(() => window.claimscope.uiRect('hovercard/quote')),
    (r) => r && r.label === '“المتحدث باسم”', 'the hover card of the Arabic claim', 10000);
  const hovered = await state(page);
  t.diagnostic(JSON.stringify({ card, text: hovered.text }));
  assert.equal(hovered.text.missingGlyphs, 0);
  await page.screenshot({ path: path.join(ARTIFACTS, 'script-hover-card.png') });
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

// A class's files for an Arabic article, made from the Latin classroom fixtures (their codebook):
// the teacher's key and two students' work.
function arabicClassFiles() {
  const text = 'قال المتحدث باسم الحكومة إن اللاجئين عادوا. وأغلقت باكستان الحدود.';
  const cps = [...text];
  const span = (needle, type, id) => {
    const start = [...text.slice(0, text.indexOf(needle))].length, end = start + [...needle].length;
    return { id, type, start, end, quote: { prefix: cps.slice(Math.max(0, start - 32), start).join(''), exact: needle,
      suffix: cps.slice(end, end + 32).join('') }, attributes: {}, entity: '', note: '', author: '',
      created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };
  };
  const claim = span('اللاجئين عادوا', 'claim', 'a1'), source = span('المتحدث باسم الحكومة', 'source', 'a2');
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/classroom/teacher-key.claimscope.json'), 'utf8'));
  base.article = { ...base.article, title: 'تقرير الحدود', language: 'ar', text,
    sha256: crypto.createHash('sha256').update(text, 'utf8').digest('hex') };
  base.relations = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-arabic-class-'));
  const write = (name, annotator, annotations) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, JSON.stringify({ ...base, annotator, annotations }, null, 1));
    return f;
  };
  return { text, files: [write('key.claimscope.json', 'Teacher', [claim, source]),
    write('salma.claimscope.json', 'سلمى', [claim, source]), write('omar.claimscope.json', 'Omar', [claim])] };
}

test('the class heatmap of an Arabic article is shaped right to left, and a click on a word says who marked it', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const { files } = arabicClassFiles();
  await chooseFiles(page, files);
  const c = await until(page, (pg) => pg.evaluate(() => window.claimscope.getState().classroom),
    (cl) => cl.mode === 'review' && cl.review.ok, 'the review of the Arabic class', 20000);
  assert.equal(c.review.keyFile, 'key.claimscope.json');
  const drawn = await until(page, state, (s) => s.classroom.review.tokens.length > 0 && s.text.missingGlyphs === 0 &&
    s.text.glyphsDrawn > 0, 'the heatmap drawn with no missing glyph', 20000);
  const tokens = drawn.classroom.review.tokens;
  const qal = tokens.find((k) => k.text === 'قال'), returned = tokens.find((k) => k.text === 'عادوا');
  assert.ok(qal && returned, JSON.stringify(tokens.map((k) => k.text)));
  assert.ok(qal.x > returned.x, `right to left: the first word (x ${qal.x}) is right of a later one (x ${returned.x})`);
  await page.mouse.click(returned.x + returned.width / 2, returned.y + returned.height / 2);
  const sel = await until(page, (pg) => pg.evaluate(() => window.claimscope.getState().classroom.review.selectedToken),
    (x) => x && x.text === 'عادوا', 'the clicked word selected');
  assert.deepEqual(sel.who.claim.slice().sort(), ['Omar', 'سلمى'].sort());
  await page.mouse.move(returned.x + returned.width / 2, returned.y + returned.height / 2 + 2);
  await settle(page, 150);
  await page.screenshot({ path: path.join(ARTIFACTS, 'script-arabic-heatmap.png') });
  assert.equal((await state(page)).text.missingGlyphs, 0, 'the hover card names سلمى with no missing glyph');
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

// In a screen rectangle: pixels whose red, green and blue differ by more than 60 (colour, not grey
// text), pixels unlike the page's background (ink), and all pixels.
async function pixelKinds(page, r) {
  const shot = await page.screenshot({ clip: { x: r.x, y: r.y, width: r.width, height: r.height } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
    const g = c.getContext('2d'); g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    let colour = 0, ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 60) colour++;
      if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 90) ink++;
    }
    return { colour, ink, all: d.length / 4 };
  }, shot.toString('base64'));
}

test('emoji are drawn in colour as whole clusters: a family, a flag, a skin tone, a check mark', async (t) => {
  const { page, problems } = await openApp(t, { server });
  await settle(page);
  const text = 'Family 👩‍👩‍👧, flag 🇺🇦, thumbs up 👍🏽 and a check ✅ in the news.';
  const st = await loadAndDraw(page, text, 'emoji');
  t.diagnostic(JSON.stringify(st.text));
  await settle(page, 150);
  await page.screenshot({ path: path.join(ARTIFACTS, 'script-emoji.png') });
  const report = [];
  for (const e of ['👩‍👩‍👧', '🇺🇦', '👍🏽', '✅']) {
    const start = await findCp(page, e), end = start + [...e].length;
    const rects = await page.evaluate(([a, b]) => window.claimscope.rangeRects(a, b), [start, end]);
    assert.equal(rects.length, 1, `${e} is one cluster, one rectangle`);
    const px = await pixelKinds(page, rects[0]);
    report.push(`${e}: ${rects[0].width.toFixed(1)} px wide, ${JSON.stringify(px)}`);
    // Filled, not the outlined box of a missing glyph (about a tenth of the rectangle); and, but for
    // Noto's grey family, in colour.
    assert.ok(px.ink > 0.25 * px.all, `${e} is drawn filled: ${JSON.stringify(px)} in ${JSON.stringify(rects[0])}`);
    if (e !== '👩‍👩‍👧') assert.ok(px.colour > 20, `${e} is drawn in colour: ${JSON.stringify(px)}`);
  }
  t.diagnostic(report.join('; '));
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
});

// Issue 17, screen readers: the accessible mirror of the article and the live region, in real Chromium.
// - The accessibility tree (CDP Accessibility.getFullAXTree) holds the article's headline and text, and
//   after a real drag + C a mark whose description says "Claim"; the live region says "Claim added: …".
// - Undo, Find and linking are announced once each.
// - A selection made in the mirror (as a screen reader's browse mode makes it) selects the same code
//   points in the app; the app's selection is marked in the mirror as "selected text", and the caret's
//   paragraph is aria-current=location.
// - A long article: the mirror holds a window of paragraphs around the reading position, and follows it.
// - axe-core, run on the page after load, after tagging, with the inspector showing an annotation and with
//   a dialog open: no violation at the WCAG 2.0/2.1/2.2 A and AA tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, settle, state, until, tagText as tag, selectText, selectWithFind, clickUi, ROOT } from './harness.mjs';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  // The text under a node (a <mark> takes no name from its content: its text is its children's).
  const textOf = (n) => (n.role && n.role.value === 'StaticText' ? (n.name && n.name.value) || '' : '') +
    (n.childIds || []).map((c) => byId.get(c)).filter(Boolean).map(textOf).join('');
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role && n.role.value, name: (n.name && n.name.value) || '', description: (n.description && n.description.value) || '',
    text: n.role && n.role.value === 'mark' ? textOf(n) : undefined,
  }));
}

const liveText = (page) => page.evaluate(() => document.getElementById('cs-live').textContent);

async function axeViolations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

test('the accessibility tree holds the article; a tagged passage is a mark described as a Claim; actions are announced', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  const title = (await state(page)).title || await page.evaluate(() => document.querySelector('#cs-mirror h1').textContent);
  let tree = await axTree(page);
  assert.ok(tree.some((n) => n.role === 'heading' && n.name === 'Afghanistan urges cooperation as Pakistan expels Afghan refugees'), `headline in the tree (${title})`);
  const text = await page.evaluate(() => window.claimscope.getText());
  const firstParagraph = text.split('\n').find((l) => l.trim().length > 40);
  assert.ok(tree.some((n) => n.role === 'StaticText' && firstParagraph.startsWith(n.name) && n.name.length > 20), 'the first paragraph as text');

  await tag(page, 'over 450,000 Afghans', 'c');
  await until(page, liveText, (s) => s === 'Claim added: over 450,000 Afghans', 'announced');
  tree = await until(page, axTree, (nodes) => nodes.some((n) => n.role === 'mark'), 'a mark in the tree');
  const mark = tree.find((n) => n.role === 'mark');
  assert.equal(mark.text, 'over 450,000 Afghans');
  assert.match(mark.description, /^Claim\./);

  // Linked from the keyboard's pick mode: L, then a click on the actor... the inspector link is covered by
  // the keyboard test; here the announcement of undo.
  await page.keyboard.press('Control+z');
  await until(page, liveText, (s) => s === 'Undone: Add Claim', 'undo announced');
  await until(page, axTree, (nodes) => !nodes.some((n) => n.role === 'mark'), 'the mark is gone from the tree');

  await page.keyboard.press('Control+f');
  await settle(page);
  await page.keyboard.type('Afghan');
  await page.keyboard.press('Enter');
  const found = await until(page, liveText, (s) => /^\d+ of \d+ matches$/.test(s), 'find announced');
  const count = (text.match(/Afghan/g) || []).length;
  assert.match(found, new RegExp(` of ${count} matches$`));
  assert.deepEqual(problems.page, []);
});

test('a selection made in the mirror selects the same code points in the app; the app\'s selection and caret show in the mirror', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  // Chinese, an emoji of two code points and Arabic before the word: offsets are code points, not UTF-16.
  await page.evaluate(() => window.claimscope.loadArticle('发言人 👍🏽 قال: Balkhi said the border was closed.\nSecond paragraph.', { title: 'Mixed' }));
  await settle(page, 400);
  await page.evaluate(() => {
    const span = [...document.querySelectorAll('#cs-mirror [data-start]')].find((s) => s.textContent.includes('border'));
    const node = span.firstChild, at = node.data.indexOf('border');
    document.getSelection().setBaseAndExtent(node, at, node, at + 'border was closed'.length);
  });
  const sel = await until(page, state, (s) => s.selection.text === 'border was closed', 'selected in the app');
  assert.equal(sel.selection.start, [...'发言人 👍🏽 قال: Balkhi said the '].length);
  // Not sent back: the mirror's DOM (and so the reader's own selection) is left as it was.
  await settle(page);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#cs-mirror [data-selection]').length), 0);

  // The reverse: a selection made in the app (Find, from the keyboard) is marked in the mirror as selected
  // text, and the caret's paragraph is the current location.
  await selectWithFind(page, 'Second paragraph');
  const shown = () => page.evaluate(() => {
    const marks = [...document.querySelectorAll('#cs-mirror [data-selection]')];
    const current = document.querySelector('#cs-mirror [aria-current]');
    return { text: marks.map((m) => m.textContent).join(''), roles: marks.map((m) => m.getAttribute('role')),
             note: marks.length ? document.getElementById(marks[0].getAttribute('aria-describedby')).textContent : '',
             current: current && current.getAttribute('aria-current'), currentText: current && current.textContent };
  });
  const marked = await until(page, shown, (m) => m.text === 'Second paragraph', 'the app\'s selection marked in the mirror');
  assert.deepEqual(marked.roles, ['mark']);
  assert.equal(marked.note, 'selected text');
  assert.equal(marked.current, 'location');
  assert.equal(marked.currentText, 'Second paragraph.');
  // The accessibility tree has it as a mark described as selected text.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  assert.ok(nodes.some((n) => n.role && n.role.value === 'mark' && n.description && n.description.value === 'selected text'), 'an AX mark described "selected text"');
  // A selection made in the mirror across the marked text's split pieces still maps to code points.
  await page.evaluate(() => {
    const spans = [...document.querySelectorAll('#cs-mirror [data-start]')];
    const inMark = spans.find((x) => x.closest('[data-selection]'));
    const before = spans[spans.indexOf(inMark) - 1];
    document.getSelection().setBaseAndExtent(before.firstChild, before.firstChild.data.length - 3, inMark.firstChild, 6);
  });
  await until(page, state, (s) => s.selection.text === 'ed.\nSecond', 'a mirror selection across the split');
  // A caret with no selection: nothing marked, its paragraph current.
  await page.evaluate(() => document.getSelection().removeAllRanges());
  await selectWithFind(page, 'Second paragraph');
  await page.keyboard.press('ArrowRight');
  const caretOnly = await until(page, shown, (m) => m.text === '' && m.current === 'location', 'the caret shown, nothing selected');
  assert.equal(caretOnly.currentText, 'Second paragraph.');
  assert.deepEqual(problems.page, []);
});

test('a long article: the mirror holds the paragraphs around the reading position and follows the scroll', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  const paragraphs = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i}: the border report number ${i} says what the agency said.`);
  await page.evaluate((text) => window.claimscope.loadArticle(text, { title: 'Long' }), paragraphs.join('\n'));
  await settle(page, 400);
  const window0 = await page.evaluate(() => ({ first: +document.getElementById('cs-mirror').dataset.first, n: document.querySelectorAll('#cs-mirror p').length }));
  assert.equal(window0.first, 0);
  assert.ok(window0.n > 20 && window0.n < 100, `a window, not 3000 paragraphs (${window0.n})`);
  const cp = [...paragraphs.slice(0, 2000).join('\n')].length + 1;
  await page.evaluate((c) => window.claimscope.scrollTo(c), cp);
  await settle(page, 300);
  const window1 = await page.evaluate(() => ({ first: +document.getElementById('cs-mirror').dataset.first, last: +document.getElementById('cs-mirror').dataset.last, text: document.getElementById('cs-mirror').textContent }));
  assert.ok(window1.first <= 2000 && window1.last > 2000, JSON.stringify([window1.first, window1.last]));
  assert.ok(window1.text.includes('Paragraph 2000: the border report'), 'the paragraph in view is in the mirror');
  assert.ok(!window1.text.includes('Paragraph 5:'), 'the first screen left it');
  assert.deepEqual(problems.page, []);
});

test('axe-core: no WCAG 2.x A/AA violation after load, after tagging, with the inspector and with a dialog open', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  assert.deepEqual(await axeViolations(page), [], 'after load');
  await tag(page, 'over 450,000 Afghans', 'c');
  await tag(page, 'Abdul Qahar Balkhi', 'a');
  await settle(page);
  assert.deepEqual(await axeViolations(page), [], 'after tagging, the inspector showing the actor');
  await clickUi(page, 'menu/file');
  await clickUi(page, 'menu/file/new');
  await settle(page);
  assert.deepEqual(await axeViolations(page), [], 'with a dialog open');
  assert.deepEqual(problems.page, []);
});

// Issue 17, the keyboard alone from page load (no mouse event at all): find and select passages, tag them,
// open the context menu with Shift+F10 and link the claim to its actor and its source, write a note (F2),
// save with Ctrl+S. Every step is checked in the downloaded file; each is announced.
test('keyboard only: select, tag, link to an actor and a source, write a note, save', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  const key = (k) => page.keyboard.press(k);
  const findAndSelect = (text) => selectWithFind(page, text);
  await findAndSelect('Abdul Qahar Balkhi');
  await key('a');
  await until(page, liveText, (s) => s === 'Actor added: Abdul Qahar Balkhi', 'actor announced');
  await findAndSelect('United Nations');
  await key('s');
  await until(page, liveText, (s) => s === 'Source added: United Nations', 'source announced');
  await findAndSelect('over 450,000 Afghans');
  await key('c');
  await until(page, liveText, (s) => s === 'Claim added: over 450,000 Afghans', 'claim announced');

  const focusRing = (p) => p.evaluate(() => window.claimscope.uiRect('context/focus'));
  for (const [relation, target] of [['said by', 'Abdul Qahar Balkhi'], ['according to', 'United Nations']]) {
    // The menu is for the annotation the keys are on: the claim, selected again after the last link.
    await findAndSelect('over 450,000 Afghans');
    await key('Shift+F10');
    let focused = await until(page, focusRing, (r) => r && r.label, 'the menu has the keyboard');
    // Down through the menu (the tag items come first while text is selected) to the link.
    for (let i = 0; i < 12 && focused.label !== `Link ${relation}…`; i++) {
      const before = focused.label;
      await key('ArrowDown');
      focused = await until(page, focusRing, (r) => r && r.label !== before, 'the focus ring moved');
    }
    assert.equal(focused.label, `Link ${relation}…`);
    assert.ok(focused.width > 0);
    await key('Enter');
    await until(page, liveText, (s) => s.startsWith('Linking:'), 'pick mode announced');
    await findAndSelect(target);
    await key('Enter');
    await until(page, liveText, (s) => s === `Linked: ${relation} ${target}`, `linked ${relation}`);
  }
  await key('F2');
  await until(page, state, (s) => s.textInputActive, 'the note field has the keyboard');
  await page.keyboard.type('Check the figure against UNHCR.');
  await key('Control+Enter'); // keeps the note and gives the keyboard back to the article
  await until(page, liveText, (s) => s === 'Note saved', 'note announced');
  await until(page, state, (s) => !s.textInputActive, 'the keyboard back with the article');

  // The first save of a document asks whose work it is: the name field has the keyboard at once.
  await key('Control+s');
  await until(page, state, (s) => s.textInputActive, 'the name field has the keyboard');
  await page.keyboard.type('Dana Keys');
  const [download] = await Promise.all([page.waitForEvent('download'), key('Enter')]);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const byQuote = Object.fromEntries(file.annotations.map((a) => [a.quote.exact, a]));
  assert.equal(byQuote['Abdul Qahar Balkhi'].type, 'actor');
  assert.equal(byQuote['United Nations'].type, 'source');
  const claim = byQuote['over 450,000 Afghans'];
  assert.equal(claim.type, 'claim');
  assert.equal(claim.note, 'Check the figure against UNHCR.');
  assert.equal(file.annotator, 'Dana Keys');
  const links = file.relations.map((r) => [r.type, r.from, r.to]).sort();
  assert.deepEqual(links, [['according_to', claim.id, byQuote['United Nations'].id], ['said_by', claim.id, byQuote['Abdul Qahar Balkhi'].id]]);
  assert.deepEqual(problems.page, []);
});

// Issue 17, the panels: every control the app draws is a focusable element of the page (out of sight, the
// canvas outlines the focused one), in landmarks. Keyboard alone from load: Shift+Tab from the article goes
// to the toolbar, then the menu bar; Tab from the article to the lists, then the inspector; F6 cycles the
// landmarks; F10 goes to the menu bar, Enter opens a menu (its first item has the keyboard), Escape closes
// it and the keyboard is back on the menu; a dialog opened from a menu takes the keyboard, keeps it on
// Tab, and gives it back when it closes.
const focused = (page) => page.evaluate(() => {
  let el = document.activeElement;
  if (!el) return null;
  if (el.id === 'cs-input') return { region: 'article', name: '' };
  // The page's own field over the canvas, while the app edits a text field: where that field's element is.
  if (el.id === 'cs-field') el = document.querySelector(`.cs-panels [data-control="${el.dataset.control}"]`) || el;
  const box = el.closest('.cs-panels > [role]');
  return { region: box ? box.getAttribute('aria-label') : null, regionRole: box ? box.getAttribute('role') : null,
    role: el.getAttribute('role'), name: el.textContent || el.getAttribute('aria-label') || '' };
});

// The app open with a claim made from the keyboard (Find, Enter, Escape, C), so that the inspector has controls.
async function openWithKeyboardClaim(t) {
  const { page, problems } = await openApp(t);
  await settle(page);
  const key = (k) => page.keyboard.press(k);
  await selectWithFind(page, 'over 450,000 Afghans');
  await key('c');
  await until(page, liveText, (s) => s === 'Claim added: over 450,000 Afghans', 'claim announced');
  return { page, problems, key };
}

test('keyboard: Tab and F6 go through the landmarks; F10, Enter and Escape work the menus; a dialog keeps the keyboard', async (t) => {
  const { page, problems, key } = await openWithKeyboardClaim(t);
  assert.equal((await focused(page)).region, 'article', 'the article has the keyboard');
  // Forwards from the article, around (past the end of the page, Tab comes back to its start): the lists,
  // the inspector, the menu bar (one stop), the toolbar, the article.
  const fwd = [];
  for (let i = 0; i < 80 && fwd.filter((r) => r === 'article').length < 1; i++) {
    await key('Tab');
    const f = await focused(page);
    if (f && f.region !== null && fwd[fwd.length - 1] !== f.region) fwd.push(f.region);
  }
  assert.deepEqual(fwd, ['Lists', 'Inspector', 'Menu bar', 'Toolbar', 'article']);
  // Backwards from the article: the toolbar's controls, then the menu bar.
  const back = [];
  for (let i = 0; i < 20 && !back.includes('Menu bar'); i++) {
    await key('Shift+Tab');
    const f = await focused(page);
    if (back[back.length - 1] !== f.region) back.push(f.region);
  }
  assert.deepEqual(back, ['Toolbar', 'Menu bar']);
  // The focused control is outlined on the canvas (drawn in the frame after the focus moved).
  await page.screenshot({ path: 'test-results/keyboard-focus-ring.png' });
  await key('F6'); await key('F6'); await key('F6'); await key('F6'); // Menu bar -> ... -> Inspector
  // F6 from landmark to landmark, around.
  assert.equal((await focused(page)).region, 'Inspector');
  const f6 = [];
  for (let i = 0; i < 5; i++) { await key('F6'); f6.push((await focused(page)).region); }
  assert.deepEqual(f6, ['Menu bar', 'Toolbar', 'article', 'Lists', 'Inspector']);

  // The menu bar: F10, arrows, Enter opens the menu with its first item focused, Escape closes it.
  await key('F10');
  assert.deepEqual(await focused(page), { region: 'Menu bar', regionRole: 'menubar', role: 'menuitem', name: 'File' });
  await key('ArrowRight');
  assert.equal((await focused(page)).name, 'Edit');
  await key('ArrowLeft');
  await key('Enter');
  const item = await until(page, focused, (f) => f.regionRole === 'menu', 'the File menu has the keyboard');
  assert.equal(item.region, 'File');
  assert.match(item.role, /^menuitem/);
  await key('ArrowDown');
  assert.notEqual((await focused(page)).name, item.name, 'Down moves in the menu');
  await key('Escape');
  await until(page, focused, (f) => f.region === 'Menu bar' && f.name === 'File', 'Escape closed the menu, the keyboard back on File');
  assert.equal(await page.evaluate(() => document.querySelector('.cs-panels [role=menu]')), null, 'no menu left');

  // File › New article…: the dialog takes the keyboard and keeps it; Escape (Cancel) gives it back.
  await key('Enter');
  await until(page, focused, (f) => f.regionRole === 'menu', 'the File menu again');
  let f = await focused(page);
  for (let i = 0; i < 15 && !/^New article/.test(f.name); i++) { await key('ArrowDown'); f = await focused(page); }
  assert.match(f.name, /^New article/);
  await key('Enter');
  const inDialog = await until(page, focused, (x) => x.regionRole === 'dialog', 'the dialog has the keyboard');
  assert.equal(inDialog.region, 'New article');
  const seenInDialog = new Set();
  for (let i = 0; i < 12; i++) {
    await key('Tab');
    const x = await focused(page);
    assert.equal(x.region, 'New article', `Tab stays in the dialog (${JSON.stringify(x)})`);
    seenInDialog.add(x.name);
  }
  assert.ok([...seenInDialog].some((n) => /Cancel/.test(n)), `the dialog's buttons: ${[...seenInDialog].join(', ')}`);
  // Activate Cancel from the keyboard.
  for (let i = 0; i < 12 && !/Cancel/.test((await focused(page)).name); i++) await key('Tab');
  await key('Enter');
  await until(page, focused, (x) => x.region !== 'New article', 'the dialog closed');
  assert.equal(await page.evaluate(() => document.querySelector('.cs-panels [role=dialog]')), null);
  assert.deepEqual(problems.page, []);
});

// Letters typed on a text field's element of the copy (the keyboard is on it, its edit not begun, or begun
// but not yet shown a frame later) start its edit and are kept, in order.
test('keyboard: typing on the note\'s element starts its edit and keeps every letter', async (t) => {
  const { page, problems, key } = await openWithKeyboardClaim(t);
  for (let i = 0; i < 6 && (await focused(page)).region !== 'Inspector'; i++) await key('F6');
  let f = await focused(page);
  for (let i = 0; i < 30 && !(f.role === 'textbox' && /note/i.test(f.name)); i++) { await key('Tab'); f = await focused(page); }
  assert.equal(f.role, 'textbox');
  // Tab began the edit; Escape ends it and leaves the keyboard on the note's element, no edit.
  await until(page, state, (s) => s.textInputActive, 'the note edited');
  await key('Escape');
  const onProxy = () => page.evaluate(() => { const e = document.activeElement; return !!(e && e.dataset.control !== undefined && e.id !== 'cs-field' && e.getAttribute('role') === 'textbox'); });
  await until(page, onProxy, (x) => x, 'the keyboard on the note\'s element');
  await page.keyboard.type('Quick note');
  await until(page, state, (s) => s.textInputActive, 'typing began the edit');
  await key('Control+Enter');
  const claim = await until(page, (p) => p.evaluate(() => window.claimscope.getAnnotations()),
    (a) => a.annotations.some((x) => x.note), 'the note saved');
  assert.equal(claim.annotations.find((x) => x.note).note, 'Quick note');
  assert.deepEqual(problems.page, []);
});

// WCAG 2.1.1: the splitters between the panes, which the mouse drags, are separators of the copy whose value
// is the width they set; Left and Right move them 16 px, as a drag would.
test('keyboard: a splitter between the panes is a separator moved by the arrow keys', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  const key = (k) => page.keyboard.press(k);
  let f = null;
  for (let i = 0; i < 60; i++) {
    await key('Tab');
    f = await focused(page);
    if (f && f.role === 'separator') break;
  }
  assert.deepEqual([f.region, f.role, f.name], ['Lists', 'separator', 'Lists width']);
  const value = () => page.evaluate(() => {
    const el = document.activeElement;
    return { now: +el.getAttribute('aria-valuenow'), min: +el.getAttribute('aria-valuemin'), max: +el.getAttribute('aria-valuemax'), orientation: el.getAttribute('aria-orientation') };
  });
  const v0 = await value();
  assert.equal(v0.orientation, 'vertical');
  assert.ok(v0.min <= v0.now && v0.now < v0.max, JSON.stringify(v0));
  const article0 = await page.evaluate(() => window.claimscope.uiRect('article'));
  await key('ArrowRight');
  await key('ArrowRight');
  await until(page, value, (v) => v.now === v0.now + 32, 'the lists 32 px wider');
  const article1 = await until(page, (p) => p.evaluate(() => window.claimscope.uiRect('article')), (r) => Math.abs(r.x - (article0.x + 32)) <= 1, 'the article moved right by 32 px');
  assert.ok(Math.abs(article1.width - (article0.width - 32)) <= 1, `article width ${article0.width} -> ${article1.width}`);
  await key('ArrowLeft');
  await until(page, value, (v) => v.now === v0.now + 16, 'back 16 px');
  assert.equal((await focused(page)).name, 'Lists width', 'the keyboard stays on the splitter');
  // The inspector's splitter is there too, in the inspector's landmark.
  assert.ok(await page.evaluate(() => !!document.querySelector('.cs-panels [role=region][aria-label=Inspector] [role=separator][aria-label="Inspector width"]')));
  assert.deepEqual(problems.page, []);
});

// Issue 17: the panels as a screen reader's tree (CDP): a menu bar, a toolbar with its buttons, the
// inspector's controls with their roles and states once an annotation is selected; and a focused control
// is outlined on the canvas (the ring is drawn: pixels of the focus colour around its rectangle).
test('the accessibility tree has the menu bar, toolbar and inspector controls with roles and states', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  await tag(page, 'over 450,000 Afghans', 'c');
  await settle(page);
  const tree = await axTree(page);
  const has = (role, name) => tree.some((n) => n.role === role && (name instanceof RegExp ? name.test(n.name) : n.name === name));
  assert.ok(has('menubar', 'Menu bar'));
  for (const m of ['File', 'Edit', 'View', 'Help']) assert.ok(has('menuitem', m), `menu ${m}`);
  assert.ok(has('toolbar', 'Toolbar'));
  assert.ok(has('button', /^Save/), 'the Save button');
  assert.ok(has('region', 'Inspector'));
  assert.ok(has('combobox', 'Type'), 'the Type combo');
  assert.ok(has('textbox', /Note/i), 'the note field');
  // One "Pick in text" per link type, each named by its link (the visible words first, WCAG 2.5.3).
  assert.ok(has('button', 'Pick in text (said by)'), 'Pick in text (said by)');
  assert.ok(has('button', 'Pick in text (according to)'), 'Pick in text (according to)');
  // Check a state: the type combo is collapsed.
  const combo = await page.evaluate(() => [...document.querySelectorAll('.cs-panels [role=combobox]')].map((e) => [e.textContent, e.getAttribute('aria-expanded')]));
  assert.ok(combo.some(([n, x]) => n === 'Type' && x === 'false'), JSON.stringify(combo));
  // The words beside the controls are read in place: the claim's quote, the link sections' headings.
  assert.ok(has('heading', 'said by') && has('heading', 'according to'), 'the link sections are headings');
  const texts = await page.evaluate(() => [...document.querySelectorAll('.cs-panels [aria-label=Inspector] [role=paragraph]')].map((e) => [e.textContent, e.tabIndex]));
  assert.ok(texts.some(([w]) => w === '“over 450,000 Afghans”'), JSON.stringify(texts));
  assert.ok(texts.every(([, tab]) => tab === -1), 'text is never a Tab stop');
  // Controls drawn as symbols are named in words.
  assert.ok(has('button', 'A+ larger text') && has('button', 'A- smaller text'), 'A+ and A- named');
  await page.keyboard.press('Control+f');
  const findButtons = await until(page, (p) => p.evaluate(() => [...document.querySelectorAll('.cs-panels [role=region][aria-label=Find] button')].map((e) => e.textContent)),
    (names) => names.includes('Next match'), 'Find\'s buttons in the copy');
  for (const n of ['Previous match', 'Next match', 'Select match', 'Close Find']) assert.ok(findButtons.includes(n), `${n} in ${JSON.stringify(findButtons)}`);
  await page.keyboard.press('Escape');
  // Each tab bar is one tab list, though the open tab's controls are drawn between its tabs.
  const tablists = await page.evaluate(() => [...document.querySelectorAll('.cs-panels [role=tablist]')].map((l) => [...l.children].map((e) => e.textContent)));
  assert.ok(tablists.length > 0 && tablists.every((l) => l.length >= 2), JSON.stringify(tablists));
  // The open Type list says which type is chosen.
  await clickUi(page, 'inspector/type');
  const options = await until(page, (p) => p.evaluate(() => [...document.querySelectorAll('.cs-panels [role=listbox] [role=option]')].map((e) => [e.textContent, e.getAttribute('aria-selected')])),
    (o) => o.length >= 3, 'the Type list in the copy');
  assert.deepEqual(options.filter(([, sel]) => sel === 'true').map(([n]) => n), ['Claim'], JSON.stringify(options));
  assert.ok(options.filter(([, sel]) => sel === 'false').length >= 2, JSON.stringify(options));
  await page.keyboard.press('Escape');
  assert.deepEqual(problems.page, []);
});

// WCAG 3.1.2: the mirror carries the article's language, so a reader speaks it with the right voice.
test('the mirror carries the article\'s language', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  const lang = () => page.evaluate(() => document.getElementById('cs-mirror').getAttribute('lang'));
  await page.evaluate(() => window.claimscope.loadArticle('Le porte-parole a déclaré que 450 000 Afghans étaient partis.\n\nDeuxième paragraphe.', { title: 'Essai', language: 'fr' }));
  await until(page, lang, (l) => l === 'fr', 'lang="fr" on the mirror');
  await page.evaluate(() => window.claimscope.loadArticle('No language given here.', { title: 'Plain' }));
  await until(page, lang, (l) => l === null, 'no lang: the page\'s own is read');
  assert.deepEqual(problems.page, []);
});

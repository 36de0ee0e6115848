// The public JS API's file calls (window.claimscope.setAnnotations / getAnnotations), used by pages
// that embed Claimscope and by the benchmark: bytes, text and objects load the same; a bad file
// names its problem and changes nothing; bytes after a NUL are not silently cut off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, settle, ROOT } from './harness.mjs';

const GOLDEN = fs.readFileSync(path.join(ROOT, 'tests/data/sample.claimscope.json'), 'utf8');

test('setAnnotations: bytes, ArrayBuffer, text and object load the same file; errors change nothing', async (t) => {
  const { page, problems } = await openApp(t);
  await settle(page);
  const results = await page.evaluate((text) => {
    const api = window.claimscope;
    const bytes = new TextEncoder().encode(text);
    const out = {};
    for (const [name, file] of [['bytes', bytes], ['arrayBuffer', bytes.slice().buffer], ['text', text], ['object', JSON.parse(text)]]) {
      const r = api.setAnnotations(file);
      const f = api.getAnnotations();
      out[name] = { ok: r.ok, errors: r.errors, timed: typeof r.loadMs === 'number' && typeof r.openMs === 'number',
        count: f.annotations.length, relations: f.relations.length, first: f.annotations[0].quote.exact, title: f.article.title };
    }
    return out;
  }, GOLDEN);
  for (const [name, r] of Object.entries(results)) {
    assert.deepEqual(r, { ok: true, errors: [], timed: true, count: 14, relations: 6, first: results.bytes.first,
      title: 'Afghanistan urges joint solution with Pakistan as refugee expulsions mount' }, name);
  }

  // The browser copy is written ~250 ms after the change by one timed frame, not by rendering
  // every frame until then (that was ~15 frames after each edit).
  const f = await page.evaluate(async (text) => {
    const f0 = window.claimscope.frameCount();
    window.claimscope.setAnnotations(text.replace('"annotator": "', '"annotator": "Bo '));
    await new Promise((r) => setTimeout(r, 600));
    return { frames: window.claimscope.frameCount() - f0, saved: window.claimscope.getState().saved };
  }, GOLDEN);
  assert.equal(f.saved, 'saved in browser');
  assert.ok(f.frames <= 8, `frames in the 600 ms after a load: ${f.frames}`);
  t.diagnostic(`frames in the 600 ms after a load: ${f.frames}`);

  // The status line says so for 4 s without keeping the page rendering: one frame takes it away.
  const f0 = await settle(page);
  assert.equal((await page.evaluate(() => window.claimscope.getState())).status, 'Annotations loaded');
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.claimscope.frameCount()), f0, 'no frames while a status message waits');
  await page.waitForFunction(() => window.claimscope.getState().status === '', null, { timeout: 6000 });

  // A NUL byte is part of the file, not its end: the JSON error points at it.
  const bad = await page.evaluate((text) => {
    const bytes = new TextEncoder().encode(text);
    const withNul = new Uint8Array(bytes.length + 2);
    withNul.set(bytes.subarray(0, 40)); withNul[40] = 0; withNul.set(bytes.subarray(40), 41);
    const r1 = window.claimscope.setAnnotations(withNul);
    const r2 = window.claimscope.setAnnotations('{"format": "claimscope", "version": "7.0"}');
    return { r1, r2, count: window.claimscope.getAnnotations().annotations.length };
  }, GOLDEN);
  assert.equal(bad.r1.ok, false);
  // Byte 40 is on line 3, column 13; nlohmann's lexer reads a NUL as the end of the input.
  assert.match(bad.r1.errors[0], /^line 3, column 13: malformed JSON: .*unexpected end of input/);
  assert.deepEqual(bad.r2.errors, ['version: made by a newer Claimscope (format 7.x); this app reads format 1.x']);
  assert.equal(bad.count, 14, 'the loaded work is unchanged');
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.page, []);
});

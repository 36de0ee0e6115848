// Smoke run of the benchmark harness (issue 8), so it cannot rot: a small corpus (10k code points,
// 100 annotations) that the CLI must accept, Recogito offsets that point at the quotes, and the
// browser benchmark in --smoke mode producing numbers. Both builds must exist (scripts/test.sh
// makes them first): without them the test fails, it does not pass by skipping its checks. Not a
// benchmark: it asserts nothing about speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SIZES, CORPUS, generate, writeCorpus } from '../../bench/gen_corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = process.env.CLAIMSCOPE_CLI || path.join(ROOT, 'build/native/claimscope');
const SITE = process.env.CLAIMSCOPE_SITE || path.join(ROOT, 'build/web');
const small = SIZES.find((s) => s.name === '10k');

test('bench corpus: deterministic, exact sizes, Recogito offsets point at the quotes', () => {
  const a = generate(small), b = generate(small);
  assert.equal(JSON.stringify(a.file), JSON.stringify(b.file));
  assert.notEqual(JSON.stringify(generate({ ...small, seed: 9 }).file), JSON.stringify(a.file));
  assert.equal([...a.text].length, 10000);
  assert.equal(a.file.annotations.length, 100);
  assert.ok(a.file.relations.length > 0);
  assert.ok(/[\u0400-\u04FF]|[\u0370-\u03FF]|[\u0600-\u06FF]|[\u4E00-\u9FFF]/.test(a.text), 'non-Latin scripts');
  const nested = a.file.annotations.some((x) => a.file.annotations.some((y) => y !== x && y.start <= x.start && x.end <= y.end));
  assert.ok(nested, 'some annotations are nested in others');
  assert.equal(a.recogito.length, 100);
  const page = a.text.replaceAll('\n\n', '');   // Recogito's page: one <p> per paragraph, nothing between
  for (const r of a.recogito) {
    const [quote, pos] = r.target.selector;
    assert.equal(page.slice(pos.start, pos.end), quote.exact, r.id);
  }
});

test('bench corpus variants: flat spans never overlap, long and repeated paragraphs', () => {
  const doc = (name) => generate(CORPUS.find((d) => d.name === name));
  const spans = (g) => g.file.annotations.map((x) => [x.start, x.end]);
  const paragraphs = (g) => g.text.split('\n\n').map((p) => [...p].length);
  const base = doc('100k'), flat = doc('100k-flat'), long = doc('1m-long'), repeat = doc('100k-repeat');
  assert.equal(flat.text, base.text);
  for (const g of [flat, repeat]) {
    assert.equal(g.file.annotations.length, 1000);
    assert.equal(g.file.relations.length, 0);
    spans(g).forEach(([s, e], i, all) => assert.ok(s < e && (i === 0 || all[i - 1][1] < s), `span ${i} overlaps the one before`));
  }
  assert.ok(spans(base).some(([s], i, all) => i > 0 && s < all[i - 1][1]), 'the base corpus has overlapping spans');
  const longParas = paragraphs(long).slice(0, -1);   // the last one is cut at 1M code points
  assert.ok(longParas.length >= 25 && longParas.every((n) => n >= 20000 && n <= 41000), JSON.stringify(longParas));
  assert.equal([...long.text].length, 1000000);
  const once = repeat.text.split('\n\n')[0];
  assert.ok([...once].length >= 500 && [...once].length < 700, once);
  assert.ok(repeat.text.split('\n\n').every((p) => once.startsWith(p)), 'one paragraph repeated');
});

test('bench corpus loads with the CLI, and the browser bench runs in smoke mode', { timeout: 120000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-bench-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  writeCorpus(dir, [small]);
  const file = path.join(dir, 'doc-10k.claimscope.json');
  assert.ok(fs.existsSync(CLI), `no CLI at ${CLI}: build it (cmake --build --preset native) or set CLAIMSCOPE_CLI`);
  const r = spawnSync(CLI, ['validate', file], { encoding: 'utf8' });
  assert.equal(r.status, 0, `claimscope validate failed:\n${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /valid \(100 annotations, \d+ relations\)/);

  assert.ok(fs.existsSync(path.join(SITE, 'index.html')),
    `no web build in ${SITE}: build it (cmake --build --preset web) or set CLAIMSCOPE_SITE`);
  const { runBrowserBench } = await import('../../bench/browser_bench.mjs');
  const res = await runBrowserBench({ smoke: true, dataDir: dir, site: SITE, log: () => {} });
  const cs = res.claimscope, rg = res.recogito;
  const num = (v, what) => assert.ok(Number.isFinite(v) && v >= 0, `${what}: ${v}`);
  num(cs.navigation.readyMs, 'navigation → first frame drawn');
  assert.ok(cs.navigation.paintedMs >= cs.navigation.readyMs, 'painted after drawn');
  assert.equal(cs.load_10k.ok, true);
  assert.equal(cs.load_10k.annotations, 100);
  num(cs.load_10k.ms, 'first painted frame');
  // The floor page drew a frame of the size the app reported for its first frame.
  assert.ok(cs.load_10k.frameDrawn.triangles > 1000 && cs.load_10k.frameDrawn.trianglePixels > 10000, JSON.stringify(cs.load_10k.frameDrawn));
  assert.deepEqual(cs.floor_10k.frame, cs.load_10k.frameDrawn);
  assert.equal(cs.floor_10k.framesDrawn, 1);
  num(cs.floor_10k.ms, 'browser floor');
  assert.ok(cs.scroll.frames > 0 && cs.drag.frames > 0, 'frames while scrolling and dragging');
  num(cs.scroll.p95, 'scroll p95'); num(cs.drag.p95, 'drag p95');
  num(cs.rewrap.wrapMs, 're-wrap'); num(cs.memory.wasmBytes, 'wasm memory'); num(cs.idleFps, 'idle fps');
  assert.ok(cs.pageWeight.gzip > 0 && cs.pageWeight.gzip < cs.pageWeight.raw);
  assert.equal(rg.load_10k.count, 100, 'Recogito got every annotation');
  num(rg.load_10k.paintedMs, 'Recogito painted'); num(rg.reflow.ms, 'Recogito reflow'); num(rg.memory.jsHeapBytes, 'Recogito heap');
  assert.deepEqual(cs.errors, []); assert.deepEqual(rg.errors, []);
  num(res.ratios.firstPaint['10k'].ratio, 'ratio');

  // The report step on these numbers (with an empty native run): the table and the raw JSON.
  fs.writeFileSync(path.join(dir, 'browser.json'), JSON.stringify(res));
  fs.writeFileSync(path.join(dir, 'native.json'), JSON.stringify({ benchmarks: [] }));
  const md = path.join(dir, 'BENCHMARKS.md');
  const rep = spawnSync(process.execPath, [path.join(ROOT, 'bench/report.mjs'), '--out-dir', dir, '--md', md], { encoding: 'utf8' });
  assert.equal(rep.status, 0, rep.stderr);
  const table = fs.readFileSync(md, 'utf8');
  assert.match(table, /\| 1M cp \+ 10k annotations → first painted frame \| ≤ 200 ms and ≥ 20× Recogito \| \d+\.\d ms, median of \d+\.\d \(call /);
  assert.match(table, /\| frames per second when idle \| 0 \| 0 \|/);
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'BENCHMARKS.json'), 'utf8')).browser.smoke, true);
});

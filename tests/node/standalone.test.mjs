// The repo stands alone: no file in it reads a folder beside the clone (the `../shared` the project
// was started from). Test data lives in tests/data/ with its licenses, toolchain notes in docs/.
// docs/ may name such paths in prose; everything else the repo holds (tracked, or new and not
// ignored) may not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SELF = path.relative(ROOT, fileURLToPath(import.meta.url)).split(path.sep).join('/');

// A path into a sibling `shared` folder, however it is spelt: "../shared", "..\shared",
// path.join(x, '..', 'shared'), or a relative "shared/..." (not "/x/shared/" inside a URL).
const OUTSIDE = [
  /\.\.[\\/]+shared\b/,
  /['"]\.\.['"]\s*,\s*['"]shared['"]/,
  /(?:^|[\s'"`(=,:])shared[\\/]/m,
];
const offending = (text) => text.split('\n').map((line, i) => ({ line: i + 1, text: line.trim() }))
  .filter(({ text: t }) => OUTSIDE.some((re) => re.test(t)));

function repoFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT });
  return [...new Set(out.toString('utf8').split('\0').filter(Boolean))];
}

const isBinary = (buf) => buf.subarray(0, 8000).includes(0);

test('the pattern finds paths to a sibling shared folder and nothing else', () => {
  const bad = [
    'CLAIMSCOPE_SHARED_DIR="${CMAKE_SOURCE_DIR}/../shared")',
    "const suite = path.resolve(root, '../shared/w3c-web-annotation');",
    'fs::path("..\\\\shared") / "corpus"',
    "path.join(ROOT, '..', 'shared', 'corpus')",
    'cp shared/TOOLCHAIN.md docs/',
    'see "shared/corpus/news-html"',
  ];
  const good = [
    'p.doc = make_shared_document(text, meta);',
    '<script src="https://example.org/static/shared/app.js"></script>',
    'state shared by the views (shared namespace with annotations)',
    'std::make_shared<const Document>(std::move(d));',
  ];
  for (const s of bad) assert.equal(offending(s).length, 1, s);
  for (const s of good) assert.deepEqual(offending(s), [], s);
});

test('no file outside docs/ reads a shared folder beside the repo', () => {
  const files = repoFiles();
  assert.ok(files.includes('tests/data/w3c/license.md') && files.includes('tests/data/news-html/LICENSE.md'),
    'the copied test data and its licenses are in the repo');
  const found = [];
  for (const f of files) {
    if (f.startsWith('docs/') || f === SELF) continue;
    const abs = path.join(ROOT, f);
    if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) continue;   // deleted but not yet staged
    const buf = fs.readFileSync(abs);
    if (isBinary(buf)) continue;
    for (const o of offending(buf.toString('utf8'))) found.push(`${f}:${o.line}: ${o.text.slice(0, 120)}`);
  }
  assert.deepEqual(found, []);
});

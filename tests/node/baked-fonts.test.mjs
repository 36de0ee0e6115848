// The first font atlas baked at build time (src/ui/font_atlas.h, src/tools/bake_fonts.cpp):
// rebuilt from the file it equals, field by field, the atlas ImGui's stb_truetype builder makes
// from the same request, and a damaged file is refused or caught with a message naming the part.
// Runs the web build's own tool (Emscripten, for Node), so it needs `cmake --build --preset web`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = process.env.CLAIMSCOPE_WEB_BUILD || path.join(ROOT, 'build/web-obj');
const TOOL = path.join(BUILD, 'tools/bake_fonts.js');
const FONTS = path.join(BUILD, 'fonts');
const SAMPLE = path.join(ROOT, 'assets/sample-article.txt');
const BAKED = path.join(FONTS, 'baked-atlases.bin');

const check = (file, dprs = ['1']) => spawnSync('node', [TOOL, '--check', FONTS, SAMPLE, file, ...dprs], { encoding: 'utf8' });

// Offsets in a file of one entry (font_atlas.h): magic, count, key, width, height, rows used,
// custom rectangles, fonts (ascent, descent, glyph count, 40-byte glyphs), then the texture rows.
function layout(buf) {
  let o = 8 + 4;
  const key = o; o += 8;
  const width = buf.readInt32LE(o); o += 8;
  const rows = buf.readUInt32LE(o); o += 4;
  o += 4 + 4 * buf.readUInt32LE(o);
  o += 4;   // font count
  const firstGlyph = o + 12;
  return { key, firstGlyph, texture: buf.length - width * rows, width, rows };
}

function damaged(t, name, change) {
  const buf = Buffer.from(fs.readFileSync(BAKED));
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cs-baked-')), name);
  fs.writeFileSync(out, change(buf, layout(buf)));
  t.after(() => fs.rmSync(path.dirname(out), { recursive: true, force: true }));
  return out;
}

test('the baked first atlas equals the one stb_truetype builds, and other requests are rasterised', { skip: !fs.existsSync(TOOL) && 'web build missing' }, () => {
  const r = check(BAKED);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'bake_fonts --check: 1 baked atlases equal the ones stb_truetype builds');
  // The sample's first atlas at DPR 1 has a used texture and four fonts of glyphs.
  const buf = fs.readFileSync(BAKED);
  assert.equal(buf.subarray(0, 8).toString('latin1'), 'CSATLAS1');
  const { width, rows } = layout(buf);
  assert.equal(width, 512);
  assert.ok(rows > 100 && rows <= 256, `rows used: ${rows}`);
  // A pixel ratio that was not baked is not served from the file.
  const other = check(BAKED, ['1.5']);
  assert.equal(other.status, 1);
  assert.match(other.stderr, /DPR 1\.5: the baked atlas was not taken/);
});

test('a damaged baked atlas is caught, naming what differs', { skip: !fs.existsSync(TOOL) && 'web build missing' }, (t) => {
  const pixel = check(damaged(t, 'pixel.bin', (b, l) => { b[l.texture + (l.width * l.rows >> 1)] ^= 0x40; return b; }));
  assert.equal(pixel.status, 1);
  assert.match(pixel.stderr, /DPR 1: texture pixels differs from the atlas built by stb_truetype/);

  const glyph = check(damaged(t, 'glyph.bin', (b, l) => { b.writeFloatLE(b.readFloatLE(l.firstGlyph + 4) + 0.5, l.firstGlyph + 4); return b; }));
  assert.equal(glyph.status, 1);
  assert.match(glyph.stderr, /DPR 1: font 0 glyphs differs/);

  const key = check(damaged(t, 'key.bin', (b, l) => { b[l.key] ^= 1; return b; }));
  assert.equal(key.status, 1);
  assert.match(key.stderr, /DPR 1: the baked atlas was not taken/);

  const cut = check(damaged(t, 'cut.bin', (b) => b.subarray(0, b.length - 10)));
  assert.equal(cut.status, 1);
  assert.equal(cut.stderr.trim(), 'bake_fonts --check: the file is not read: entry 0 ends in its texture');

  const magic = check(damaged(t, 'magic.bin', (b) => { b.write('XX', 0, 'latin1'); return b; }));
  assert.equal(magic.stderr.trim(), 'bake_fonts --check: the file is not read: it does not start with CSATLAS1');
});

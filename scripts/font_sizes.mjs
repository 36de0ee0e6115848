// Prints the size of every file in a folder (default build/web/fonts), raw and gzip -9, as a Markdown
// table: the numbers docs/FONTS.md quotes. Usage: node scripts/font_sizes.mjs [dir]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] || 'build/web/fonts';
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const rows = fs.readdirSync(dir).filter((f) => /\.(ttf|otf)$/.test(f)).sort().map((f) => {
  const data = fs.readFileSync(path.join(dir, f));
  return { f, raw: data.length, gz: zlib.gzipSync(data, { level: 9 }).length };
});
console.log('| file | raw | gzip -9 |\n|---|---:|---:|');
for (const r of rows) console.log(`| fonts/${r.f} | ${kb(r.raw)} | ${kb(r.gz)} |`);
const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
console.log(`| all | ${kb(sum('raw'))} | ${kb(sum('gz'))} |`);

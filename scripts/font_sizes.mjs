// Prints the size of every file in a folder (default build/web/fonts), raw and gzip -9, as a Markdown
// table: the numbers docs/FONTS.md quotes; also written to OUT when given.
// Usage: node scripts/font_sizes.mjs [dir] [OUT]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] || 'build/web/fonts';
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const rows = fs.readdirSync(dir).filter((f) => /\.(ttf|otf)$/.test(f)).sort().map((f) => {
  const data = fs.readFileSync(path.join(dir, f));
  return { f, raw: data.length, gz: zlib.gzipSync(data, { level: 9 }).length };
});
const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
const table = ['| file | raw | gzip -9 |', '|---|---:|---:|', ...rows.map((r) => `| fonts/${r.f} | ${kb(r.raw)} | ${kb(r.gz)} |`),
  `| all | ${kb(sum('raw'))} | ${kb(sum('gz'))} |`].join('\n') + '\n';
process.stdout.write(table);
if (process.argv[3]) fs.writeFileSync(process.argv[3], table);

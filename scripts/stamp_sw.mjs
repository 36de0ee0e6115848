// Writes <site>/sw.js from web/sw.js with its cache named after a hash of the files it serves (the page,
// its glue, app.js, app.wasm, the icon, every font and help page), so a new build replaces what an old
// one cached, and with every help page of <site>/docs in its install list.
// Usage: node scripts/stamp_sw.mjs web/sw.js build/web
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const [src, site] = process.argv.slice(2);
if (!site) { console.error('usage: stamp_sw.mjs web/sw.js <site dir>'); process.exit(2); }
const hash = crypto.createHash('sha256');
const listed = (dir) => (fs.existsSync(path.join(site, dir)) ? fs.readdirSync(path.join(site, dir)).sort().map((f) => dir + '/' + f) : []);
const fonts = listed('fonts');
const docs = listed('docs').filter((f) => f.endsWith('.html'));
for (const f of ['index.html', 'claimscope.js', 'app.js', 'app.wasm', 'favicon.svg', ...fonts, ...docs]) {
  const p = path.join(site, f);
  if (!fs.existsSync(p)) continue;
  hash.update(f + '\0');
  hash.update(fs.readFileSync(p));
}
const build = hash.digest('hex').slice(0, 16);
const code = fs.readFileSync(src, 'utf8');
if (!code.includes('__CLAIMSCOPE_BUILD_HASH__')) { console.error(`stamp_sw: ${src} has no __CLAIMSCOPE_BUILD_HASH__`); process.exit(1); }
const docsLine = "const DOCS = ['docs/index.html'];";
if (!code.includes(docsLine)) { console.error(`stamp_sw: ${src} has no ${docsLine}`); process.exit(1); }
fs.writeFileSync(path.join(site, 'sw.js'), code.replace('__CLAIMSCOPE_BUILD_HASH__', build)
  .replace(docsLine, `const DOCS = ${JSON.stringify(docs)};`));
console.log(`sw.js: cache claimscope-${build}`);

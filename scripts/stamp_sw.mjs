// Writes <site>/sw.js from web/sw.js with its cache named after a hash of the files it serves (the page,
// its glue, app.js, app.wasm, the icon and every font), so a new build replaces what an old one cached.
// Usage: node scripts/stamp_sw.mjs web/sw.js build/web
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const [src, site] = process.argv.slice(2);
if (!site) { console.error('usage: stamp_sw.mjs web/sw.js <site dir>'); process.exit(2); }
const hash = crypto.createHash('sha256');
const fontDir = path.join(site, 'fonts');
const fonts = fs.existsSync(fontDir) ? fs.readdirSync(fontDir).sort().map((f) => 'fonts/' + f) : [];
for (const f of ['index.html', 'claimscope.js', 'app.js', 'app.wasm', 'favicon.svg', ...fonts]) {
  const p = path.join(site, f);
  if (!fs.existsSync(p)) continue;
  hash.update(f + '\0');
  hash.update(fs.readFileSync(p));
}
const build = hash.digest('hex').slice(0, 16);
const code = fs.readFileSync(src, 'utf8');
if (!code.includes('__CLAIMSCOPE_BUILD_HASH__')) { console.error(`stamp_sw: ${src} has no __CLAIMSCOPE_BUILD_HASH__`); process.exit(1); }
fs.writeFileSync(path.join(site, 'sw.js'), code.replace('__CLAIMSCOPE_BUILD_HASH__', build));
console.log(`sw.js: cache claimscope-${build}`);

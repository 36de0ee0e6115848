// Strips comments and indentation from a page script with Emscripten's own JS minifier (the pass its
// optimised links run on app.js):  node scripts/minify_js.mjs <emscripten-root> <in.js> <out.js>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, input, output] = process.argv.slice(2);
if (!root || !input || !output) {
  console.error('usage: node scripts/minify_js.mjs <emscripten-root> <in.js> <out.js>');
  process.exit(2);
}
// Debian's emscripten finds acorn in /usr/share/nodejs (docs/TOOLCHAIN.md, quirk 1).
const env = { ...process.env, NODE_PATH: ['/usr/share/nodejs', process.env.NODE_PATH].filter(Boolean).join(':') };
const out = execFileSync(process.execPath, [path.join(root, 'tools/acorn-optimizer.js'), input, 'minifyWhitespace'],
  { env, maxBuffer: 64 << 20 });
if (out.length < 100) throw new Error(`minifying ${input} gave ${out.length} bytes`);
fs.writeFileSync(output, out);

// Builds claimscope.html: the page with the JS glue and the whole app (wasm, font and sample
// article inlined by Emscripten's SINGLE_FILE) in one file that works from file:// offline.
// Usage: node make_single_html.mjs shell.html claimscope.js app_single.js out.html
import fs from 'node:fs';

const [shellPath, gluePath, appPath, outPath] = process.argv.slice(2);
if (!outPath) { console.error('usage: make_single_html.mjs shell.html claimscope.js app_single.js out.html'); process.exit(2); }
const shell = fs.readFileSync(shellPath, 'utf8');
const glue = fs.readFileSync(gluePath, 'utf8');
const app = fs.readFileSync(appPath, 'utf8');
// "</script" inside inlined code would end the element early.
const inline = (code) => code.replace(/<\/script/gi, '<\\/script');
const tag = '<script src="claimscope.js"></script>';
if (!shell.includes(tag)) { console.error(`make_single_html: ${shellPath} has no ${tag}`); process.exit(1); }
if (!/<link rel="preload"[^\n]*app\.wasm/.test(shell)) { console.error(`make_single_html: ${shellPath} has no app.wasm preload to remove`); process.exit(1); }
const html = shell
  .replace('<link rel="icon" href="favicon.svg" type="image/svg+xml">', '')
  .replace(/<!-- Fetched while[^\n]*\n<link rel="preload"[^\n]*\n<link rel="preload"[^\n]*\n/, '')   // everything is inline
  .replace(tag, () => `<script>window.CLAIMSCOPE_SINGLE_FILE = true;</script>\n<script>${inline(glue)}</script>\n<script id="cs-inline-app">${inline(app)}</script>`);
fs.writeFileSync(outPath, html);
console.log(`claimscope.html: ${(html.length / 1048576).toFixed(2)} MB`);

// Builds claimscope.html: the page with the JS glue and the whole app (wasm, Latin font and sample
// article inlined by Emscripten's SINGLE_FILE) in one file that works from file:// offline.
// With --world FONTS_DIR it also carries every font file of FONTS_DIR (base64, one inert
// <script type="application/octet-stream" data-cs-file="fonts/..."> each), which the page's
// fetch_app_file answers from: claimscope-world.html draws every script offline.
// With --docs ALL_HTML it carries the help (make_docs.mjs's all.html) the same way, as docs/all.html,
// which Help › Documentation opens from the page itself (web/claimscope.js, openPage).
// Usage: node make_single_html.mjs [--world FONTS_DIR] [--docs ALL_HTML] shell.html claimscope.js app_single.js out.html
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
let fontsDir = null, docsFile = null;
for (;;) {
  if (args[0] === '--world') fontsDir = args[1];
  else if (args[0] === '--docs') docsFile = args[1];
  else break;
  args.splice(0, 2);
}
const [shellPath, gluePath, appPath, outPath] = args;
if (!outPath) { console.error('usage: make_single_html.mjs [--world FONTS_DIR] [--docs ALL_HTML] shell.html claimscope.js app_single.js out.html'); process.exit(2); }
const shell = fs.readFileSync(shellPath, 'utf8');
const glue = fs.readFileSync(gluePath, 'utf8');
const app = fs.readFileSync(appPath, 'utf8');
// "</script" inside inlined code would end the element early.
const inline = (code) => code.replace(/<\/script/gi, '<\\/script');
const tag = '<script src="claimscope.js"></script>';
if (!shell.includes(tag)) { console.error(`make_single_html: ${shellPath} has no ${tag}`); process.exit(1); }
if (!/<link rel="preload"[^\n]*app\.wasm/.test(shell)) { console.error(`make_single_html: ${shellPath} has no app.wasm preload to remove`); process.exit(1); }
// Base64 has no "<": safe inside the element. Not JavaScript, so the browser does not parse ~30 MB of it.
const embed = (name, file) => `<script type="application/octet-stream" data-cs-file="${name}">${fs.readFileSync(file).toString('base64')}</script>\n`;
let files = docsFile ? embed('docs/all.html', docsFile) : '';
if (fontsDir) {
  const fonts = fs.readdirSync(fontsDir).filter((f) => /\.(ttf|otf)$/.test(f)).sort();
  if (!fonts.length) { console.error(`make_single_html: no fonts in ${fontsDir}`); process.exit(1); }
  files += fonts.map((f) => embed(`fonts/${f}`, path.join(fontsDir, f))).join('');
}
const html = shell
  .replace('<link rel="icon" href="favicon.svg" type="image/svg+xml">', '')
  .replace(/<!-- Fetched while[^\n]*\n<link rel="preload"[^\n]*\n<link rel="preload"[^\n]*\n/, '')   // everything is inline
  .replace(tag, () => `${files}<script>window.CLAIMSCOPE_SINGLE_FILE = true;</script>\n<script>${inline(glue)}</script>\n<script id="cs-inline-app">${inline(app)}</script>`);
fs.writeFileSync(outPath, html);
console.log(`${path.basename(outPath)}: ${(html.length / 1048576).toFixed(2)} MB`);

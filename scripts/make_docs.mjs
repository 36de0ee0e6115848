// Writes the documentation served with the app (Help › Documentation): docs/HELP.md as
// <out>/index.html, the listed docs/*.md beside it, and licenses.html with every licence text, so the
// pages open offline from the app's own origin; and all.html, every page in one (to print, and what
// the one-file claimscope.html carries, where no page can link to a file beside it). A small Markdown subset, as the docs are written:
// headings, paragraphs, lists, tables, code blocks, `code`, **bold**, *emphasis*, [links](x.md).
// Usage: node scripts/make_docs.mjs <repo root> <out dir>
import fs from 'node:fs';
import path from 'node:path';

const [root, out] = process.argv.slice(2);
if (!out) { console.error('usage: make_docs.mjs <repo root> <out dir>'); process.exit(2); }
const PAGES = ['CLASSROOM', 'ACCESSIBILITY', 'STORAGE', 'FORMAT', 'CLI'];
const LICENSES = [['Claimscope (MIT)', 'LICENSE'], ['Noto fonts (SIL OFL 1.1)', 'assets/fonts/LICENSE-Noto.txt'],
  ['HarfBuzz', 'docs/licenses/HarfBuzz.txt'], ['GNU FriBidi', 'docs/licenses/FriBidi.txt'],
  ['libunibreak', 'docs/licenses/libunibreak.txt']];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// A link to a bundled page stays a link; one to anything else (source files) becomes its text.
const href = (target) => {
  const m = /^(?:docs\/)?([A-Z]+)\.md(#.*)?$/.exec(target);
  if (m && (m[1] === 'HELP' || PAGES.includes(m[1]))) return (m[1] === 'HELP' ? 'index' : m[1]) + '.html' + (m[2] || '');
  return /^[A-Za-z]+\.html(#.*)?$/.test(target) ? target : null;
};
function inline(s) {
  const code = [];
  s = s.replace(/`([^`]+)`/g, (_, c) => { code.push(c); return `\u0000${code.length - 1}\u0000`; });
  s = esc(s)
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, t, u) => { const h = href(u); return h ? `<a href="${h}">${t}</a>` : t; })
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i) => `<code>${esc(code[i])}</code>`);
}
const cells = (line) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

function markdown(md) {
  const lines = md.split('\n');
  const html = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    if (line.startsWith('```')) {
      const body = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
      html.push(`<pre>${esc(body.join('\n'))}</pre>`);
      i++;
    } else if (/^#{1,6} /.test(line)) {
      const n = line.indexOf(' ');
      html.push(`<h${n}>${inline(line.slice(n + 1))}</h${n}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith('|'); i++) if (!/^\|[\s|:-]+\|$/.test(lines[i])) rows.push(cells(lines[i]));
      html.push('<table>' + rows.map((r, k) => '<tr>' + r.map((c) => (k ? `<td>${inline(c)}</td>` : `<th>${inline(c)}</th>`)).join('') + '</tr>').join('') + '</table>');
    } else if (/^\s*([-*]|\d+\.) /.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items = [];
      for (; i < lines.length && lines[i].trim() !== '' && !lines[i].startsWith('#'); i++) {
        if (/^\s*([-*]|\d+\.) /.test(lines[i])) items.push(lines[i].replace(/^\s*([-*]|\d+\.) /, ''));
        else items[items.length - 1] += ' ' + lines[i].trim();
      }
      const tag = ordered ? 'ol' : 'ul';
      html.push(`<${tag}>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</${tag}>`);
    } else if (line.trim() === '') {
      i++;
    } else {
      const para = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^(#|```|\||\s*([-*]|\d+\.) )/.test(lines[i]); i++) para.push(lines[i].trim());
      html.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return html.join('\n');
}

const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}' +
  'pre{background:#f4f4f4;padding:.6em;overflow:auto}code{background:#f4f4f4}table{border-collapse:collapse}' +
  'td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}nav{margin-bottom:1em}' +
  '@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#ddd}pre,code{background:#2a2a2a}}';
const page = (title, body) => `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)} — Claimscope</title>` +
  `<style>${STYLE}</style></head><body><nav><a href="index.html">Claimscope help</a></nav>\n${body}\n</body></html>\n`;
const title = (md) => (/^# (.+)$/m.exec(md) || [, 'Claimscope'])[1];

fs.mkdirSync(out, { recursive: true });
const pages = []; // [name, title, body]
for (const [name, file] of [['index', 'HELP'], ...PAGES.map((p) => [p, p])]) {
  const md = fs.readFileSync(path.join(root, 'docs', file + '.md'), 'utf8');
  pages.push([name, title(md), markdown(md)]);
}
const licences = LICENSES.map(([name, file]) => `<h2>${esc(name)}</h2><pre>${esc(fs.readFileSync(path.join(root, file), 'utf8'))}</pre>`);
pages.push(['licenses', 'Licences', '<h1>Licences</h1>\n<p>Dear ImGui and nlohmann/json: MIT. zlib: the zlib licence.</p>\n' +
  licences.join('\n')]);
for (const [name, t, body] of pages) fs.writeFileSync(path.join(out, name + '.html'), page(t, body));
// One page: each page a section, "X.html" and "X.html#..." links go to its section (headings carry no ids).
const toSections = (html) => html.replace(/href="([A-Za-z]+)\.html(#[^"]*)?"/g, (_, n) => (n === 'all' ? 'href="#"' : `href="#page-${n}"`));
// Opened from the one-file build it is a blob: URL, where Chromium neither follows an in-page link nor
// scrolls to the fragment it was opened at: the script does both (and is harmless where they work).
const SECTION_LINKS = `<script>function go(h){const e=h&&document.getElementById(h.slice(1));if(e)e.scrollIntoView();}
document.addEventListener('click',(ev)=>{const a=ev.target.closest('a[href^="#"]');if(a){ev.preventDefault();
const h=a.getAttribute('href');if(h==='#')scrollTo(0,0);else go(h);}});addEventListener('load',()=>go(location.hash));</script>`;
fs.writeFileSync(path.join(out, 'all.html'), toSections(page('All help', pages.map(([name, , body]) =>
  `<section id="page-${name}">\n${body}\n</section>`).join('\n<hr>\n') + '\n' + SECTION_LINKS)));
console.log(`docs: ${pages.length} pages and all.html in ${out}`);

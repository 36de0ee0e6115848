// Benchmark corpus: deterministic long articles with many annotations (issue 8).
//
// For each document it writes into the output folder (default bench/out/):
//   doc-<name>.claimscope.json   a Claimscope file, format 1.0 (docs/FORMAT.md): text, default codebook,
//                                annotations (claims, actors, sources) and relations
//   doc-<name>.txt               the same text
//   doc-<name>.recogito.json     {text, annotations}: W3C annotations with TextQuoteSelector and a
//                                TextPositionSelector in UTF-16 units, as @recogito/text-annotator reads them,
//                                counted in its page's text: the paragraphs with no break between them
//                                (bench/recogito/index.html puts each in a <p>)
//
// The documents (CORPUS): 10k, 100k and 1m code points with 100, 1k and 10k annotations, news-like
// paragraphs, overlapping and nested spans (claims overlap, actors and sources sit inside claims and are
// linked to them: said_by, according_to). Variants of them:
//   -flat     the same text, spans that never overlap (evenly spaced, no relations): Recogito's best case
//   -long     paragraphs of 20,000–40,000 code points, as text pasted from a PDF
//   -repeat   one ~500-code-point paragraph repeated, spans as in -flat (1k evenly spaced at 100k)
//   -latin    the same kind of text in the scripts the app's own font draws (Latin with accents, Greek,
//             Cyrillic): no word needs shaping or a font from the network, as in an English, French or
//             Russian article. The plain documents mix in Arabic, CJK, Devanagari and emoji (1 word in 100),
//             so their first frame also shapes those words and draws the emoji (issue 15).
//
// Same seed → same bytes (a seeded PRNG, never Math.random). Offsets in the Claimscope file are code
// points; the text mixes English-like words, accents, Cyrillic/Greek/Arabic/CJK words and emoji
// (including ZWJ sequences and flags), in paragraphs with occasional headings.
//
// Usage: node bench/gen_corpus.mjs [--out DIR] [--only 10k,100k,1m-flat,...] [--seed N]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SIZES = [
  { name: '10k', cps: 10_000, annotations: 100 },
  { name: '100k', cps: 100_000, annotations: 1_000 },
  { name: '1m', cps: 1_000_000, annotations: 10_000 },
];
// paragraphs: 'news' | 'long' | 'repeat'; spans: 'overlapping' | 'flat' (see the header).
export const CORPUS = [
  ...SIZES,
  { name: '100k-flat', cps: 100_000, annotations: 1_000, spans: 'flat' },
  { name: '1m-flat', cps: 1_000_000, annotations: 10_000, spans: 'flat' },
  { name: '1m-long', cps: 1_000_000, annotations: 10_000, paragraphs: 'long' },
  { name: '100k-repeat', cps: 100_000, annotations: 1_000, paragraphs: 'repeat', spans: 'flat' },
  { name: '100k-latin', cps: 100_000, annotations: 1_000, script: 'latin' },
  { name: '1m-latin', cps: 1_000_000, annotations: 10_000, script: 'latin' },
];

// mulberry32: small, fast, good enough for test data.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ta', 'ren', 'mo', 'li', 'ca', 'sto', 'ver', 'an', 'del', 'pri', 'go', 'nu', 'sen', 'tra',
  'ko', 'mi', 'lan', 'ber', 'es', 'po', 'ri', 'tal', 'ne', 'vo', 'da', 'gri', 'hol', 'fu', 'ma', 'zen'];
const COMMON = ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'as', 'by',
  'said', 'government', 'minister', 'report', 'according', 'people', 'country', 'officials', 'percent',
  'year', 'new', 'state', 'police', 'told', 'would', 'after', 'claims', 'evidence', 'million'];
const ACCENTED = ['café', 'naïve', 'Zürich', 'São Paulo', 'Müller', 'Łódź', 'Ångström', 'façade', 'résumé',
  'Dvořák', 'Gdańsk', 'Øresund', 'crème', 'Bogotá', 'Ñuñoa', 'İstanbul', 'Reykjavík', 'Việt'];
const FOREIGN = ['Москва', 'правительство', 'заявил', 'Αθήνα', 'κυβέρνηση', 'δήλωσε', 'الحكومة', 'كابول',
  'وزير', '東京', '政府', '北京', '発表', '서울', 'नई दिल्ली', 'ქართული', 'Київ'];
const LATIN_GREEK_CYRILLIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{P}\p{N}\p{Zs}<>&"]*$/u;
const EMOJI = ['🙂', '👍🏽', '👩‍👩‍👧', '👨‍💻', '🇺🇦', '🇩🇪', '🔍', '📰', '❤️', '🏳️‍🌈', '🧑🏿‍🚀'];
const NAMES = ['Amina Yusuf', 'Jonas Weber', 'Olena Kovalenko', 'Li Wei', 'María José Núñez', 'Dimitris Papadopoulos',
  'Abdul Qahar Balkhi', 'Sofia Rossi', 'Kenji Watanabe', 'Fatima Zahra', 'Ministry of Health', 'United Nations',
  'the World Bank', 'Reuters', 'Агентство ТАСС', 'the central bank', 'UNHCR', 'Ιωάννης Γεωργίου'];
const NOTES = ['', '', '', 'check the numbers 🔍', 'Keine Quelle für die Zahlen', '« who counted? »', '論拠なし',
  '<b>not markup</b> & "quoted"', 'compare with the 2023 report'];

function makeText(cps, rnd, paragraphs, script) {
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const latin = script === 'latin';
  const foreign = latin ? FOREIGN.filter((w) => LATIN_GREEK_CYRILLIC.test(w)) : FOREIGN;
  const word = () => {
    const r = rnd();
    if (r < 0.55) return pick(COMMON);
    if (r < 0.88) { let w = ''; const n = 1 + Math.floor(rnd() * 3); for (let i = 0; i < n; i++) w += pick(SYLLABLES); return w; }
    if (r < 0.93) return pick(ACCENTED);
    if (r < 0.965) return pick(NAMES);
    if (r < 0.99) return pick(foreign);
    return latin ? pick(ACCENTED) : pick(EMOJI);
  };
  const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);   // charAt: ASCII/BMP first letters only change
  const sentence = () => {
    const n = 6 + Math.floor(rnd() * 20);
    const ws = [];
    for (let i = 0; i < n; i++) ws.push(word());
    ws[0] = cap(ws[0]);
    if (rnd() < 0.15) ws.splice(1 + Math.floor(rnd() * (n - 1)), 0, '"' + word() + ',"');
    if (rnd() < 0.1) ws.push(String(Math.floor(rnd() * 900000)).replace(/\B(?=(\d{3})+$)/g, ','));
    return ws.join(' ') + (rnd() < 0.1 ? '?' : '.');
  };
  // Sentences up to at least `min` code points.
  const sentences = (min) => { const ss = []; let n = 0; while (n < min) { const s = sentence(); ss.push(s); n += [...s].length + 1; } return ss.join(' '); };
  const news = () => {
    if (rnd() < 0.08) return cap(word()) + ' ' + word() + ' ' + word();   // heading
    const n = 2 + Math.floor(rnd() * 6); const ss = []; for (let i = 0; i < n; i++) ss.push(sentence()); return ss.join(' ');
  };
  const once = paragraphs === 'repeat' ? sentences(500) : '';
  const paragraph = { news, long: () => sentences(20_000 + Math.floor(rnd() * 20_000)), repeat: () => once }[paragraphs];
  const parts = [];
  let total = 0;
  while (total < cps) {
    const para = paragraph();
    parts.push(para);
    total += [...para].length + 2;
  }
  // Exactly `cps` code points; never end on white space (a trailing blank is not a paragraph).
  const cpArr = [...parts.join('\n\n')].slice(0, cps);
  for (let i = cpArr.length - 1; i >= 0 && /\s/.test(cpArr[i]); i--) cpArr[i] = 'x';
  return cpArr;
}

// Word spans [start, end) in code points (letters, digits, marks, apostrophes inside).
function wordSpans(cpArr) {
  const spans = [];
  const isWord = (c) => /[\p{L}\p{N}\p{M}]/u.test(c);
  let s = -1;
  for (let i = 0; i <= cpArr.length; i++) {
    const w = i < cpArr.length && isWord(cpArr[i]);
    if (w && s < 0) s = i;
    else if (!w && s >= 0) { spans.push([s, i]); s = -1; }
  }
  return spans;
}

export function generate({ cps, annotations: count, seed = 8, paragraphs = 'news', spans = 'overlapping', script = 'mixed' }) {
  const rnd = prng(seed * 1000003 + cps);
  const cpArr = makeText(cps, rnd, paragraphs, script);
  const notes = script === 'latin' ? NOTES.filter((n) => LATIN_GREEK_CYRILLIC.test(n)) : NOTES;
  const text = cpArr.join('');
  const words = wordSpans(cpArr);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const ids = new Set();
  const newId = (p) => { for (;;) { const id = p + Math.floor(rnd() * 0x100000000).toString(16).padStart(8, '0'); if (!ids.has(id)) { ids.add(id); return id; } } };
  const slice = (s, e) => cpArr.slice(s, e).join('');
  const time = (k) => new Date(Date.UTC(2026, 0, 15, 9, 0, 0) + k * 60000).toISOString().replace('.000Z', 'Z');

  const anns = [];
  const add = (type, s, e, extra) => {
    const a = {
      id: newId('a-'), type, start: s, end: e,
      quote: { prefix: slice(Math.max(0, s - 32), s), exact: slice(s, e), suffix: slice(e, Math.min(cpArr.length, e + 32)) },
      attributes: extra.attributes, entity: extra.entity || '', note: pick(notes), author: 'Bench Generator',
      created: time(anns.length), modified: time(anns.length + 1),
    };
    anns.push(a);
    return a;
  };
  const W = words.length, claims = [], relations = [];
  const STATUS = ['unverified', 'supported', 'disputed', 'false', 'opinion'];
  const KINDS = {
    actor: ['person', 'organisation', 'government', 'group', 'country', 'other'],
    source: ['named person', 'organisation', 'document', 'media outlet', 'anonymous', 'unclear'],
  };
  const claimAttributes = () => ({ check_worthy: rnd() < 0.3, status: pick(STATUS) });
  const mentionAttributes = (type) => (rnd() < 0.7 ? { kind: pick(KINDS[type]) } : {});
  // Flat: one span per slot of W / count words, 1–4 words from the slot's first half, so no two spans
  // overlap or touch; claims, actors and sources in the same shares as below, no relations.
  for (let i = 0; spans === 'flat' && i < count; i++) {
    const s0 = Math.floor(i * W / count), s1 = Math.floor((i + 1) * W / count);
    const w0 = s0 + Math.floor(rnd() * Math.max(1, (s1 - s0) / 2));
    const w1 = Math.max(w0, Math.min(s1 - 1, w0 + Math.floor(rnd() * 4)));
    const type = i % 10 < 5 ? 'claim' : i % 10 < 8 ? 'actor' : 'source';
    if (type === 'claim') add(type, words[w0][0], words[w1][1], { attributes: claimAttributes() });
    else add(type, words[w0][0], words[w1][1], { attributes: mentionAttributes(type), entity: pick(NAMES) });
  }
  // Overlapping: claims of 5–40 words, evenly spread; every 7th claim overlaps the one before (starts
  // inside it). Actors and sources: 1–3 words, mostly nested inside a claim (then linked to it), some free.
  const overlapping = spans === 'overlapping' ? count : 0;
  const nClaims = Math.round(overlapping * 0.5), nActors = Math.round(overlapping * 0.3), nSources = overlapping - nClaims - nActors;
  for (let i = 0; i < nClaims; i++) {
    let w0 = Math.min(W - 1, Math.floor((i + rnd()) * W / nClaims));
    if (i % 7 === 6 && claims.length) w0 = Math.min(W - 1, claims[claims.length - 1].w0 + 2);
    const w1 = Math.min(W - 1, w0 + 4 + Math.floor(rnd() * 36));
    const a = add('claim', words[w0][0], words[w1][1], { attributes: claimAttributes() });
    claims.push({ a, w0, w1 });
  }
  const mention = (type, n, relType) => {
    for (let i = 0; i < n; i++) {
      const c = claims.length ? claims[Math.floor(rnd() * claims.length)] : null;
      const nested = c && rnd() < 0.8;
      const w0 = nested ? c.w0 + Math.floor(rnd() * (c.w1 - c.w0 + 1)) : Math.floor(rnd() * W);
      const w1 = Math.min(nested ? c.w1 : W - 1, w0 + Math.floor(rnd() * 3));
      const m = add(type, words[w0][0], words[w1][1], { attributes: mentionAttributes(type), entity: pick(NAMES) });
      if (nested) relations.push({ id: newId('r-'), type: relType, from: c.a.id, to: m.id });
    }
  };
  mention('actor', nActors, 'said_by');
  mention('source', nSources, 'according_to');

  anns.sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  relations.sort((x, y) => (x.id < y.id ? -1 : 1));
  const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/sample.claimscope.json'), 'utf8'));
  const file = {
    format: 'claimscope', version: '1.0', app_version: '0.1.0', annotator: 'Bench Generator',
    created: time(0), modified: time(count + 1),
    article: {
      title: `Benchmark article, ${cps} code points`, url: '', outlet: 'Claimscope bench', author: 'gen_corpus.mjs',
      published: '2026-01-15', retrieved: '2026-01-15', language: 'en',
      sha256: crypto.createHash('sha256').update(text, 'utf8').digest('hex'), text,
    },
    codebook: sample.codebook,
    annotations: anns,
    relations,
  };
  // Recogito: UTF-16 offsets into its container's textContent, the paragraphs without the "\n\n" between
  // them (the only line breaks in the text).
  const inPage = cpArr.map((c) => (c === '\n' ? '' : c));
  const pageSlice = (s, e) => inPage.slice(Math.max(0, s), Math.min(inPage.length, e)).join('');
  const u16 = new Uint32Array(cpArr.length + 1);
  for (let i = 0; i < cpArr.length; i++) u16[i + 1] = u16[i] + inPage[i].length;
  const labels = { claim: 'Claim', actor: 'Actor', source: 'Source' };
  const recogito = anns.map((a) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'urn:bench:' + a.id,
    body: [{ type: 'TextualBody', purpose: 'tagging', value: labels[a.type] }],
    target: {
      source: 'urn:bench:doc',
      selector: [
        { type: 'TextQuoteSelector', exact: pageSlice(a.start, a.end), prefix: pageSlice(a.start - 32, a.start), suffix: pageSlice(a.end, a.end + 32) },
        { type: 'TextPositionSelector', start: u16[a.start], end: u16[a.end] },
      ],
    },
  }));
  return { text, file, recogito };
}

export function writeCorpus(outDir, sizes = CORPUS, seed = 8) {
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const s of sizes) {
    const { text, file, recogito } = generate({ ...s, seed });
    const base = path.join(outDir, `doc-${s.name}`);
    fs.writeFileSync(base + '.claimscope.json', JSON.stringify(file, null, 2) + '\n');
    fs.writeFileSync(base + '.txt', text);
    fs.writeFileSync(base + '.recogito.json', JSON.stringify({ text, annotations: recogito }));
    written.push({ ...s, base, relations: file.relations.length });
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (k) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
  const out = path.resolve(arg('--out') || path.join(ROOT, 'bench/out'));
  const only = arg('--only') ? arg('--only').toLowerCase().split(',') : null;
  const sizes = CORPUS.filter((s) => !only || only.includes(s.name));
  const t0 = Date.now();
  for (const w of writeCorpus(out, sizes, Number(arg('--seed') || 8)))
    console.log(`${w.base}.claimscope.json: ${w.cps} code points, ${w.annotations} annotations, ${w.relations} relations`);
  console.log(`corpus written in ${Date.now() - t0} ms`);
}

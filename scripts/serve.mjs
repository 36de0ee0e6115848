// Serves a folder on 127.0.0.1 (static files only, correct MIME types, no caching surprises).
// Usage: node scripts/serve.mjs [dir=build/web] [port=8080]   — prints the URL when listening.
// Also imported by the browser tests (startServer) so they serve exactly what users get.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.css': 'text/css', '.txt': 'text/plain; charset=utf-8', '.ttf': 'font/ttf', '.otf': 'font/otf',
};

export function startServer(root, port = 0) {
  root = path.resolve(root);
  const gzipCache = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' };
      // gzip when the browser asks (it does), so the page weight is what users download;
      // compressed once per file version, not per request.
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && data.length > 1024) {
        const key = file + ':' + fs.statSync(file).mtimeMs;
        if (!gzipCache.has(key)) gzipCache.set(key, zlib.gzipSync(data, { level: 9 }));
        data = gzipCache.get(key);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = data.length;
      res.writeHead(200, headers).end(data);
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = process.argv[2] || 'build/web';
  const port = Number(process.argv[3] || process.env.PORT || 8080);
  if (!fs.existsSync(path.join(dir, 'index.html'))) { console.error(`serve: ${dir}/index.html not found — build first (scripts/run.sh)`); process.exit(1); }
  startServer(dir, port).then((s) => {
    console.log(`Claimscope is running: open http://127.0.0.1:${s.address().port}/   (Ctrl+C to stop)`);
  });
}

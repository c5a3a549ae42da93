// The demo shop: a small French/English store whose trackers are local stand-ins, served with the
// built library on 127.0.0.1. `npm run demo` builds dist/ and serves; `startDemo()` serves only
// (tests, the audit and the bench build first when they need to).
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPage, redirectFor, shopConfig } from './shop/pages.mjs';
import { vendorRoute } from './vendors/routes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist') + sep;
const DEMO = fileURLToPath(new URL('.', import.meta.url));
const ASSETS = join(DEMO, 'shop', 'assets') + sep;
const VENDORS = join(DEMO, 'vendors') + sep;
const SPA = join(DEMO, 'spa') + sep;

const TYPES = {
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8', '.gif': 'image/gif',
};
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** A file under `dir`, or null when the path escapes it or does not exist. */
async function fileUnder(dir, rel) {
  const file = normalize(join(dir, rel));
  if (!file.startsWith(dir) || file.endsWith(sep)) return null;
  try {
    return { file, body: await readFile(file) };
  } catch {
    return null;
  }
}

async function serveFile(res, dir, rel) {
  const f = await fileUnder(dir, rel);
  if (!f) return false;
  send(res, 200, TYPES[extname(f.file)] || 'application/octet-stream', f.body);
  return true;
}

/**
 * Serves the demo shop on `host:port` (port 0 = any free port; a busy port falls back to a free one
 * unless `strictPort`). Resolves with the address, the vendor requests seen so far, and `close()`.
 */
export async function startDemo({ port = 8080, host = '127.0.0.1', strictPort = false } = {}) {
  /** Every request that reached a vendor stand-in (`/vendor/<host>/…`), in order. */
  const hits = [];
  /** consentry/server's middleware per shop config (one per language and host name). */
  const blockers = new Map();
  // Imported here, not at the top: `npm run demo` builds dist/ first.
  const { consentryMiddleware } = await import('../dist/server.mjs');
  /** Sends a shop page through the middleware, so that trackers not allowed never reach the browser. */
  const sendPage = (req, res, lang, hostname, status, html) => {
    const k = lang + ' ' + hostname;
    if (!blockers.has(k)) blockers.set(k, consentryMiddleware({ config: shopConfig(lang, hostname) }));
    blockers.get(k)(req, res, () => send(res, status, TYPES['.html'], html));
  };

  async function handle(req, res) {
    const url = new URL(req.url || '/', 'http://' + (req.headers.host || host));
    const path = decodeURIComponent(url.pathname);

    if (path.startsWith('/vendor/')) {
      const v = vendorRoute(path);
      hits.push({ time: Date.now(), method: req.method, path, query: url.search, vendor: v.vendor, kind: v.kind, service: v.service });
      req.resume();
      if (v.kind === 'script' || v.kind === 'frame') {
        if (await serveFile(res, VENDORS, v.file)) return;
      }
      if (v.kind === 'pixel') return send(res, 200, 'image/gif', GIF);
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      return res.end();
    }
    // The library, exactly as built: /consentry.js, /consentry.mjs and their chunks, /consentry.css.
    if (/^\/consentry[\w.-]*\.(js|mjs|css|map|d\.ts)$/.test(path)) {
      if (await serveFile(res, DIST, path.slice(1))) return;
      return send(res, 404, TYPES['.ts'], `${path} is missing: run \`npm run build\` first.`);
    }
    if (path.startsWith('/assets/') && (await serveFile(res, ASSETS, path.slice('/assets/'.length)))) return;
    if (path === '/spa') return send(res, 301, TYPES['.ts'], '', { Location: '/spa/' });
    if (path.startsWith('/spa/') && (await serveFile(res, SPA, path === '/spa/' ? 'index.html' : path.slice('/spa/'.length)))) return;
    if (path === '/favicon.ico') return send(res, 204, TYPES['.ts'], '');

    const to = redirectFor(path, req.headers['accept-language'] || '');
    if (to) return send(res, 302, TYPES['.ts'], '', { Location: to });
    const page = renderPage(path, { host: url.hostname }) || renderPage('/404', { host: url.hostname });
    sendPage(req, res, path.startsWith('/fr/') ? 'fr' : 'en', url.hostname, page.status || 200, page.html);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) send(res, 500, TYPES['.ts'], String(e && e.stack));
      else res.destroy();
    });
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = (p) => new Promise((ok, ko) => {
    const onError = (e) => ko(e);
    server.once('error', onError);
    server.listen(p, host, () => {
      server.off('error', onError);
      ok();
    });
  });
  try {
    await listen(port);
  } catch (e) {
    if (strictPort || e.code !== 'EADDRINUSE') throw e;
    await listen(0);
  }
  const actual = server.address().port;
  const origin = `http://${host}:${actual}`;
  return {
    port: actual,
    origin,
    url: origin + '/en/',
    hits,
    /** Vendor requests that arrived at or after `since` (a `Date.now()` value). */
    vendorHits: (since = 0) => hits.filter((h) => h.time >= since),
    reset() {
      hits.length = 0;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

/** Runs `npm run -s build` so that the demo serves what the sources say now. */
export function build() {
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed (npm run build); the demo needs dist/');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  try {
    if (!process.argv.includes('--no-build')) build();
    const demo = await startDemo({ port: Number(process.env.PORT) || 8080 });
    console.log(`Consentry demo shop: ${demo.url}`);
    console.log(`  en français :      ${demo.origin}/fr/`);
    console.log(`  single-page app:   ${demo.origin}/spa/`);
    console.log('Every tracker is a local stand-in: nothing leaves this machine. Ctrl+C stops.');
    const stop = () => demo.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    console.error(String(e && e.message ? e.message : e));
    process.exit(1);
  }
}

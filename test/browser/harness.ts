/**
 * End-to-end harness: Debian's Chromium (through playwright-core) against one local server that plays
 * the shop and every third-party vendor, over http and https, without touching the internet.
 *
 * Writing a browser test:
 * ```ts
 * import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
 * import { launch, startServer, cookies, type Launched, type TestServer } from './harness';
 *
 * let server: TestServer, browser: Launched;
 * beforeAll(async () => { server = await startServer(); browser = await launch(server); });
 * afterAll(async () => { await browser?.close(); await server?.close(); });
 * beforeEach(() => server.next());                        // let the last test's requests land, forget them
 *
 * test('before any choice, no tracker loads and no cookie is set', async () => {
 *   server.page('/', `<script src="/dist/consentry.js"></script>
 *     <script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>`);
 *   const page = await browser.page();                    // fresh context (no cookies, no storage)
 *   await page.goto(server.origin('shop.test', 'https') + '/');
 *   await server.quiet();                                 // wait until the network is idle
 *   expect(server.vendorHits()).toEqual([]);
 *   expect(await cookies(page.context())).toEqual([]);
 * });
 * ```
 *
 * Hosts. Site hosts (`SITE_HOSTS`: shop.test and www.shop.test are one site, other.test is another;
 * plus any *.shop.test / *.other.test) answer `server.page()` pages, `/dist/*` from the repo's `dist/`
 * and `/s/<name>.js` (a first-party script that pushes `<name>` to `window.__runs`). Every other host
 * that reaches the server is a vendor and answers from the stub table in `vendors.ts` (scripts that
 * record `window.__vendorRuns` / `window.__vendorSeen`, set the vendor's cookies and send a beacon;
 * frames; 1×1 pixels that set third-party cookies). `server.route()` overrides anything.
 *
 * Host mapping (checked with Chromium 156): `--host-resolver-rules="MAP shop.test 127.0.0.1:PORT,…,
 * MAP * ~NOTFOUND"` rewrites the port too, for http and https alike, so `http://shop.test/` and
 * `https://www.googletagmanager.com/` (no port in the URL, Host header without port, real origins
 * and cookie domains) reach the one server port; any other host fails with ERR_NAME_NOT_RESOLVED
 * before any DNS query or connection. HSTS-preloaded vendors (youtube.com, facebook.com…) are
 * upgraded to https by Chromium itself and still land here. The port serves both schemes: it peeks at
 * the first byte of each connection (0x16 = TLS handshake) and hands the socket to an https or an http
 * server. TLS uses a throw-away self-signed certificate (openssl, SANs for every mapped host) made per
 * server; contexts set `ignoreHTTPSErrors`. No proxy: `launch` drops *_proxy variables from the env.
 *
 * `/favicon.ico` (asked by Chromium on every navigation) answers 204 and is not recorded in `hits`.
 * Chromium 156 refuses third-party cookies by default (vendor pixels still send them): assert on
 * requests (`hits`) and on first-party cookies, which is what a visitor's browser keeps.
 *
 * In the page: `vendorRuns(page)`, `vendorSeen(page)` and `runs(page)` read what the stubs recorded;
 * `collectConsole(page)` (call before `goto`) collects console errors and uncaught exceptions;
 * `idbDump(page)` reads the origin's IndexedDB; `cookies(context)` lists cookies.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Cookie, type Page } from 'playwright-core';
import { GIF, SITE_HOSTS, SITE_PATTERNS, VENDOR_HOSTS, VENDORS, matches, stubFrame, stubScript, type VendorSpec } from './vendors';

export { SITE_HOSTS, VENDOR_HOSTS, VENDORS, type VendorSpec } from './vendors';

/** Debian's Chromium: the only browser the tests drive. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Used to make the throw-away certificate. */
export const OPENSSL_PATH = '/usr/bin/openssl';
/** Chromium switches, besides `--host-resolver-rules` (Playwright adds its own automation switches). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * The longest a helper waits for something that should happen (a request, a run, a quiet network)
 * before it gives up. Waits end as soon as their condition holds, so this only costs time when a
 * test fails; it is long because a 2-core machine under other load can be slow to start a renderer.
 */
export const WAIT = 15000;

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** One request that reached the server, in arrival order. */
export interface Hit {
  host: string;
  /** Pathname, without the query. */
  path: string;
  /** Full URL as the browser asked for it, e.g. `https://www.google-analytics.com/g/collect?v=2`. */
  url: string;
  method: string;
  scheme: 'http' | 'https';
  /** `Date.now()` on arrival. */
  time: number;
  referer?: string;
  /** The request's Cookie header: what the browser sent to that host. */
  cookie?: string;
  /** `Sec-Fetch-Dest` (script, iframe, image, document, empty…); Chromium sends it on https only. */
  dest?: string;
  /** `Sec-Fetch-Site` (same-origin, same-site, cross-site, none); https only. */
  fetchSite?: string;
  /** The host is a vendor (not one of the site hosts). */
  vendor: boolean;
}

/**
 * Which hits: a host (`'bat.bing.com'`), a host and path prefix (`'www.facebook.com/tr'`), a path prefix
 * on any host (`'/g/collect'`), a RegExp tried on the host and on host+path, or a predicate.
 */
export type HitMatch = string | RegExp | ((hit: Hit) => boolean);

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: Hit) => void | Promise<void>;

export interface ServerOptions {
  /** More hosts to treat as vendors (added to the certificate; pass them to `launch` too, or use `server.hosts`). */
  hosts?: string[];
  /** More vendor rows, tried before the built-in `VENDORS` table. */
  vendors?: VendorSpec[];
}

export interface FetchResult { status: number; headers: IncomingHttpHeaders; body: string }

export interface TestServer {
  /** The one port serving http and https. */
  port: number;
  /** Every host the browser must map to this server (site hosts and patterns, vendors, extras). */
  hosts: readonly string[];
  /** `origin('shop.test')` → `'http://shop.test'` (no port: the resolver rules supply it). */
  origin(host?: string, scheme?: 'http' | 'https'): string;
  /** Registers an HTML page at `path` on every site host (re-registering replaces it). */
  page(path: string, html: string, headers?: Record<string, string | string[]>): void;
  /** A custom handler for `path` (exact string or RegExp on the pathname) on one host or `'*'`; the latest registration wins. */
  route(hostOrStar: string, path: string | RegExp, handler: Handler): void;
  /** Every recorded request, in order. */
  hits: Hit[];
  hitsTo(match: HitMatch): Hit[];
  /** Hits to third-party (vendor) hosts. */
  vendorHits(): Hit[];
  /** Resolves with the first hit (past or future) that matches; rejects after `timeout` ms. */
  waitForHit(match: HitMatch, timeout?: number): Promise<Hit>;
  /** Resolves once no request has arrived for `idle` ms (at most `max` ms). */
  quiet(idle?: number, max?: number): Promise<void>;
  /** A request from Node (not the browser) to `url`, e.g. `https://shop.test/dist/consentry.js`; recorded like any other. */
  fetch(url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<FetchResult>;
  /** Errors thrown by handlers (each also answered 500). */
  errors: Error[];
  /** Clears the hits and errors (pages and routes stay). */
  reset(): void;
  /**
   * Between tests: waits until the previous test's last requests (a beacon sent as its page closed)
   * have arrived, then forgets everything, so that no test sees another's traffic.
   */
  next(): Promise<void>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8', '.ts': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.gif': 'image/gif', '.jpg': 'image/jpeg', '.webp': 'image/webp',
  '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};
const IMAGE = /\.(gif|png|jpe?g|webp|svg|ico)$/;

/** True for the shop's own hosts (first party), false for vendors. */
export function isSiteHost(host: string): boolean {
  return SITE_HOSTS.includes(host) || SITE_PATTERNS.some((p) => host.endsWith(p.slice(1)));
}

/** `.facebook.com` for `www.facebook.com`: the domain a vendor sets its own cookies on. */
function parentDomain(host: string): string {
  return '.' + host.split('.').slice(-2).join('.');
}

/** A throw-away self-signed certificate naming every mapped host. */
function makeCertificate(hosts: readonly string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-cert-'));
  try {
    const names = [...new Set(hosts)].filter((h) => h !== '127.0.0.1' && h !== '*').map((h) => `DNS:${h}`);
    execFileSync(OPENSSL_PATH, [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=consentry test',
      '-addext', `subjectAltName=${['IP:127.0.0.1', ...names].join(',')}`,
    ], { stdio: 'pipe' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string | string[]> = {}): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.end(body);
}

function testHit(match: HitMatch, h: Hit): boolean {
  if (typeof match === 'function') return match(h);
  if (typeof match === 'string') {
    if (match.startsWith('/')) return h.path.startsWith(match);
    return match.includes('/') ? (h.host + h.path).startsWith(match) : h.host === match;
  }
  return match.test(h.host) || match.test(h.host + h.path);
}

/** Starts the site-and-vendors server on a random loopback port. */
export async function startServer(opts: ServerOptions = {}): Promise<TestServer> {
  const hosts = [...SITE_HOSTS, ...SITE_PATTERNS, ...VENDOR_HOSTS, ...(opts.hosts ?? [])];
  const vendors = [...(opts.vendors ?? []), ...VENDORS];
  const pages = new Map<string, { html: string; headers: Record<string, string | string[]> }>();
  const routes: { host: string; path: string | RegExp; handler: Handler }[] = [];
  const hits: Hit[] = [];
  const errors: Error[] = [];
  const waiters = new Set<(h: Hit) => void>();
  let lastActivity = Date.now();

  async function serveDist(path: string, res: ServerResponse): Promise<void> {
    const file = normalize(join(DIST, decodeURIComponent(path.slice('/dist/'.length))));
    if (!file.startsWith(DIST) || file.endsWith(sep)) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    try {
      const body = await readFile(file);
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      send(res, 404, 'text/plain; charset=utf-8', `not found: ${path} (has dist/ been built?)`);
    }
  }

  function serveVendor(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const host = url.hostname, path = url.pathname;
    const own = vendors.filter((v) => v.hosts.includes(host));
    let spec = own[0];
    let kind: 'script' | 'frame' | 'pixel' | 'style' | 'empty' | undefined;
    for (const v of own) {
      kind = matches(v.scripts, path) ? 'script' : matches(v.frames, path) ? 'frame' : matches(v.pixels, path) ? 'pixel' : undefined;
      if (kind) { spec = v; break; }
    }
    if (!kind) {
      const dest = req.headers['sec-fetch-dest'], ext = extname(path);
      kind = ext === '.js' || ext === '.mjs' || dest === 'script' ? 'script'
        : dest === 'iframe' || dest === 'frame' || dest === 'document' || ext === '.html' ? 'frame'
        : dest === 'image' || IMAGE.test(path) ? 'pixel'
        : dest === 'style' || ext === '.css' ? 'style' : 'empty';
    }
    if (kind === 'script') return send(res, 200, TYPES['.js'], stubScript(url, spec));
    if (kind === 'style') return send(res, 200, TYPES['.css'], '/* vendor stub */');
    // Pixels, frames and collect endpoints set the vendor's own cookies, as a third party would.
    const secure = url.protocol === 'https:';
    const setCookie = Object.entries(spec?.thirdPartyCookies ?? {}).map(([k, v]) =>
      `${k}=${v}; Domain=${parentDomain(host)}; Path=/; Max-Age=31536000${secure ? '; SameSite=None; Secure' : ''}`);
    const headers: Record<string, string | string[]> = setCookie.length ? { 'Set-Cookie': setCookie } : {};
    if (kind === 'frame') return send(res, 200, TYPES['.html'], stubFrame(url, spec), headers);
    if (kind === 'pixel') return send(res, 200, 'image/gif', GIF, headers);
    req.resume();
    res.statusCode = 204;
    res.setHeader('Cache-Control', 'no-store');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    lastActivity = Date.now();
    const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
    const hostHeader = req.headers.host ?? '127.0.0.1';
    const url = new URL(req.url ?? '/', `${scheme}://${hostHeader}`);
    const host = url.hostname;
    let route: Handler | undefined;
    for (let i = routes.length - 1; i >= 0 && !route; i--) {
      const r = routes[i];
      if ((r.host === '*' || r.host === host) && (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname))) route = r.handler;
    }
    if (!route && url.pathname === '/favicon.ico') { res.statusCode = 204; res.end(); return; }
    const h = req.headers;
    const hit: Hit = {
      host, path: url.pathname, url: `${scheme}://${hostHeader}${req.url ?? '/'}`, method: req.method ?? 'GET', scheme, time: lastActivity,
      referer: h.referer, cookie: h.cookie, dest: h['sec-fetch-dest'] as string | undefined, fetchSite: h['sec-fetch-site'] as string | undefined,
      vendor: !isSiteHost(host),
    };
    hits.push(hit);
    for (const w of waiters) w(hit);
    try {
      if (route) return await route(req, res, hit);
      if (hit.vendor) return serveVendor(req, res, url);
      const page = pages.get(url.pathname);
      if (page) return send(res, 200, TYPES['.html'], page.html, page.headers);
      if (url.pathname.startsWith('/dist/')) return await serveDist(url.pathname, res);
      const name = /^\/s\/([\w.-]+)\.js$/.exec(url.pathname)?.[1];
      if (name) return send(res, 200, TYPES['.js'], `(window.__runs=window.__runs||[]).push(${JSON.stringify(name)});`);
      send(res, 404, 'text/plain; charset=utf-8', `no page at ${url.pathname}`);
    } catch (e) {
      errors.push(e as Error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', String(e));
      else res.destroy();
    }
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse) => void handle(req, res);
  const plain = http.createServer(onRequest);
  const secure = https.createServer(makeCertificate(hosts), onRequest);
  const sockets = new Set<net.Socket>();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    // First byte 0x16 is a TLS handshake record: same port, both schemes.
    socket.once('readable', () => {
      const first: Buffer | null = socket.read(1);
      if (!first) return void socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
    });
  });
  await new Promise<void>((resolve, reject) => front.once('error', reject).listen(0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;

  const server: TestServer = {
    port,
    hosts,
    hits,
    errors,
    origin: (host = 'shop.test', scheme = 'http') => `${scheme}://${host}`,
    page(path, html, headers = {}) { pages.set(path, { html, headers }); },
    route(host, path, handler) { routes.push({ host, path, handler }); },
    hitsTo: (match) => hits.filter((h) => testHit(match, h)),
    vendorHits: () => hits.filter((h) => h.vendor),
    waitForHit(match, timeout = WAIT) {
      const found = hits.find((h) => testHit(match, h));
      if (found) return Promise.resolve(found);
      return new Promise<Hit>((resolve, reject) => {
        const waiter = (h: Hit) => { if (testHit(match, h)) { clearTimeout(timer); waiters.delete(waiter); resolve(h); } };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no request matching ${String(match)} within ${timeout} ms; got: ${hits.map((h) => h.url).join(', ') || 'none'}`));
        }, timeout);
        waiters.add(waiter);
      });
    },
    async quiet(idle = 150, max = WAIT) {
      const end = Date.now() + max;
      while (Date.now() < end && Date.now() - lastActivity < idle) await new Promise((r) => setTimeout(r, 25));
    },
    fetch(target, init = {}) {
      const u = new URL(target);
      const tls = u.protocol === 'https:';
      return new Promise<FetchResult>((resolve, reject) => {
        const req = (tls ? https : http).request({
          host: '127.0.0.1', port, method: init.method ?? 'GET', path: u.pathname + u.search,
          headers: { host: u.host, ...init.headers },
          ...(tls ? { servername: net.isIP(u.hostname) ? undefined : u.hostname, rejectUnauthorized: false } : {}),
        }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('error', reject);
        req.end(init.body);
      });
    },
    reset() { hits.length = 0; errors.length = 0; },
    async next() { await this.quiet(); this.reset(); },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      plain.close();
      secure.close();
    },
  };
  return server;
}

export interface LaunchOptions {
  /** More hosts to map to the server (they are answered as vendors unless a route says otherwise). */
  hosts?: string[];
}

export interface Launched {
  browser: Browser;
  /** A fresh context (own cookies and storage) with `ignoreHTTPSErrors` and `baseURL` = `http://shop.test`. */
  context(opts?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context. */
  page(opts?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** The `--host-resolver-rules` value: every mapped host to the server's port, everything else unresolvable. */
export function resolverRules(server: Pick<TestServer, 'port' | 'hosts'>, extra: string[] = []): string {
  const target = `127.0.0.1:${server.port}`;
  return [...new Set([...server.hosts, ...extra])].map((h) => `MAP ${h} ${target}`).concat('MAP * ~NOTFOUND').join(',');
}

/** Launches Debian's Chromium with every mapped host pointed at `server`. */
export async function launch(server: TestServer, opts: LaunchOptions = {}): Promise<Launched> {
  // A proxy from the environment would get the requests before the resolver rules could apply.
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/_proxy$/i.test(k)) env[k] = v;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=${resolverRules(server, opts.hosts)}`],
    env,
  });
  const context = (o: BrowserContextOptions = {}) => browser.newContext({ ignoreHTTPSErrors: true, baseURL: server.origin(), ...o });
  return {
    browser,
    context,
    page: async (o) => (await context(o)).newPage(),
    close: () => browser.close(),
  };
}

/** Every cookie in the context (optionally only those sent to `urls`), sorted by name then domain. */
export async function cookies(context: BrowserContext, urls?: string | string[]): Promise<Cookie[]> {
  const list = await context.cookies(urls);
  return list.sort((a, b) => a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain));
}

/** The names of `cookies(context, urls)`. */
export async function cookieNames(context: BrowserContext, urls?: string | string[]): Promise<string[]> {
  return (await cookies(context, urls)).map((c) => c.name);
}

/** IndexedDB content of the page's origin: `{ [database]: { [store]: [{ key, value }] } }`. */
export function idbDump(page: Page, database?: string): Promise<Record<string, Record<string, { key: unknown; value: unknown }[]>>> {
  return page.evaluate(async (only) => {
    const done = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const out: Record<string, Record<string, { key: unknown; value: unknown }[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name || (only && info.name !== only)) continue;
      const db = await done(indexedDB.open(info.name));
      const stores: Record<string, { key: unknown; value: unknown }[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
        stores[name] = keys.map((key, i) => ({ key, value: values[i] }));
      }
      db.close();
      out[info.name] = stores;
    }
    return out;
  }, database);
}

export interface ConsoleLog {
  /** Every console message, `type: text`. */
  messages: { type: string; text: string }[];
  /** Texts of `console.error` messages (includes Chromium's own "Failed to load resource" lines). */
  errors: string[];
  /** Uncaught exceptions and unhandled rejections in the page: this should stay empty. */
  pageErrors: Error[];
  clear(): void;
}

/** Starts recording the page's console and uncaught errors. */
export function collectConsole(page: Page): ConsoleLog {
  const log: ConsoleLog = {
    messages: [], errors: [], pageErrors: [],
    clear() { log.messages.length = 0; log.errors.length = 0; log.pageErrors.length = 0; },
  };
  page.on('console', (m) => {
    log.messages.push({ type: m.type(), text: m.text() });
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(e));
  return log;
}

/** What a stub script found when it ran (see vendors.ts). */
export interface VendorSeen { host: string; path: string; service: string; granted: boolean; queue: unknown; firstDataLayerEntry?: unknown }

/** `window.__vendorRuns`: `host+path` of every vendor stub that executed, in order. */
export const vendorRuns = (page: Page): Promise<string[]> => page.evaluate('window.__vendorRuns || []');
/** `window.__vendorSeen`: what each vendor stub found on arrival. */
export const vendorSeen = (page: Page): Promise<VendorSeen[]> => page.evaluate('window.__vendorSeen || []');
/** `window.__runs`: names pushed by `/s/<name>.js` and by `?log=<name>` stubs, in execution order. */
export const runs = (page: Page): Promise<string[]> => page.evaluate('window.__runs || []');

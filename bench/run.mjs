#!/usr/bin/env node
// `npm run bench`: Consentry side by side with vanilla-cookieconsent on the same page, in Debian's
// Chromium with 4× CPU throttling, median of N runs (fresh browser context per run). Prints a table
// and writes bench/results.json. It reports the goals; it asserts nothing.
//
// How each number is measured (README.md (Benchmark) says the same for readers):
// - bytes: the consent manager's JS and CSS files the browser actually requested on that visit,
//   compressed here with zlib (gzip level 9, brotli quality 11); 1 KB = 1024 bytes. The server sends
//   `Cache-Control: no-store`, so a returning visitor's figure is what a visit with an empty cache
//   (after a deploy, or on a new device with a stored choice) must fetch.
// - time to banner: an init script looks once per animation frame for the "Accept all" button
//   (shadow roots too); in the first frame where it is laid out, visible and no ancestor is
//   transparent, it asks for one more frame and takes that as painted (double requestAnimationFrame).
//   `performance.now()` then is the time since navigation start. Same code for both libraries.
// - time to the consented analytics script: a returning visitor who accepted everything; the
//   held-back script records `performance.now()` when it starts.
// - main-thread script time: V8's sampling profiler through CDP (50 µs interval) on a first visit,
//   until the banner is painted and 300 ms more; a sample counts for the library when any
//   frame of its stack comes from the library's files (so time in its hooks and callbacks counts,
//   parse and compile before the first frame do not). Measured throttled, in separate runs.
// - interception: bench/intercept.html inserts 2,000 nodes (10 % scripts) and reports
//   `window.__interceptMs`; with `?consentry=1` it loads Consentry first. Ratio = with / without.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium } from '../tools/audit/chromium.mjs';
import { consentryPage, vanillaPage } from './pages.mjs';
import { serverTable } from './server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist') + sep;
const BENCH = join(ROOT, 'bench') + sep;
const CC = join(ROOT, 'node_modules/vanilla-cookieconsent/dist') + sep;
const RESULTS = join(BENCH, 'results.json');
const THROTTLE = 4;
const KB = 1024;
// A guard against a hung browser, not a budget: the default run takes 6 to 9 minutes on 2 cores
// (534 s on a slow hour), so the guard sits well above it.
const HARD_LIMIT_MS = 20 * 60 * 1000;

export const LIBS = {
  consentry: { label: 'Consentry', page: '/consentry.html', files: /^\/dist\/consentry[\w.-]*\.(js|mjs|css)$/ },
  vanilla: { label: 'vanilla-cookieconsent', page: '/vanilla.html', files: /^\/cc\/cookieconsent[\w.-]*\.(js|css)$/ },
};

/** Run as a program (`npm run bench`), not imported (bench/profile.mjs imports the server and probe). */
const isMain = !!process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
const { values: opts } = parseArgs({
  args: isMain ? process.argv.slice(2) : [],
  options: {
    runs: { type: 'string', default: '15' },
    build: { type: 'boolean', default: true },
    out: { type: 'string', default: RESULTS },
    only: { type: 'string', default: '' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowNegative: true,
});
if (opts.help) {
  console.log('Usage: npm run bench [-- --runs 15] [--no-build] [--out bench/results.json] [--only server]');
  process.exit(0);
}
const RUNS = Math.max(1, Number(opts.runs) || 15);

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };

/** Serves the two pages, dist/, bench/ and vanilla-cookieconsent's dist on 127.0.0.1. */
export async function serve(dist = DIST) {
  const pages = { '/consentry.html': consentryPage(), '/vanilla.html': vanillaPage() };
  const files = [
    ['/dist/', dist], ['/bench/', BENCH], ['/cc/', CC],
    // bench/intercept.html may load the script-tag build from the root, as the demo does.
    ['/', dist],
  ];
  const server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const head = (type) => ({ 'Content-Type': type, 'Cache-Control': 'no-store' });
    if (pages[path]) {
      res.writeHead(200, head(TYPES['.html']));
      return res.end(pages[path]);
    }
    for (const [prefix, dir] of files) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      try {
        const body = await readFile(file);
        res.writeHead(200, head(TYPES[extname(file)] || 'application/octet-stream'));
        return res.end(body);
      } catch {
        // try the next mount
      }
    }
    res.writeHead(path === '/favicon.ico' ? 204 : 404, head('text/plain'));
    res.end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** The local file behind a requested library URL, for byte counts. */
function fileOf(path) {
  if (path.startsWith('/dist/')) return join(DIST, path.slice(6));
  if (path.startsWith('/cc/')) return join(CC, path.slice(4));
  return null;
}

const sizes = new Map();
function sizeOf(path) {
  if (!sizes.has(path)) {
    const buf = readFileSync(fileOf(path));
    sizes.set(path, {
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
    });
  }
  return sizes.get(path);
}

/**
 * Runs before the page's own scripts: once per animation frame, looks for the "Accept all" button
 * (shadow roots included) and notes when it is first painted visible. Polling once a frame costs
 * the page less than a MutationObserver over the whole document while it is parsed.
 */
export const PROBE = `(() => {
  if (window !== window.top) return;
  const B = (window.__bench = { banner: null });
  const RE = /^\\s*accept all\\s*$/i;
  const roots = [document];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  const find = () => {
    for (const r of roots) for (const b of r.querySelectorAll('button')) if (RE.test(b.textContent || '')) return b;
    return null;
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(el).visibility !== 'visible') return false;
    for (let e = el; e; ) {
      if (+getComputedStyle(e).opacity === 0) return false;
      e = e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
    }
    return true;
  };
  const end = performance.now() + 30000;
  let button = null;
  const poll = () => {
    if (!button || !button.isConnected) button = find();
    // Visible in this frame: the frame after it is the first one that can follow its paint.
    if (button && visible(button)) return requestAnimationFrame(() => { B.banner = performance.now(); });
    if (performance.now() < end) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function throttled(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return { page, cdp };
}

/** Library files requested by `page` from now on (paths), in order. */
function libraryRequests(page, lib) {
  const list = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (LIBS[lib].files.test(path)) list.push(path);
  });
  return list;
}

/** Waits until the page's global `expr` is a number, and returns it. */
export async function waitFor(page, expr, timeout = 20000) {
  const test = `typeof (${expr}) === 'number'`;
  await page.waitForFunction(test, null, { timeout, polling: 50 });
  return page.evaluate(expr);
}

function bytes(paths) {
  const seen = [...new Set(paths)];
  const total = { raw: 0, gzip: 0, brotli: 0, files: seen };
  for (const p of seen) {
    const s = sizeOf(p);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

/** A first visit: time to banner and the bytes of the consent manager. */
async function firstVisit(browser, origin, lib) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(PROBE);
    const { page } = await throttled(context);
    const reqs = libraryRequests(page, lib);
    await page.goto(origin + LIBS[lib].page, { waitUntil: 'load' });
    // The banner cannot show before the interface chunk (and language) arrived: `reqs` is complete.
    const banner = await waitFor(page, 'window.__bench && window.__bench.banner');
    return { banner, bytes: bytes(reqs) };
  } finally {
    await context.close();
  }
}

/** Accepts everything through each library's API, as a click on "Accept all" would. */
const ACCEPT = {
  consentry: 'window.Consentry.acceptAll().then(() => true)',
  vanilla: '(CookieConsent.acceptCategory("all"), true)',
};

/** A returning visitor who accepted everything: time to the analytics script, and bytes. */
async function returningVisit(browser, origin, lib) {
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await first.addInitScript(PROBE);
    await first.goto(origin + LIBS[lib].page, { waitUntil: 'load' });
    await waitFor(first, 'window.__bench && window.__bench.banner');
    await first.evaluate(ACCEPT[lib]);
    // Consentry's acceptAll() resolves once the choice is stored; vanilla-cookieconsent writes its cookie at once.
    await waitFor(first, 'window.__benchAnalytics');
    await first.close();
    const { page } = await throttled(context);
    const reqs = libraryRequests(page, lib);
    await page.goto(origin + LIBS[lib].page, { waitUntil: 'load' });
    const analytics = await waitFor(page, 'window.__benchAnalytics');
    // No probe on this page (it would cost the page something); check the banner stayed away instead.
    await sleep(300);
    if (await page.getByRole('button', { name: 'Accept all' }).filter({ visible: true }).count()) {
      throw new Error(`${lib}: the banner showed again to a returning visitor`);
    }
    return { analytics, bytes: bytes(reqs) };
  } finally {
    await context.close();
  }
}

/** Script time attributed to the library on a first visit, from a CPU profile. */
async function scriptTime(browser, origin, lib) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(PROBE);
    const { page, cdp } = await throttled(context);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(origin + LIBS[lib].page, { waitUntil: 'load' });
    await waitFor(page, 'window.__bench && window.__bench.banner');
    await sleep(300); // work the library leaves for after the first frame (listeners, idle callbacks)
    const { profile } = await cdp.send('Profiler.stop');
    return libraryTime(profile, (url) => {
      try {
        return LIBS[lib].files.test(new URL(url).pathname);
      } catch {
        return false;
      }
    });
  } finally {
    await context.close();
  }
}

/** Milliseconds of samples whose stack holds a frame for which `isLib(url)` is true. */
export function libraryTime(profile, isLib) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const memo = new Map();
  const inLib = (id) => {
    if (memo.has(id)) return memo.get(id);
    const n = byId.get(id);
    const own = !!(n && n.callFrame.url && isLib(n.callFrame.url));
    const p = parent.get(id);
    const v = own || (p !== undefined && inLib(p));
    memo.set(id, v);
    return v;
  };
  const { samples = [], timeDeltas = [] } = profile;
  let us = 0;
  // timeDeltas[i] is the gap before sample i, so sample i lasts until the next one.
  for (let i = 0; i < samples.length - 1; i++) if (inLib(samples[i])) us += timeDeltas[i + 1];
  return us / 1000;
}

/** bench/intercept.html with or without Consentry: `window.__interceptMs`. */
async function intercept(browser, origin, withConsentry) {
  const context = await browser.newContext();
  try {
    const { page } = await throttled(context);
    await page.goto(origin + '/bench/intercept.html' + (withConsentry ? '?consentry=1' : ''), { waitUntil: 'load' });
    const ms = await waitFor(page, 'window.__interceptMs', 30000);
    if ((await page.evaluate('window.__consentry')) !== withConsentry) throw new Error('Consentry was ' + (withConsentry ? 'not ' : '') + 'loaded');
    return ms;
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function version(pkgDir) {
  try {
    return JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

/** Rebuilds dist/ when a source file is newer than the script-tag build. */
function buildIfStale() {
  let newest = 0;
  const walk = (d) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, f.name);
      if (f.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(ROOT, 'src'));
  const built = existsSync(join(DIST, 'consentry.js')) ? statSync(join(DIST, 'consentry.js')).mtimeMs : 0;
  if (built >= newest) return false;
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  return true;
}

function fmtKB(b) {
  return b === null || b === undefined ? 'n/a' : `${(b / KB).toFixed(1)} KB`;
}
function fmtMs(ms) {
  return ms === null || ms === undefined ? 'n/a' : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}
function ratio(a, b) {
  return a === null || b === null || !b ? null : a / b;
}

async function main() {
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  const killer = setTimeout(() => {
    console.error(`bench: gave up after ${HARD_LIMIT_MS / 60000} minutes`);
    process.exit(3);
  }, HARD_LIMIT_MS);
  killer.unref();

  if (opts.build && buildIfStale()) console.log('Rebuilt dist/.');

  // Server-side blocking: its own section, in a child process with a GC it can force (memory figures).
  const serverSide = JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(BENCH, 'server.mjs'), '200', '--json'], { cwd: ROOT, encoding: 'utf8' }));
  console.log(serverTable(serverSide) + '\n');
  if (opts.only === 'server') {
    const prev = existsSync(opts.out) ? JSON.parse(readFileSync(opts.out, 'utf8')) : {};
    await writeFile(opts.out, JSON.stringify({ ...prev, serverSide: { date: new Date().toISOString(), ...serverSide } }, null, 2) + '\n');
    console.log(`Wrote the serverSide section of ${opts.out}.`);
    clearTimeout(killer);
    return;
  }
  const { server, origin } = await serve();
  const browser = await launchChromium();
  const chromium = browser.version();
  const hasIntercept = existsSync(join(BENCH, 'intercept.html'));
  const samples = {
    consentry: { banner: [], analytics: [], script: [], first: null, returning: null },
    vanilla: { banner: [], analytics: [], script: [], first: null, returning: null },
    intercept: { with: [], without: [] },
  };
  const failures = [];
  const attempt = async (what, f) => {
    try {
      return await f();
    } catch (e) {
      failures.push(`${what}: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
      return null;
    }
  };
  const stop = async () => {
    await browser.close().catch(() => {});
    server.close();
  };
  process.once('SIGINT', () => stop().then(() => process.exit(130)));

  try {
    console.log(`Chromium ${chromium}, ${THROTTLE}× CPU throttling, ${RUNS} runs each (+1 warm-up)…`);
    for (let i = -1; i < RUNS; i++) {
      const warm = i < 0;
      // Alternate which library goes first, so that neither always gets the warmer machine.
      const order = i % 2 ? ['vanilla', 'consentry'] : ['consentry', 'vanilla'];
      for (const lib of order) {
        const s = samples[lib];
        const f = await attempt(`${lib} first visit`, () => firstVisit(browser, origin, lib));
        const r = await attempt(`${lib} returning visit`, () => returningVisit(browser, origin, lib));
        const t = await attempt(`${lib} script time`, () => scriptTime(browser, origin, lib));
        if (warm) continue;
        if (f) {
          s.banner.push(f.banner);
          s.first ||= f.bytes;
        }
        if (r) {
          s.analytics.push(r.analytics);
          s.returning ||= r.bytes;
        }
        if (t !== null) s.script.push(t);
      }
      if (hasIntercept) {
        for (const w of i % 2 ? [false, true] : [true, false]) {
          const ms = await attempt(`intercept ${w ? 'with' : 'without'} Consentry`, () => intercept(browser, origin, w));
          if (!warm && ms !== null) samples.intercept[w ? 'with' : 'without'].push(ms);
        }
      }
      if (!warm) process.stdout.write(`\r  run ${i + 1}/${RUNS}`);
    }
    process.stdout.write('\n');
  } finally {
    await stop();
  }

  const C = samples.consentry, V = samples.vanilla;
  const m = {
    banner: [median(C.banner), median(V.banner)],
    analytics: [median(C.analytics), median(V.analytics)],
    script: [median(C.script), median(V.script)],
    intercept: [median(samples.intercept.with), median(samples.intercept.without)],
  };
  const rows = [
    { id: 'firstVisitGzip', label: 'First visit, JS+CSS (gzip)', unit: 'bytes', c: C.first && C.first.gzip, v: V.first && V.first.gzip, goal: 'Consentry ≤ 12 KB', met: (c) => c !== null && c <= 12 * KB },
    { id: 'firstVisitBrotli', label: 'First visit, JS+CSS (brotli)', unit: 'bytes', c: C.first && C.first.brotli, v: V.first && V.first.brotli },
    { id: 'returningGzip', label: 'Returning visit, JS+CSS (gzip)', unit: 'bytes', c: C.returning && C.returning.gzip, v: V.returning && V.returning.gzip, goal: 'Consentry ≤ 5 KB', met: (c) => c !== null && c <= 5 * KB },
    { id: 'returningBrotli', label: 'Returning visit, JS+CSS (brotli)', unit: 'bytes', c: C.returning && C.returning.brotli, v: V.returning && V.returning.brotli },
    { id: 'timeToBanner', label: 'Time to banner painted', unit: 'ms', c: m.banner[0], v: m.banner[1], goal: 'ratio ≤ 0.8', met: (c, v, r) => r !== null && r <= 0.8 },
    { id: 'timeToAnalytics', label: 'Returning visitor: analytics starts', unit: 'ms', c: m.analytics[0], v: m.analytics[1], goal: 'ratio ≤ 0.8', met: (c, v, r) => r !== null && r <= 0.8 },
    { id: 'scriptTime', label: 'Main-thread script time, first visit', unit: 'ms', c: m.script[0], v: m.script[1] },
  ];
  for (const r of rows) {
    r.c ??= null;
    r.v ??= null;
    r.ratio = ratio(r.c, r.v);
    r.goalMet = r.met ? r.met(r.c, r.v, r.ratio) : null;
  }
  const icpt = {
    id: 'interception', label: 'Inserting 2,000 nodes (10 % scripts)', unit: 'ms', with: m.intercept[0], without: m.intercept[1],
    ratio: ratio(m.intercept[0], m.intercept[1]), goal: 'ratio ≤ 1.15',
  };
  icpt.goalMet = icpt.ratio === null ? null : icpt.ratio <= 1.15;

  const fmt = (r, x) => (r.unit === 'bytes' ? fmtKB(x) : fmtMs(x));
  const yes = (g) => (g ? 'yes' : 'NO');
  const table = [
    ['Measure', 'Consentry', 'vanilla-cc', 'Ratio', 'Goal', 'Met'],
    ...rows.map((r) => [r.label, fmt(r, r.c), fmt(r, r.v), r.ratio === null ? 'n/a' : r.ratio.toFixed(2), r.goal || '', r.goal ? (r.goalMet === null ? 'n/a' : yes(r.goalMet)) : '']),
  ];
  const table2 = [
    ['Interception', 'With Consentry', 'Without', 'Ratio', 'Goal', 'Met'],
    [icpt.label, fmtMs(icpt.with), fmtMs(icpt.without), icpt.ratio === null ? 'n/a' : icpt.ratio.toFixed(2), icpt.goal, icpt.ratio === null ? 'n/a' : yes(icpt.goalMet)],
  ];
  const text = [markdown(table), '', markdown(table2)].join('\n');
  const machine = {
    cpu: os.cpus()[0] ? os.cpus()[0].model.trim() : 'unknown', cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version, chromium,
    // Other work on the machine makes the timings noisy; the byte counts do not change.
    loadAverage: { before: +loadBefore.toFixed(2), after: +os.loadavg()[0].toFixed(2) },
  };
  const results = {
    date: new Date().toISOString(),
    machine,
    method: { throttling: `${THROTTLE}× CPU (Emulation.setCPUThrottlingRate)`, runs: RUNS, statistic: 'median', freshContextPerRun: true, kb: KB },
    versions: { consentry: version(ROOT), vanillaCookieconsent: version(join(ROOT, 'node_modules/vanilla-cookieconsent')) },
    metrics: Object.fromEntries([...rows.map((r) => [r.id, { label: r.label, unit: r.unit, consentry: r.c, vanilla: r.v, ratio: r.ratio, goal: r.goal || null, met: r.goal ? r.goalMet : null }]),
      [icpt.id, { label: icpt.label, unit: icpt.unit, withConsentry: icpt.with, without: icpt.without, ratio: icpt.ratio, goal: icpt.goal, met: icpt.goalMet, available: hasIntercept }]]),
    files: { consentry: { first: C.first, returning: C.returning }, vanilla: { first: V.first, returning: V.returning } },
    samples,
    serverSide,
    failures,
    table: text,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  console.log('');
  console.log(`Consentry ${results.versions.consentry} vs vanilla-cookieconsent ${results.versions.vanillaCookieconsent} · ${results.date.slice(0, 10)} · ${machine.cpu}, ${machine.cores} cores · Node ${machine.node} · Chromium ${chromium} · ${THROTTLE}× CPU throttling · median of ${RUNS} runs`);
  console.log('');
  console.log(text);
  const busy = Math.max(machine.loadAverage.before, machine.loadAverage.after);
  if (busy > machine.cores) console.log(`\nThe machine was busy (load average ${busy} on ${machine.cores} cores): timings are noisy; run again on a quiet machine.`);
  if (!hasIntercept) console.log('\n(bench/intercept.html is missing: interception not measured)');
  if (failures.length) console.log(`\n${failures.length} run(s) failed:\n  ` + [...new Set(failures)].slice(0, 10).join('\n  '));
  // Tenths of a millisecond and thousandths of a ratio are all the precision these numbers have.
  const round = (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * (k === 'ratio' ? 1000 : 10)) / (k === 'ratio' ? 1000 : 10) : v);
  await writeFile(opts.out, JSON.stringify(results, round, 2) + '\n');
  console.log(`\nWrote ${opts.out} in ${results.seconds} s.`);
  clearTimeout(killer);
}

function markdown(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  return [line(rows[0]), '| ' + w.map((n) => '-'.repeat(n)).join(' | ') + ' |', ...rows.slice(1).map(line)].join('\n');
}

if (isMain) {
  main().catch((e) => {
    console.error(`bench failed: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  });
}

#!/usr/bin/env node
// Interception cost alone: bench/intercept.html loaded N times without and with Consentry, in
// Debian's Chromium with 4× CPU throttling, fresh context per load, variants interleaved so that
// a busy machine slows them alike. Reports medians and ratios; asserts nothing.
//
//   node bench/intercept.mjs [--runs 15] [--throttle 4] [--query trackers=0&rounds=15]
//                            [--baseline old/consentry.js ...] [--no-current]
//
// Each `--baseline` file is served as /dist/consentry.js on an origin of its own, so an older
// build can be compared with dist/consentry.js in the same conditions (build both first);
// `--no-current` leaves dist/consentry.js out (when it is being rebuilt meanwhile). Besides the
// ratio of medians, the median of the ratios of each round of loads (taken one after the other)
// is printed: it follows the machine's load less.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import { basename, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/audit/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8' };
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    throttle: { type: 'string', default: '4' },
    baseline: { type: 'string', multiple: true, default: [] },
    current: { type: 'boolean', default: true },
    // Added to the page's query: `trackers=0` (no tracker among the nodes: the hooks' cost
    // alone), `rounds=15` (rounds per load, 5 by default).
    query: { type: 'string', default: '' },
  },
  allowNegative: true,
});
const RUNS = Math.max(1, Number(opts.runs) || 15);
const THROTTLE = Number(opts.throttle) || 1;

/** Serves the repository on 127.0.0.1; `script`, when given, answers /dist/consentry.js. */
async function serve(script) {
  const server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path === '/dist/consentry.js' && script ? script : normalize(join(ROOT, path));
    try {
      if (!file.startsWith(ROOT) && file !== script) throw 0;
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** One load of the page: its `__interceptMs` (median of its own rounds). */
async function load(browser, url, withConsentry) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('typeof window.__interceptMs === "number"', null, { timeout: 60000 });
    const [ms, c] = await page.evaluate('[window.__interceptMs, window.__consentry]');
    if (c !== withConsentry) throw new Error(url + ': Consentry was ' + (c ? '' : 'not ') + 'loaded');
    return ms;
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const servers = [];
const variants = [];
const main = await serve();
servers.push(main.server);
const PAGE = '/bench/intercept.html?' + (opts.query ? opts.query + '&' : '');
variants.push({ name: 'without', url: main.origin + PAGE, on: false, ms: [] });
if (opts.current) variants.push({ name: 'with dist/consentry.js', url: main.origin + PAGE + 'consentry=1', on: true, ms: [] });
for (const b of opts.baseline) {
  const file = normalize(b.startsWith(sep) ? b : join(process.cwd(), b));
  const s = await serve(file);
  servers.push(s.server);
  variants.push({ name: 'with ' + basename(file), url: s.origin + PAGE + 'consentry=1', on: true, ms: [] });
}

const load0 = os.loadavg()[0];
const browser = await launchChromium();
try {
  // One warm-up load per variant (disk cache of the binary, JIT of the server), not counted.
  for (const v of variants) await load(browser, v.url, v.on);
  for (let r = 0; r < RUNS; r++) {
    // Rotating the order spreads any drift in the machine's load over every variant.
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + r) % variants.length];
      v.ms.push(await load(browser, v.url, v.on));
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}

const base = median(variants[0].ms);
console.log(`${PAGE}: ${RUNS} loads each, CPU throttling ${THROTTLE}×, load average ${load0.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`);
for (const v of variants) {
  const m = median(v.ms);
  const paired = median(v.ms.map((x, i) => x / variants[0].ms[i]));
  console.log(`${v.name.padEnd(34)} median ${m.toFixed(2).padStart(7)} ms  ratio ${(m / base).toFixed(3)}  paired ${paired.toFixed(3)}  [${v.ms.map((x) => x.toFixed(1)).join(' ')}]`);
}

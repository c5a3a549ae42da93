#!/usr/bin/env node
// Where Consentry's main-thread script time on a first visit goes: the same measurement as
// `npm run bench`'s "main-thread script time" (V8's sampling profiler through CDP, 50 µs, 4× CPU
// throttling, from navigation until the banner is painted + 300 ms, a sample counting for the
// library when any frame of its stack is from the library's files), broken down by function.
// Functions are named by their original source file and line through dist/*.js.map.
//
//   node bench/profile.mjs [--runs 7] [--top 25] [--dist dist] [--base .tmp/dist-base] [--json out.json]
//
// With --base, a second copy of dist/ is served too and the runs alternate between the two on
// the same machine (A/B): the figures of each are medians over the runs.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SourceMapConsumer } from 'source-map-js';
import { minify } from 'terser';
import { launchChromium } from '../tools/audit/chromium.mjs';
import { LIBS, libraryTime, PROBE, serve, throttled, waitFor } from './run.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    top: { type: 'string', default: '25' },
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '' },
    json: { type: 'string', default: '' },
    // Line by line: the served files are beautified copies (same code, one statement a line), their
    // maps composed with dist's, so that V8's position ticks name source lines.
    pretty: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(opts.runs) || 7);
const TOP = Math.max(1, Number(opts.top) || 25);
/** A source named by a map of dist/ (or of a copy of it elsewhere): its path from the repository. */
const source = (s) => resolve(ROOT, 'dist', s);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return 0;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const isLib = (url) => {
  try {
    return LIBS.consentry.files.test(new URL(url).pathname);
  } catch {
    return false;
  }
};

/** Source maps and original sources of one dist folder, read once. */
function namer(dist) {
  const maps = new Map();
  const sources = new Map();
  const mapOf = (file) => {
    if (!maps.has(file)) {
      const p = join(dist, file + '.map');
      maps.set(file, existsSync(p) ? new SourceMapConsumer(JSON.parse(readFileSync(p, 'utf8'))) : null);
    }
    return maps.get(file);
  };
  const lineOf = (src, line) => {
    if (!sources.has(src)) {
      const p = source(src);
      sources.set(src, existsSync(p) ? readFileSync(p, 'utf8').split('\n') : []);
    }
    return (sources.get(src)[line - 1] || '').trim();
  };
  /** "src/x.ts:12 name  ‹code›" for a frame of the library. */
  return (cf) => {
    const file = new URL(cf.url).pathname.split('/').pop();
    const m = mapOf(file);
    if (!m) return `${file}:${cf.lineNumber + 1}:${cf.columnNumber} ${cf.functionName || '(anonymous)'}`;
    const o = m.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
    if (!o.source) return `${file}:${cf.lineNumber + 1}:${cf.columnNumber} ${cf.functionName || '(top)'}`;
    const src = o.source.replace(/^(\.\.\/)+/, '');
    const code = lineOf(o.source, o.line).slice(0, 70);
    return `${src}:${o.line} ${o.name || ''} ‹${code}›`;
  };
}

/** A copy of `dist` whose consentry.js and consentry-ui.js are beautified, with composed maps. */
async function prettyCopy(dist, label) {
  const out = join(ROOT, '.tmp', 'pretty-' + label) + sep;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dist, out, { recursive: true });
  for (const f of ['consentry.js', 'consentry-ui.js']) {
    const map = JSON.parse(readFileSync(join(dist, f + '.map'), 'utf8'));
    // Sources relative to the map: the copy lives elsewhere, so make them absolute.
    map.sources = map.sources.map(source);
    const r = await minify(readFileSync(join(dist, f), 'utf8'), {
      compress: false, mangle: false, format: { beautify: true, comments: false },
      sourceMap: { content: map, url: f + '.map' },
    });
    writeFileSync(join(out, f), r.code);
    writeFileSync(join(out, f + '.map'), r.map);
  }
  return out;
}

/** Self ms by original source line, from V8's position ticks (useful with --pretty). */
function lines(profile, dist) {
  const maps = new Map();
  const mapOf = (file) => {
    if (!maps.has(file)) {
      const p = join(dist, file + '.map');
      maps.set(file, existsSync(p) ? new SourceMapConsumer(JSON.parse(readFileSync(p, 'utf8'))) : null);
    }
    return maps.get(file);
  };
  const src = new Map();
  const text = (f, l) => {
    if (!src.has(f)) src.set(f, existsSync(f) ? readFileSync(f, 'utf8').split('\n') : []);
    return (src.get(f)[l - 1] || '').trim().slice(0, 80);
  };
  // Mean sample length: position ticks are counts.
  const { timeDeltas = [] } = profile;
  const dt = timeDeltas.length ? timeDeltas.reduce((a, b) => a + b, 0) / timeDeltas.length / 1000 : 0;
  const m = new Map();
  for (const n of profile.nodes) {
    const cf = n.callFrame;
    if (!n.positionTicks || !cf.url || !isLib(cf.url)) continue;
    const file = new URL(cf.url).pathname.split('/').pop();
    const sm = mapOf(file);
    for (const { line, ticks } of n.positionTicks) {
      let k = `${file}:${line}`;
      if (sm) {
        // The first mapping on that generated line.
        let o = null;
        for (let c = 0; c < 200 && !(o && o.source); c += 2) o = sm.originalPositionFor({ line, column: c, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
        if (o && o.source) {
          const f = source(o.source);
          k = `${f.replace(ROOT, '').replace(/^.*node_modules\//, '')}:${o.line} ‹${text(f, o.line)}›`;
        }
      }
      m.set(k, (m.get(k) || 0) + ticks * dt);
    }
  }
  return m;
}

/** One first visit, profiled: the profile, time to banner and the bench figure. */
async function profileOnce(browser, origin) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(PROBE);
    const { page, cdp } = await throttled(context);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(origin + LIBS.consentry.page, { waitUntil: 'load' });
    const banner = await waitFor(page, 'window.__bench && window.__bench.banner');
    await sleep(300);
    const { profile } = await cdp.send('Profiler.stop');
    return { profile, banner, script: libraryTime(profile, isLib), busy: busy(profile) };
  } finally {
    await context.close();
  }
}

/**
 * Main-thread milliseconds of the whole page that are not idle, and of them '(program)' (the
 * engine's own work: parsing, compiling outside a function, style, layout) and GC: moving work
 * out of the library's frames must not move it into these.
 */
function busy(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const { samples = [], timeDeltas = [] } = profile;
  const out = { all: 0, program: 0, gc: 0 };
  for (let i = 0; i < samples.length - 1; i++) {
    const f = byId.get(samples[i]).callFrame.functionName;
    const dt = timeDeltas[i + 1] / 1000;
    if (f === '(idle)') continue;
    out.all += dt;
    if (f === '(program)') out.program += dt;
    if (f === '(garbage collector)') out.gc += dt;
  }
  return out;
}

/** Self and total milliseconds by library function (and self by the native it was in). */
function breakdown(profile, name) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const keyMemo = new Map();
  const key = (n) => {
    if (!keyMemo.has(n.id)) {
      const cf = n.callFrame;
      keyMemo.set(n.id, cf.url && isLib(cf.url) ? name(cf) : `${cf.functionName || '(anonymous)'} [${cf.url ? new URL(cf.url).pathname : 'native'}]`);
    }
    return keyMemo.get(n.id);
  };
  const self = new Map(), total = new Map(), libSelf = new Map(), entry = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) || 0) + v);
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length - 1; i++) {
    const dt = timeDeltas[i + 1] / 1000;
    const stack = [];
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) stack.push(byId.get(id));
    if (!stack.some((n) => n.callFrame.url && isLib(n.callFrame.url))) continue;
    add(self, key(stack[0]), dt);
    // Self time given to the innermost library frame (natives it called count for it).
    const inner = stack.find((n) => n.callFrame.url && isLib(n.callFrame.url));
    add(libSelf, key(inner), dt);
    // The outermost library frame: which task of the library this time belongs to.
    const outer = [...stack].reverse().find((n) => n.callFrame.url && isLib(n.callFrame.url));
    add(entry, key(outer), dt);
    for (const k of new Set(stack.filter((n) => n.callFrame.url && isLib(n.callFrame.url)).map(key))) add(total, k, dt);
  }
  return { self, total, libSelf, entry };
}

function table(title, perRun, n) {
  const keys = new Set(perRun.flatMap((m) => [...m.keys()]));
  const rows = [...keys].map((k) => [k, median(perRun.map((m) => m.get(k) || 0))]).sort((a, b) => b[1] - a[1]).slice(0, n);
  return [`${title} (median ms over ${perRun.length} runs)`, ...rows.map(([k, v]) => `${v.toFixed(2).padStart(8)}  ${k}`)].join('\n');
}

async function main() {
  const variants = [{ label: 'current', dist: resolve(ROOT, opts.dist) + sep }];
  if (opts.base) variants.push({ label: 'base', dist: resolve(ROOT, opts.base) + sep });
  for (const v of variants) {
    if (opts.pretty) v.dist = await prettyCopy(v.dist, v.label);
    v.srv = await serve(v.dist);
    v.name = namer(v.dist);
    v.runs = [];
  }
  const browser = await launchChromium();
  const load = [os.loadavg()[0]];
  try {
    for (let i = -1; i < RUNS; i++) {
      const order = i % 2 ? variants : [...variants].reverse();
      for (const v of order) {
        const r = await profileOnce(browser, v.srv.origin);
        if (i < 0) continue;
        v.runs.push({ banner: r.banner, script: r.script, busy: r.busy, lines: lines(r.profile, v.dist), ...breakdown(r.profile, v.name) });
      }
      if (i >= 0) process.stderr.write(`\r  run ${i + 1}/${RUNS}`);
    }
    process.stderr.write('\n');
  } finally {
    await browser.close().catch(() => {});
    for (const v of variants) v.srv.server.close();
  }
  load.push(os.loadavg()[0]);
  const out = {};
  for (const v of variants) {
    const R = v.runs;
    console.log(`\n=== ${v.label} (${v.dist}) · load ${load.map((x) => x.toFixed(2)).join(' → ')}`);
    console.log(`script time (bench figure): median ${median(R.map((r) => r.script)).toFixed(1)} ms  [${R.map((r) => r.script.toFixed(0)).join(' ')}]`);
    for (const k of ['all', 'program', 'gc']) console.log(`main thread busy (${k}): median ${median(R.map((r) => r.busy[k])).toFixed(1)} ms  [${R.map((r) => r.busy[k].toFixed(0)).join(' ')}]`);
    console.log(`time to banner: median ${median(R.map((r) => r.banner)).toFixed(1)} ms  [${R.map((r) => r.banner.toFixed(0)).join(' ')}]`);
    console.log('\n' + table('TOTAL by library function', R.map((r) => r.total), TOP));
    console.log('\n' + table('SELF by innermost library function (natives it called included)', R.map((r) => r.libSelf), TOP));
    console.log('\n' + table('SELF by leaf frame', R.map((r) => r.self), TOP));
    console.log('\n' + table('SELF by source line (position ticks)', R.map((r) => r.lines), TOP));
    console.log('\n' + table('By entry (outermost library frame)', R.map((r) => r.entry), 12));
    out[v.label] = { script: R.map((r) => r.script), banner: R.map((r) => r.banner), busy: R.map((r) => r.busy) };
  }
  if (opts.json) await writeFile(opts.json, JSON.stringify(out, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});

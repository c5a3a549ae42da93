#!/usr/bin/env node
// Server-side blocking cost (`npm run bench` runs it as its own section; `node --expose-gc
// bench/server.mjs` alone prints it). Measured on dist/server.mjs, as a site runs it:
// - added time per 100 KB shop page: blockTrackers on the demo shop's product page (its trackers
//   pasted untagged, so there is work to do), grown to 100 KB with more product cards, for a visitor
//   without a choice; median of many runs after a warm-up.
// - throughput: the same page as 16 KB chunks through blockTrackersNodeStream and through a
//   PassThrough (the floor any stream costs); added time = rewriting minus pass-through, per page.
// - the floor: parse5's tokenizer alone over the same page (no-op callbacks), which no rewriting
//   built on it can beat.
// - memory: pages of 4 MB and 32 MB streamed through; the heap after a forced GC, sampled as they
//   pass, must not grow with page size (flat), since nothing holds the document.
import os from 'node:os';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const KB = 1024;
const CHUNK = 16 * KB;
const PAGE_KB = 100;

/** The demo product page grown to `size` bytes with product cards (before its closing </main>). */
export async function shopPage(size = PAGE_KB * KB) {
  const { renderPage } = await import('../demo/shop/pages.mjs');
  const html = renderPage('/en/product/linen-shirt/', { host: 'shop.test' }).html;
  let cards = '';
  for (let i = 0; Buffer.byteLength(html) + Buffer.byteLength(cards) < size; i++) {
    cards += `<li class="card"><a href="/en/product/p${i}/"><img src="/assets/shirt.svg" alt="" width="320" height="240" loading="lazy"><span>Linen shirt n° ${i} — lavé</span></a><p class="price">€${60 + (i % 40)}</p><button type="button" data-sku="p${i}">Add to cart</button></li>\n`;
  }
  return html.replace('</main>', `<ul class="grid">\n${cards}</ul>\n</main>`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function timeIt(f, runs) {
  const t = [];
  for (let i = 0; i < runs; i++) {
    const a = process.hrtime.bigint();
    f();
    t.push(Number(process.hrtime.bigint() - a) / 1e6);
  }
  return t;
}

/** CPU time (user + system) per call, in ms: on a busy machine this, not wall time, is the cost. */
function cpuIt(f, runs) {
  const a = process.cpuUsage();
  for (let i = 0; i < runs; i++) f();
  const d = process.cpuUsage(a);
  return (d.user + d.system) / 1000 / runs;
}

async function streamOnce(buf, make) {
  const chunks = [];
  for (let i = 0; i < buf.length; i += CHUNK) chunks.push(buf.subarray(i, i + CHUNK));
  let n = 0;
  const a = process.hrtime.bigint();
  await pipeline(Readable.from(chunks), make(), new Writable({ write(c, _e, done) { n += c.length; done(); } }));
  return { ms: Number(process.hrtime.bigint() - a) / 1e6, bytes: n };
}

/** Streams `total` bytes of `page`'s body repeated, sampling the heap after a GC every 1 MB. */
async function heapWhileStreaming(server, cfg, page, total) {
  const head = page.slice(0, page.indexOf('<ul class="grid">'));
  const body = Buffer.from(page.slice(page.indexOf('<ul class="grid">'), page.indexOf('</main>')));
  let sent = 0;
  let peak = 0;
  let sinceSample = 0;
  const gc = globalThis.gc || (() => {});
  gc();
  const base = process.memoryUsage().heapUsed;
  const src = Readable.from((function* () {
    yield Buffer.from(head);
    while (sent < total) {
      sent += body.length;
      yield body;
    }
    yield Buffer.from('</main></body></html>');
  })());
  await pipeline(src, server.blockTrackersNodeStream({ config: cfg, consent: null, url: 'https://shop.test/' }), new Writable({
    write(c, _e, done) {
      sinceSample += c.length;
      if (sinceSample > 1024 * KB) {
        sinceSample = 0;
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
      done();
    },
  }));
  return peak;
}

/** Runs the measurements; resolves with the figures (and prints nothing). */
export async function benchServer({ runs = 200 } = {}) {
  const server = await import('../dist/server.mjs');
  const { shopConfig } = await import('../demo/shop/pages.mjs');
  const cfg = shopConfig('en', 'shop.test');
  const page = await shopPage();
  const buf = Buffer.from(page);
  const opts = { config: cfg, consent: null, url: 'https://shop.test/en/product/linen-shirt/' };
  const out = server.blockTrackers(page, opts);
  const held = (out.match(/data-category=/g) || []).length - (page.match(/data-category=/g) || []).length;

  timeIt(() => server.blockTrackers(page, opts), 30); // warm-up
  const perPage = median(timeIt(() => server.blockTrackers(page, opts), runs));
  // The floor: parse5's tokenizer alone over the same page, every callback a no-op.
  const { Tokenizer } = await import('parse5');
  const noop = () => {};
  const H = { onComment: noop, onDoctype: noop, onStartTag: noop, onEndTag: noop, onEof: noop, onCharacter: noop, onNullCharacter: noop, onWhitespaceCharacter: noop, onParseError: null };
  const tokenize = () => new Tokenizer({ sourceCodeLocationInfo: true }, H).write(page, true);
  timeIt(tokenize, 30);
  const floor = median(timeIt(tokenize, runs));
  const cpu = { blockTrackers: cpuIt(() => server.blockTrackers(page, opts), runs), tokenizerOnly: cpuIt(tokenize, runs) };

  const rounds = Math.max(20, runs >> 2);
  const pass = [], rewrite = [];
  for (let i = 0; i < 5; i++) await streamOnce(buf, () => new PassThrough());
  for (let i = 0; i < rounds; i++) {
    pass.push((await streamOnce(buf, () => new PassThrough())).ms);
    rewrite.push((await streamOnce(buf, () => server.blockTrackersNodeStream({ ...opts, contentType: 'text/html; charset=utf-8' }))).ms);
  }
  const p = median(pass), r = median(rewrite);
  const mbps = (ms) => (buf.length / (1024 * KB)) / (ms / 1000);

  const small = await heapWhileStreaming(server, cfg, page, 4 * 1024 * KB);
  const large = await heapWhileStreaming(server, cfg, page, 32 * 1024 * KB);
  return {
    pageBytes: buf.length,
    heldTags: held,
    blockTrackersMsPerPage: perPage,
    tokenizerOnlyMsPerPage: floor,
    cpuMsPerPage: cpu,
    stream: { chunkBytes: CHUNK, passThroughMs: p, rewriteMs: r, addedMsPerPage: r - p, passThroughMBps: mbps(p), rewriteMBps: mbps(r) },
    memory: { gcExposed: !!globalThis.gc, heapPeak4MB: small, heapPeak32MB: large, flat: large < small + 2 * 1024 * KB },
    goal: '≤ 2 ms added per 100 KB page; memory flat in page size',
    runs,
    loadAverage: +os.loadavg()[0].toFixed(2),
  };
}

/** The section `npm run bench` prints. */
export function serverTable(s) {
  const ms = (x) => `${x.toFixed(2)} ms`;
  const mb = (x) => `${(x / (1024 * KB)).toFixed(2)} MB`;
  return [
    `Server-side blocking (consentry/server), ${(s.pageBytes / KB).toFixed(0)} KB shop page, ${s.heldTags} tags held, median of ${s.runs} runs (wall time), load average ${s.loadAverage} on ${os.cpus().length} cores:`,
    `  blockTrackers (string):              ${ms(s.blockTrackersMsPerPage)} per page   (goal ≤ 2 ms: ${s.blockTrackersMsPerPage <= 2 ? 'met' : 'NOT met'})`,
    `  parse5's tokenizer alone (floor):    ${ms(s.tokenizerOnlyMsPerPage)} per page`,
    `  CPU time per page:                   ${ms(s.cpuMsPerPage.blockTrackers)} blockTrackers, ${ms(s.cpuMsPerPage.tokenizerOnly)} tokenizer alone`,
    `  stream, 16 KB chunks:                ${ms(s.stream.rewriteMs)} vs pass-through ${ms(s.stream.passThroughMs)} → ${ms(s.stream.addedMsPerPage)} added per page`,
    `  throughput:                          ${s.stream.rewriteMBps.toFixed(1)} MB/s vs pass-through ${s.stream.passThroughMBps.toFixed(1)} MB/s`,
    `  heap while streaming 4 MB / 32 MB:   ${mb(s.memory.heapPeak4MB)} / ${mb(s.memory.heapPeak32MB)} (${s.memory.flat ? 'flat' : 'GROWS'}${s.memory.gcExposed ? '' : ', no --expose-gc: noisy'})`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = await benchServer({ runs: Number(process.argv[2]) || 200 });
  if (process.argv.includes('--json')) console.log(JSON.stringify(s));
  else console.log(serverTable(s));
}

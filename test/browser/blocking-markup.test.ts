// Differential test of markup (issue 12, faults 1 and 2): generated strings put tracker URLs in <script>,
// <img>, <iframe>, <input type=image>, <link> and SVG <image> and <script> with the spellings the HTML parser accepts (attribute order, quoting, case,
// slashes, whitespace, character references, duplicates, decoys in comments, <noscript>, raw text…),
// and each markup API inserts all of them in one page. Before consent no tracker is requested; after
// it, exactly the elements that the same markup parsed in a <template> (with a pristine parser) holds
// are requested, each once. Strings are generated from a fixed seed: a failure names its string.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectConsole, launch, startServer, type Launched, type TestServer } from './harness';

let server: TestServer;
let browser: Launched;
beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
  // Every generated URL has a /dx/ path: a tiny answer per kind, so that the count of requests is the measure.
  server.route('*', /\/dx\//, (req, res) => {
    const p = new URL(req.url!, 'https://x').pathname;
    res.setHeader('Cache-Control', 'no-store');
    if (p.endsWith('.js')) {
      res.setHeader('Content-Type', 'text/javascript');
      res.end('');
    } else if (p.endsWith('.gif')) {
      res.setHeader('Content-Type', 'image/gif');
      res.end(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
    } else {
      res.setHeader('Content-Type', 'text/html');
      res.end('<!doctype html><title>f</title>');
    }
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Deterministic numbers (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Hosts and paths of catalogue services the harness maps to the test server (test/browser/vendors.ts).
const SCRIPTS = ['connect.facebook.net', 'static.hotjar.com', 'www.clarity.ms', 'bat.bing.com', 'analytics.tiktok.com', 'static.klaviyo.com', 'cdn.matomo.cloud', 'snap.licdn.com', 's.pinimg.com'];
const IMAGES: [string, string][] = [['www.facebook.com', '/tr/dx/'], ['bat.bing.com', '/dx/'], ['px.ads.linkedin.com', '/dx/'], ['ct.pinterest.com', '/dx/']];
const FRAMES: [string, string][] = [['www.youtube.com', '/embed/dx/'], ['player.vimeo.com', '/video/dx/'], ['www.google.com', '/maps/dx/']];
/** Replaced by a unique id per element and page: `d=<id>` names each request. */
const ID = '\u0000ID\u0000';

/** One generated string and the elements it holds (for reading a failure). */
interface Gen { html: string }

function generate(count: number, seed: number): Gen[] {
  const r = rng(seed);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const chance = (p: number) => r() < p;
  const caseOf = (s: string) => pick([s, s.toUpperCase(), s.replace(/^./, (c) => c.toUpperCase()), [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')]);
  const REFS: Record<string, string[]> = { '/': ['&sol;', '&#47;', '&#x2F;', '&#x2f'], '.': ['&period;', '&#46;', '&#x2E;'], ':': ['&colon;', '&#58;'], '?': ['&quest;', '&#63;'], '=': ['&equals;', '&#61;'] };

  /** A tracker URL, spelled in one of the ways the URL parser reads as the same. */
  function url(host: string, path: string, file: string, quoted: boolean): string {
    const scheme = pick(['https://', 'https://', 'HTTPS://', '//']);
    let h = chance(0.2) ? host.toUpperCase() : host;
    // The URL parser drops tabs and newlines anywhere, and spaces around the value.
    if (quoted && chance(0.15)) h = h.slice(0, 3) + pick(['\t', '\n']) + h.slice(3);
    let u = scheme + h + path + file + '?' + (chance(0.3) ? 'x=1&amp;' : '') + 'd=';
    // Character references in the part before the id.
    if (chance(0.5)) {
      const chars = [...u];
      for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) {
        const k = Math.floor(r() * chars.length);
        const refs = REFS[chars[k]];
        if (refs) chars[k] = pick(refs);
      }
      // `&#x2f` without its `;` is read as well, unless a hex digit follows (it would be part of the number).
      u = chars.join('').replace(/&#x2f(?=[0-9a-fA-F;])/g, '&#x2f;');
    }
    if (quoted && chance(0.15)) u = ' ' + u + ' ';
    return u + ID;
  }

  /** A quoted attribute, with the whitespace the tokenizer allows around `=`. */
  function attr(name: string, value: string): string {
    const q = pick(['"', "'"]);
    return caseOf(name) + pick(['=', '=', ' = ', '\n=', '=\t']) + q + value + q;
  }

  /** The separators the tokenizer allows between a tag name or attribute and the next attribute. */
  const sep = () => pick([' ', ' ', '/', '\n', '\t', '\f', ' / ']);

  function element(kind: 'script' | 'img' | 'iframe' | 'input' | 'link'): string {
    const quoted = chance(0.8);
    let src: string;
    if (kind === 'script') src = url(pick(SCRIPTS), '/dx/', 's.js', quoted);
    else if (kind === 'img') {
      const [h, p] = pick(IMAGES);
      src = url(h, p, 'i.gif', quoted);
    } else if (kind === 'iframe') {
      const [h, p] = pick(FRAMES);
      src = url(h, p, 'f.html', quoted);
    } else {
      const [h, p] = pick(IMAGES);
      src = url(h, p, 'i.gif', quoted);
    }
    const name = kind === 'link' ? 'href' : 'src';
    let s = attr(name, src);
    if (!quoted) s = caseOf(name) + '=' + src.replace(/[\s"']/g, '');
    const others = kind === 'script' ? ['async', 'type="text/javascript"', "charset='utf-8'", 'id=t' + Math.floor(r() * 1e6)]
      : kind === 'img' ? ['alt=""', 'width=1', 'height="1"', "class='px'", 'title="a > b"']
        : kind === 'iframe' ? ['width="300"', 'height=150', 'title="Video"', "allow='autoplay'", 'frameborder=0']
          : ['alt="go"', "name='x'"];
    const list = others.filter(() => chance(0.4));
    // What makes them fetch: an image input; a preloading or stylesheet link.
    if (kind === 'input') list.push(pick(['type=image', 'TYPE="IMAGE"', "type='image'", 'type=text']));
    if (kind === 'link') list.push(pick(['rel="preload" as="image"', 'REL=\'preload\' AS="IMAGE"', "rel='stylesheet'"]));
    // Mostly async, as vendor snippets write them: released scripts without it load one after another.
    if (kind === 'script' && list.indexOf('async') < 0 && chance(0.6)) list.push(caseOf('async'));
    list.splice(Math.floor(r() * (list.length + 1)), 0, s);
    // Duplicates: the first one wins.
    if (kind === 'img' && chance(0.08)) list.push(attr('src', '/dx/own.gif?d=dup'));
    const tag = caseOf(kind);
    let out = '<' + tag + list.map((a) => sep() + a).join('') + pick(['', '', ' ', '/', ' /', '\n']) + '>';
    if (kind === 'script' || kind === 'iframe') out += '</' + caseOf(kind) + pick(['', ' ', '\n']) + '>';
    return out;
  }

  /** An SVG <image> or <script> in its <svg>: `href` or `xlink:href`, in the spellings the tokenizer accepts. */
  function svgElement(kind: 'image' | 'script'): string {
    const quoted = chance(0.8);
    const [h, p] = kind === 'image' ? pick(IMAGES) : [pick(SCRIPTS), '/dx/'];
    const src = url(h, p, kind === 'image' ? 'i.gif' : 's.js', quoted);
    const name = pick(['href', 'href', 'xlink:href']);
    let s = attr(name, src);
    if (!quoted) s = caseOf(name) + '=' + src.replace(/[\s"']/g, '');
    const list = (kind === 'image' ? ['width=1', 'height="1"', "x='0'", 'preserveAspectRatio="none"'] : ['type="text/javascript"', "id='s" + Math.floor(r() * 1e6) + "'"]).filter(() => chance(0.4));
    list.splice(Math.floor(r() * (list.length + 1)), 0, s);
    // Self-closing (foreign content honours it; a space keeps an unquoted value from taking the solidus), or closed.
    const end = kind === 'image' && chance(0.5) ? ' />' : '></' + caseOf(kind) + '>';
    return pick(['<svg width=1 height=1>', '<SVG>', '<svg viewBox="0 0 1 1"><g>']) + '<' + caseOf(kind) + list.map((a) => sep() + a).join('') + end + '</svg>';
  }

  /** Markup that holds a tracker URL without any element that loads it. */
  function decoy(): string {
    const t = url(pick(IMAGES)[0], '/dx/', 'i.gif', true);
    return pick([
      `<!-- <img src="${t}"> -->`,
      `<noscript><img src="${t}"></noscript>`,
      `<textarea><img src="${t}"></textarea>`,
      `<template><img src="${t}"></template>`,
      `<img data-src="${t}" alt="">`,
      `<img alt='src=${t.replace(/'/g, '')}'>`,
      `<p title="<img src=${t.replace(/"/g, '')}>">x</p>`,
      `<style>/* <img src="${t}"> */</style>`,
      `<img src="/dx/own.gif?d=own" src="${t}">`,
      `<title><iframe src="${t}"></iframe></title>`,
      `<img src="/dx/own.gif?d=own2" alt="">`,
    ]);
  }

  const WRAP: [string, string][] = [['', ''], ['', ''], ['<div>', '</div>'], ['<p class=x>', '</p>'], ['<span>', '</span>'],
    ['<table><tr><td>', '</td></tr></table>'], ['<ul><li>', '</li></ul>'], ['<svg width=1 height=1></svg>', ''], ['<section><article>', '</article></section>']];
  const list: Gen[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(r() * 2);
    for (let j = 0; j < n; j++) {
      const x = r();
      parts.push(x < 0.34 ? element('img') : x < 0.62 ? element('script') : x < 0.68 ? element('iframe') : x < 0.72 ? element('input') : x < 0.76 ? element('link')
        : x < 0.81 ? svgElement('image') : x < 0.85 ? svgElement('script') : decoy());
    }
    const [a, b] = pick(WRAP);
    list.push({ html: a + parts.join(pick(['', ' ', '\n', 'text'])) + b });
  }
  return list;
}

const STRINGS = generate(510, 12);

/**
 * The APIs, each as the page's code calls it on `box` (a fresh <div> per string). `scripts`: the
 * API runs the scripts it parses (innerHTML and its kin never do, so they are never requested).
 */
const APIS: { name: string; call: string; scripts: boolean }[] = [
  { name: 'innerHTML', call: 'box.innerHTML = s', scripts: false },
  { name: 'outerHTML', call: 'var c = document.createElement("i"); box.appendChild(c); c.outerHTML = s', scripts: false },
  { name: 'insertAdjacentHTML', call: 'box.insertAdjacentHTML(["beforeend", "afterbegin"][i % 2], s)', scripts: false },
  { name: 'setHTMLUnsafe', call: 'box.setHTMLUnsafe(s)', scripts: false },
  { name: 'createContextualFragment', call: 'var g = document.createRange(); g.selectNodeContents(box); box.appendChild(g.createContextualFragment(s))', scripts: true },
  { name: 'document.write', call: '', scripts: true },
];

/** The page: Consentry first, then every string through one API. */
function page(api: (typeof APIS)[number], strings: string[]): string {
  const data = `<script>window.__S = ${JSON.stringify(strings).replace(/</g, '\\u003c')};</script>`;
  const insert = api.name === 'document.write'
    ? '<script>for (var i = 0; i < __S.length; i++) document.write(__S[i]);</script>'
    : `<script>var out = document.getElementById('out');
        for (var i = 0; i < __S.length; i++) { var s = __S[i]; var box = document.createElement('div'); out.appendChild(box); ${api.call}; }</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>markup</title>
    <script type="application/json" id="consentry-config">{"ui":{"autoShow":false}}</script>
    <script src="/dist/consentry.js"></script>${data}</head><body><div id="out"></div>${insert}</body></html>`;
}

/**
 * In the page: the ids of the tracker requests the markup calls for, from the strings parsed in a
 * <template> of a DOMParser document (a parse no hook sees: a same-origin frame's would be hooked too),
 * but for what is inside <noscript>: the live page, where scripting is on, reads that as text.
 * document.write's strings are read as one stream, the way the parser reads them.
 */
async function expectedIds(p: import('playwright-core').Page, scripts: boolean, stream: boolean): Promise<string[]> {
  return p.evaluate(({ scripts, stream }) => {
    const S = (window as any).__S as string[];
    const ids: string[] = [];
    for (const s of stream ? [S.join('')] : S) {
      // The string as the content of a <template>: the generator never writes `</template>` unopened.
      const d = new DOMParser().parseFromString('<template>' + s + '</template>', 'text/html');
      const t = d.querySelector('template')!;
      const l = t.content.querySelectorAll((scripts ? 'script[src],' : '') + 'img[src],iframe[src],input[src],link[href]');
      for (const e of Array.from(l) as any[]) {
        // An input loads only as an image button; a link as a stylesheet, or a preload of a valid `as`.
        if (e.localName === 'input' && e.type !== 'image') continue;
        if (e.localName === 'link' && !/\bstylesheet\b/i.test(e.rel) && !(/\bpreload\b/i.test(e.rel) && e.as === 'image')) continue;
        // A <template> parses with scripting off: <noscript> content is elements there, text in the live page.
        if (e.namespaceURI !== 'http://www.w3.org/1999/xhtml' || e.closest('noscript')) continue;
        const u = new URL(e.getAttribute(e.localName === 'link' ? 'href' : 'src')!, location.href);
        if (u.host !== location.host && u.pathname.includes('/dx/')) ids.push(u.searchParams.get('d')!);
      }
    }
    return ids;
  }, { scripts, stream });
}

/**
 * The same for SVG's <image> and <script>, which the reference above leaves out: the strings parsed by
 * DOMParser (no hook of the page sees it; scripting is off there too). An SVG <script> runs only
 * when the parser itself inserts it (document.write); an <image> loads from `href`, else `xlink:href`.
 */
async function svgIds(p: import('playwright-core').Page, stream: boolean): Promise<string[]> {
  return p.evaluate((stream) => {
    const S = (window as any).__S as string[];
    const ids: string[] = [];
    for (const s of stream ? [S.join('')] : S) {
      const d = new DOMParser().parseFromString(s, 'text/html');
      for (const e of Array.from(d.querySelectorAll('image, script'))) {
        if (e.namespaceURI !== 'http://www.w3.org/2000/svg' || (e.localName === 'script' && !stream) || e.closest('noscript')) continue;
        const v = e.getAttribute('href') ?? e.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
        const u = v === null ? null : new URL(v, location.href);
        if (u && u.host !== location.host && u.pathname.includes('/dx/')) ids.push(u.searchParams.get('d')!);
      }
    }
    return ids;
  }, stream);
}

const idOf = (u: string) => new URL(u).searchParams.get('d')!;

describe.sequential('markup read by the browser\'s parser: generated strings through each markup API', () => {
  test('the generator covers every kind and spelling', () => {
    const all = STRINGS.map((g) => g.html).join('');
    expect(STRINGS.length).toBeGreaterThanOrEqual(500);
    for (const x of ['<script', '<SCRIPT', '<img/', '<IMG', '<iframe', '<input', '<link', '&#47;', '&colon;', "src='", 'src=//', '\n=', '<noscript>', '<!--', '<table>', '<svg', '<image', 'xlink:href=', ' />']) {
      expect(all.toLowerCase().includes(x.toLowerCase()) || all.includes(x), x).toBe(true);
    }
    // SVG's <image> and <script>, in their own <svg>: a few dozen of each.
    const svgs = (k: string) => (all.match(new RegExp('<svg[^>]*>(<g>)?<' + k, 'gi')) || []).length;
    expect(svgs('image')).toBeGreaterThanOrEqual(25);
    expect(svgs('script')).toBeGreaterThanOrEqual(25);
  });

  for (const api of APIS) {
    test(api.name, async () => {
      const prefix = api.name.replace(/\W/g, '').slice(0, 6);
      let k = 0;
      const strings = STRINGS.map((g) => g.html.split(ID).map((p, i) => (i ? `${prefix}${k++}` : '') + p).join(''));
      const path = '/markup/' + prefix;
      server.page(path, page(api, strings), { 'Referrer-Policy': 'unsafe-url' });
      const url = 'https://shop.test' + path;
      const mine = () => server.hits.filter((h) => h.vendor && (h.referer ?? '').startsWith(url) && h.path.includes('/dx/'));
      const p = await browser.page();
      const log = collectConsole(p);
      await p.goto(url);
      await server.quiet(200);
      // Before any choice: not one tracker request.
      expect(mine().map((h) => h.url)).toEqual([]);
      const want = (await expectedIds(p, api.scripts, api.name === 'document.write')).concat(await svgIds(p, api.name === 'document.write')).sort();
      expect(want.length).toBeGreaterThan(250);
      await p.evaluate(() => (window as any).Consentry.acceptAll());
      // Granted: each element the parser makes is requested once, nothing else.
      // Until every expected id has come, or nothing has for a while (then the lists below say what is missing).
      const seen = () => new Set(mine().map((h) => idOf(h.url))).size;
      for (let n = -1, since = Date.now(); seen() < new Set(want).size && Date.now() - since < 5000; await new Promise((ok) => setTimeout(ok, 50))) {
        if (seen() !== n) [n, since] = [seen(), Date.now()];
      }
      await server.quiet(300);
      const got = mine().map((h) => idOf(h.url)).sort();
      const extra = got.filter((x, i) => got.indexOf(x) !== i || !want.includes(x));
      const missing = want.filter((x) => !got.includes(x));
      const show = (ids: string[]) => ids.slice(0, 5).map((id) => `${id}: ${JSON.stringify(strings.find((s) => s.includes('d=' + id + '"') || s.includes('d=' + id + "'") || s.includes('d=' + id)))}`);
      expect(show(extra), 'requested but not in the parse, or twice').toEqual([]);
      expect(show(missing), 'in the parse but never requested').toEqual([]);
      expect(log.pageErrors).toEqual([]);
      await p.context().close();
    }, 60000);
  }
});

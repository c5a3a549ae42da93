// @vitest-environment node
// Server-side prior blocking (consentry/server): the tokenizer's edge cases, the held form the
// browser build releases, streaming and the middleware. No DOM here: the server build must not need one.
import http from 'node:http';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, test, vi } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { encode, makeRecord } from '../../src/core/record-write';
import { plan, Rewriter } from '../../src/server/block';
import { blockTrackers, blockTrackersNodeStream, blockTrackersStream, consentryMiddleware, readConsent, withConsentry, type ServerConsent } from '../../src/server';

const FB = 'https://connect.facebook.net/en_US/fbevents.js';
const none = { consent: null };
const hold = (html: string, o: Parameters<typeof blockTrackers>[1] = none) => blockTrackers(html, o);

/** What the visitor decided, as readConsent gives it. */
function consent(categories: Record<string, boolean>, services: Record<string, boolean> = {}): ServerConsent {
  return { id: 'x', method: 'custom', revision: 0, updatedAt: '', expiresAt: '', categories: { necessary: true, ...categories }, services, gpc: false };
}
const ALL = consent({ functional: true, analytics: true, advertising: true });

describe('blockTrackers: the held form', () => {
  test('a tracker script becomes text/plain with its category and service, every other attribute kept in order', () => {
    const out = hold(`<script async src="${FB}" nonce="n0" integrity="sha384-x" crossorigin="anonymous" defer></script>`);
    expect(out).toBe(`<script type="text/plain" data-category="advertising" data-service="meta-pixel" async data-src="${FB}" nonce="n0" integrity="sha384-x" crossorigin="anonymous" defer></script>`);
  });
  test("a script's own type is kept in data-type, as the browser build restores it", () => {
    expect(hold(`<script type="module" src="${FB}"></script>`)).toBe(`<script type="text/plain" data-category="advertising" data-service="meta-pixel" data-type="module" data-src="${FB}"></script>`);
  });
  test('iframes and images move their URL to data-src, srcset to data-srcset', () => {
    expect(hold('<iframe src="https://www.youtube.com/embed/a" allowfullscreen></iframe>')).toBe('<iframe data-category="functional" data-service="youtube" data-src="https://www.youtube.com/embed/a" allowfullscreen></iframe>');
    expect(hold('<img src="https://www.facebook.com/tr?id=1" srcset="https://www.facebook.com/tr?id=1&amp;x=2 2x" alt="">')).toBe('<img data-category="advertising" data-service="meta-pixel" data-src="https://www.facebook.com/tr?id=1" data-srcset="https://www.facebook.com/tr?id=1&amp;x=2 2x" alt="">');
  });
  test('a <frame> of a <frameset> moves its URL to data-src, as the browser build holds it', () => {
    expect(hold('<frameset><frame src="https://player.vimeo.com/video/1"></frameset>')).toBe('<frameset><frame data-category="functional" data-service="vimeo" data-src="https://player.vimeo.com/video/1"></frameset>');
  });
  test('an image whose srcset alone reaches a tracker is held too', () => {
    expect(hold('<img src="/a.png" srcset="/a.png 1x, https://www.facebook.com/tr?id=1 2x">')).toContain('data-srcset="/a.png 1x, https://www.facebook.com/tr?id=1 2x"');
  });
  test('link href, object data and embed src move to data-href, data-data and data-src', () => {
    expect(hold(`<link rel="preload" as="script" href="${FB}">`)).toBe(`<link data-category="advertising" data-service="meta-pixel" rel="preload" as="script" data-href="${FB}">`);
    expect(hold('<object data="https://www.youtube.com/v/a"></object>')).toBe('<object data-category="functional" data-service="youtube" data-data="https://www.youtube.com/v/a"></object>');
    expect(hold('<embed src="https://www.youtube.com/v/a">')).toBe('<embed data-category="functional" data-service="youtube" data-src="https://www.youtube.com/v/a">');
  });
  test('SVG <image> and <script>: href and xlink:href move to data-href, as the browser build holds them', () => {
    const px = 'https://www.facebook.com/tr?id=1';
    const held = 'data-category="advertising" data-service="meta-pixel"';
    expect(hold(`<svg><image href="${px}" width=1 /><image XLINK:HREF="${px}" xlink:title="t"/></svg>`)).toBe(`<svg><image ${held} data-href="${px}" width=1 /><image ${held} data-HREF="${px}" xlink:title="t"/></svg>`);
    // Both: `href` wins in the browser, and `xlink:href` is dropped.
    expect(hold(`<svg><image href="${px}" xlink:href="/own.png"></image></svg>`)).toBe(`<svg><image ${held} data-href="${px}"></image></svg>`);
    expect(hold(`<svg><script href="${FB}"/><script xlink:href="${FB}" type="application/ecmascript"></script></svg>`)).toBe(`<svg><script type="text/plain" ${held} data-href="${FB}"/><script type="text/plain" ${held} data-href="${FB}" data-type="application/ecmascript"></script></svg>`);
  });
  test('namespaces as the tree builder reads them: <image> in HTML is an <img>; href on an HTML <script>, in <foreignObject> or MathML fetches nothing', () => {
    const px = 'https://www.facebook.com/tr?id=1';
    expect(hold(`<image src="${px}" alt="">`)).toBe(`<image data-category="advertising" data-service="meta-pixel" data-src="${px}" alt="">`);
    for (const page of [`<script href="${FB}">x()</script>`, `<svg><foreignObject><image href="${px}"></foreignObject></svg>`, `<math><image href="${px}"></math>`]) expect(hold(page)).toBe(page);
    // An <img> inside <svg> leaves SVG: an HTML image, held by its src.
    expect(hold(`<svg><img src="${px}"></svg>`)).toContain(`data-src="${px}"`);
  });
  test('necessary services, inline scripts, tagged elements and unknown hosts are left as they are', () => {
    const page = `<script src="https://js.stripe.com/v3/"></script><script>fbq('init')</script>
<script type="text/plain" data-category="advertising" src="${FB}"></script><img src="https://cdn.shop.test/a.png">`;
    expect(hold(page)).toBe(page);
  });
  test('services the consent grants are untouched; refused ones in a granted category are held', () => {
    const page = `<script src="${FB}"></script><script src="https://analytics.tiktok.com/i18n/pixel/events.js"></script>`;
    expect(hold(page, { consent: ALL })).toBe(page);
    const out = hold(page, { consent: consent({ advertising: true }, { 'tiktok-pixel': false }) });
    expect(out).toContain(`<script src="${FB}">`);
    expect(out).toContain('data-service="tiktok-pixel"');
  });
  test("the site's config: its own services (relative URLs against the page URL) and categories", () => {
    const config = { services: { shopstats: { category: 'analytics', hosts: ['shop.test/stats/'] } } };
    const page = '<script src="/stats/s.js"></script><script src="/app.js"></script>';
    expect(hold(page, { config, consent: null })).toBe(page); // no page URL: a relative URL reaches no known host
    expect(hold(page, { config, consent: null, url: 'https://shop.test/p/1' })).toBe('<script type="text/plain" data-category="analytics" data-service="shopstats" data-src="/stats/s.js"></script><script src="/app.js"></script>');
    expect(hold(page, { config, consent: consent({ analytics: true }), url: 'https://shop.test/' })).toBe(page);
  });
  test('<base href> changes what relative URLs reach', () => {
    const out = hold('<base href="https://connect.facebook.net/"><script src="en_US/fbevents.js"></script>', { consent: null, url: 'https://shop.test/' });
    expect(out).toContain('data-src="en_US/fbevents.js"');
    // A base at a tracker's host is held too (the browser build reads relative URLs against it meanwhile).
    expect(out).toContain('<base data-category="advertising" data-service="meta-pixel" data-href="https://connect.facebook.net/">');
  });
  test('Consent Mode advanced: Google tags run (with denied signals), as in the browser', () => {
    const page = '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>';
    expect(hold(page)).toContain('data-service="ga4"');
    expect(hold(page, { config: { consentMode: { mode: 'advanced' } }, consent: null })).toBe(page);
  });
  test('readConsent answers feed it directly', () => {
    const cfg = resolveConfig({});
    const r = makeRecord(cfg, 'accept-all', { necessary: true, functional: true, analytics: true, advertising: true }, Object.fromEntries(Object.keys(cfg.services).map((k) => [k, true])), 'en', false, null, Date.now());
    const c = readConsent('consentry=' + encodeURIComponent(encode(r, cfg)), { config: {} });
    const page = `<script src="${FB}"></script>`;
    expect(hold(page, { config: {}, consent: c })).toBe(page);
  });
});

describe('blockTrackers: the tokenizer reads markup as a browser does', () => {
  test('attributes without quotes', () => {
    expect(hold(`<script async src=${FB} nonce=n1></script>`)).toBe(`<script type="text/plain" data-category="advertising" data-service="meta-pixel" async data-src=${FB} nonce=n1></script>`);
  });
  test('uppercase tags and attribute names keep their spelling', () => {
    expect(hold(`<SCRIPT SRC="${FB}" Type="text/javascript"></SCRIPT>`)).toBe(`<SCRIPT type="text/plain" data-category="advertising" data-service="meta-pixel" data-SRC="${FB}" data-Type="text/javascript"></SCRIPT>`);
    expect(hold('<IFRAME SRC="https://www.youtube.com/embed/a"></IFRAME>')).toContain('data-SRC=');
  });
  test('a slash between attributes, and a tag split by newlines', () => {
    expect(hold(`<script/src="${FB}"></script>`)).toContain('data-src=');
    expect(hold(`<img\nsrc="https://www.facebook.com/tr"\n/>`)).toBe('<img data-category="advertising" data-service="meta-pixel" data-src="https://www.facebook.com/tr"/>');
  });
  test('a <script> inside a comment is text, and stays so', () => {
    const page = `<!-- <script src="${FB}"></script> --><!--[if IE]><script src="${FB}"></script><![endif]-->`;
    expect(hold(page)).toBe(page);
  });
  test('a <script> inside <template> is held (it loads once the page clones it in)', () => {
    expect(hold(`<template><script src="${FB}"></script></template>`)).toBe(`<template><script type="text/plain" data-category="advertising" data-service="meta-pixel" data-src="${FB}"></script></template>`);
  });
  test('CDATA in SVG is text; in HTML it is a bogus comment up to the first >', () => {
    const svg = `<svg><![CDATA[<script src="${FB}"></script>]]></svg>`;
    expect(hold(svg)).toBe(svg);
    // In HTML the "CDATA" ends at the first `>`: what follows is markup, and a real tracker.
    expect(hold(`<![CDATA[x]]><script src="${FB}"></script>`)).toContain('data-src=');
  });
  test('character references in URLs are decoded for matching and kept as written', () => {
    expect(hold('<script src="https&#58;//connect.facebook.net/en_US/fbevents.js"></script>')).toContain('data-src="https&#58;//connect.facebook.net/en_US/fbevents.js"');
    expect(hold('<img src="https://www&period;facebook&period;com/tr?a=1&amp;b=2">')).toContain('data-service="meta-pixel"');
    expect(hold('<img src="https://www.facebook.com&sol;tr">')).toContain('data-service="meta-pixel"');
  });
  test('`</script` and tracker markup inside script strings are script text, not tags', () => {
    const inline = `<script>var a = "<script src='${FB}'><\\/script>"; var b = '<!--<script>'; document.write("<img src=https://www.facebook.com/tr>")</script>`;
    expect(hold(inline)).toBe(inline);
    // The first `</script>` ends the script, as in a browser: what follows it is markup again.
    const cut = `<script>var s = "</script><script src="${FB}"></script>";</script>`;
    expect(hold(cut)).toBe(`<script>var s = "</script><script type="text/plain" data-category="advertising" data-service="meta-pixel" data-src="${FB}"></script>";</script>`);
  });
  test('<textarea>, <title>, <style>, <noscript> and <xmp> content is text', () => {
    for (const t of ['textarea', 'title', 'style', 'noscript', 'xmp']) {
      const page = `<${t}><script src="${FB}"></script><img src="https://www.facebook.com/tr"></${t}>`;
      expect(hold(page), t).toBe(page);
    }
  });
  test('duplicate attributes: the first wins in the browser, the rest are dropped from the held tag', () => {
    expect(hold(`<script src="${FB}" src="https://connect.facebook.net/other.js"></script>`)).toBe(`<script type="text/plain" data-category="advertising" data-service="meta-pixel" data-src="${FB}"></script>`);
  });
  test('malformed HTML passes unharmed', () => {
    for (const page of ['<p <b>x</p', '<div class="a>b', '<<>><//x>', '<script', '<!--', `<img src="${'x'.repeat(10)}`, '</', '<!doctype', '<a href=">', '\u0000<p>\uFFFD</p>', '<svg><p><math><mi><script>']) {
      expect(hold(page)).toBe(page);
    }
    // An unclosed tracker tag at the end of the file is not an element: the browser drops it.
    expect(hold(`<p>x</p><script src="${FB}"`)).toBe(`<p>x</p><script src="${FB}"`);
  });
});

/** A page of ~100 KB without trackers, with the spellings a real page has. */
function plainPage(): string {
  let body = '';
  for (let i = 0; body.length < 100_000; i++) {
    body += `<div class=card id="p${i}"><a href="/p/${i}?a=1&amp;b=2">Product ${i} — café &eacute; ✓</a><img src="/img/${i}.png" SRCSET="/img/${i}@2x.png 2x" alt='x'>\r\n<!-- c ${i} --><script>if (a < b && c > d) x("</div>")</script><p>unclosed\n`;
  }
  return `\uFEFF<!DOCTYPE html>\n<html><head><meta charset=utf-8><title>a < b</title><style>p > a { color: red }</style></head><body>${body}<svg><![CDATA[x]]><path d="M0 0"/></svg><template><p>t</template><textarea></p></textarea></body></html>`;
}

describe('round trip', () => {
  test('a page without trackers leaves byte-identical, as a string, as bytes and streamed in any chunking', { timeout: 30000 }, async () => {
    const page = plainPage();
    expect(hold(page)).toBe(page);
    const bytes = Buffer.concat([Buffer.from(page), Buffer.from([0xff, 0xc3, 0x28, 0x80])]); // invalid UTF-8 kept too
    for (const size of [1, 7, 4096, 1 << 20]) {
      // Pieces of one and seven bytes over the first 8 KB, then the rest in one.
      const chunks: Buffer[] = [];
      const cut = size < 100 ? 8192 : bytes.length;
      for (let i = 0; i < cut; i += size) chunks.push(bytes.subarray(i, Math.min(i + size, cut)));
      if (cut < bytes.length) chunks.push(bytes.subarray(cut));
      const out = await new Response(new Blob(chunks as any[]).stream().pipeThrough(blockTrackersStream({ consent: null, contentType: 'text/html' }) as any)).arrayBuffer();
      expect(Buffer.from(out).equals(bytes), `chunks of ${size}`).toBe(true);
    }
  });
  test('a page with trackers changes only in the held tags', () => {
    const page = plainPage();
    const withTracker = page.replace('<body>', `<body><script async src="${FB}"></script>`);
    const out = hold(withTracker);
    expect(out).toBe(page.replace('<body>', `<body><script type="text/plain" data-category="advertising" data-service="meta-pixel" async data-src="${FB}"></script>`));
  });
});

describe('blockTrackersStream', () => {
  const page = `<html><head><script async src="${FB}"></script></head><body>é ✓</body></html>`;
  const expected = page.replace('<script async src', '<script type="text/plain" data-category="advertising" data-service="meta-pixel" async data-src');

  test('Web stream: a tag split across chunks leaves whole, and output starts before the input ends', async () => {
    const t = blockTrackersStream({ consent: null, contentType: 'text/html; charset=utf-8' });
    const w = t.writable.getWriter();
    const r = t.readable.getReader();
    const enc = new TextEncoder();
    const cut = page.indexOf('src=') + 8;
    void w.write(enc.encode(page.slice(0, cut)));
    const first = await r.read(); // before the rest is written
    expect(Buffer.from(first.value as Uint8Array).toString()).toBe('<html><head>');
    void w.write(enc.encode(page.slice(cut)));
    void w.close();
    let out = Buffer.from(first.value as Uint8Array).toString();
    for (let c = await r.read(); !c.done; c = await r.read()) out += Buffer.from(c.value as Uint8Array).toString();
    expect(out).toBe(expected);
  });
  test('Web stream of strings gives strings', async () => {
    const out = await new Response((Readable.toWeb(Readable.from([page.slice(0, 20), page.slice(20)], { objectMode: true })) as any).pipeThrough(blockTrackersStream({ consent: null }) as any).pipeThrough(new TextEncoderStream())).text();
    expect(out).toBe(expected);
  });
  test('Node stream', async () => {
    const chunks: Buffer[] = [];
    const s = Readable.from([Buffer.from(page.slice(0, 33)), Buffer.from(page.slice(33))]).pipe(blockTrackersNodeStream({ consent: null }));
    for await (const c of s) chunks.push(c);
    expect(Buffer.concat(chunks).toString()).toBe(expected);
  });
  test('charset from Content-Type: windows-1252 bytes leave as they came; UTF-16 passes untouched', async () => {
    const latin = Buffer.concat([Buffer.from(`<p>caf`), Buffer.from([0xe9]), Buffer.from(`</p><script src="${FB}"></script>`)]);
    const run = async (b: Buffer, type: string) => Buffer.from(await new Response(new Blob([b as any]).stream().pipeThrough(blockTrackersStream({ consent: null, contentType: type }) as any)).arrayBuffer());
    const out = await run(latin, 'text/html; charset=windows-1252');
    expect(out.subarray(0, 8).equals(latin.subarray(0, 8))).toBe(true);
    expect(out.toString('latin1')).toContain('data-service="meta-pixel"');
    const utf16 = Buffer.from('\uFEFF' + page, 'utf16le');
    expect((await run(utf16, 'text/html; charset=utf-16le')).equals(utf16)).toBe(true);
    expect((await run(utf16, 'text/html')).equals(utf16)).toBe(true); // the byte-order mark wins, as in a browser
  });
  // 8 MB through the tokenizer: about 1 s alone, far more on a busy machine.
  test('memory stays flat: over an 8 MB page the tokenizer and the rewriter keep about one chunk', { timeout: 60000 }, () => {
    const chunk = plainPage().slice(0, 64 * 1024);
    const r = new Rewriter(plan(undefined, null)) as any;
    let sent = 0;
    let most = 0;
    for (let i = 0; i < 128; i++) {
      sent += r.write(chunk).length;
      most = Math.max(most, r.src.length, r.t.tokenizer.preprocessor.html.length);
    }
    sent += r.end().length;
    expect(sent).toBe(128 * chunk.length);
    expect(most).toBeLessThan(3 * chunk.length); // vs 8 MB read: nothing holds the document
  });
});

/** Serves `handler` behind the middleware on 127.0.0.1 and returns its origin and a close function. */
async function serve(handler: http.RequestListener, options: Parameters<typeof consentryMiddleware>[0] = {}) {
  const mw = consentryMiddleware(options);
  const server = http.createServer((req, res) => mw(req, res, () => handler(req, res)));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { origin, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

function acceptAllCookie(): string {
  const cfg = resolveConfig({});
  const r = makeRecord(cfg, 'accept-all', { necessary: true, functional: true, analytics: true, advertising: true }, Object.fromEntries(Object.keys(cfg.services).map((k) => [k, true])), 'en', false, null, Date.now());
  return 'consentry=' + encodeURIComponent(encode(r, cfg));
}

describe('consentryMiddleware (Node http, Express, Connect)', () => {
  const page = `<!doctype html><head><script async src="${FB}"></script></head><body>é</body>`;
  const heldPage = page.replace('<script async src', '<script type="text/plain" data-category="advertising" data-service="meta-pixel" async data-src');
  const CODE: Record<string, (b: Buffer) => Buffer> = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, br: zlib.brotliCompressSync };

  test('gzip, deflate and br bodies are decoded, rewritten and encoded again; Content-Length dropped, ETag varied, Vary added', async () => {
    const s = await serve((req, res) => {
      const enc = req.url!.slice(1);
      const body = enc ? CODE[enc](Buffer.from(page)) : Buffer.from(page);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, ETag: '"v1"', Vary: 'Accept-Encoding', ...(enc ? { 'Content-Encoding': enc } : {}) });
      res.end(body);
    });
    try {
      for (const enc of ['', 'gzip', 'deflate', 'br']) {
        const r = await fetch(s.origin + '/' + enc);
        expect(await r.text(), enc).toBe(heldPage); // fetch decodes
        expect(r.headers.get('content-encoding')).toBe(enc || null);
        expect(r.headers.get('content-length')).toBeNull();
        expect(r.headers.get('vary')).toBe('Accept-Encoding, Cookie, Sec-GPC');
        expect(r.headers.get('etag')).toMatch(/^"v1-cs\w+"$/);
      }
    } finally {
      await s.close();
    }
  });
  test('a visitor who accepted gets the handler\'s bytes untouched (Content-Length and ETag kept)', async () => {
    const s = await serve((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(page), ETag: '"v1"' });
      res.end(page);
    });
    try {
      const r = await fetch(s.origin, { headers: { cookie: acceptAllCookie() } });
      expect(await r.text()).toBe(page);
      expect(r.headers.get('content-length')).toBe(String(Buffer.byteLength(page)));
      expect(r.headers.get('etag')).toBe('"v1"');
      expect(r.headers.get('vary')).toBe('Cookie, Sec-GPC');
    } finally {
      await s.close();
    }
  });
  test('a conditional request with the varied ETag reaches the handler as its own ETag (304)', async () => {
    const seen: (string | undefined)[] = [];
    const s = await serve((req, res) => {
      seen.push(req.headers['if-none-match']);
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { ETag: '"v1"', 'Content-Type': 'text/html' });
        return res.end();
      }
      res.setHeader('Content-Type', 'text/html');
      res.setHeader('ETag', '"v1"');
      res.end(page);
    });
    try {
      const first = await fetch(s.origin);
      await first.text();
      const again = await fetch(s.origin, { headers: { 'if-none-match': first.headers.get('etag')! } });
      expect(again.status).toBe(304);
      expect(seen).toEqual([undefined, '"v1"']);
    } finally {
      await s.close();
    }
  });
  test('non-HTML responses, HEAD and unknown encodings pass untouched; an unknown encoding is reported once', async () => {
    const onReport = vi.fn();
    const s = await serve((req, res) => {
      if (req.url === '/js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Length': Buffer.byteLength(page) });
        return res.end(page);
      }
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'zstd' });
      res.end('not really zstd: ' + page);
    }, { onReport });
    try {
      const js = await fetch(s.origin + '/js');
      expect(await js.text()).toBe(page);
      expect(js.headers.get('vary')).toBeNull();
      for (let i = 0; i < 2; i++) {
        const raw = await new Promise<string>((ok) => http.get(s.origin + '/z', (res) => {
          let b = '';
          res.setEncoding('latin1').on('data', (c) => (b += c)).on('end', () => ok(b));
        }));
        expect(raw).toBe(Buffer.from('not really zstd: ' + page).toString('latin1'));
      }
      expect(onReport).toHaveBeenCalledTimes(1);
      expect(onReport.mock.calls[0][0]).toContain('"zstd"');
    } finally {
      await s.close();
    }
  });
  test('a page written in many small pieces streams out rewritten', async () => {
    const s = await serve((_, res) => {
      res.setHeader('Content-Type', 'text/html');
      for (let i = 0; i < page.length; i += 5) res.write(page.slice(i, i + 5));
      res.end();
    });
    try {
      expect(await (await fetch(s.origin)).text()).toBe(heldPage);
    } finally {
      await s.close();
    }
  });
});

describe('withConsentry (Fetch handlers)', () => {
  const page = `<!doctype html><iframe src="https://www.youtube.com/embed/a"></iframe>`;
  const held = '<!doctype html><iframe data-category="functional" data-service="youtube" data-src="https://www.youtube.com/embed/a"></iframe>';
  test('rewrites text/html for the cookie of the request, br and gzip included', async () => {
    for (const enc of ['', 'gzip', 'br']) {
      const body = enc === 'gzip' ? zlib.gzipSync(page) : enc === 'br' ? zlib.brotliCompressSync(page) : page;
      const h = withConsentry(async () => new Response(body as any, { headers: { 'content-type': 'text/html', 'content-length': String(body.length), ...(enc ? { 'content-encoding': enc } : {}) } }));
      const r = await h(new Request('https://shop.test/'));
      const bytes = Buffer.from(await r.arrayBuffer());
      const text = enc === 'gzip' ? zlib.gunzipSync(bytes).toString() : enc === 'br' ? zlib.brotliDecompressSync(bytes).toString() : bytes.toString();
      expect(text, enc).toBe(held);
      expect(r.headers.get('content-length')).toBeNull();
      expect(r.headers.get('vary')).toBe('Cookie, Sec-GPC');
      const accepted = await h(new Request('https://shop.test/', { headers: { cookie: acceptAllCookie() } }));
      expect(Buffer.from(await accepted.arrayBuffer()).equals(Buffer.from(body))).toBe(true);
    }
  });
  test('other responses are returned as they are', async () => {
    const json = new Response('{"a":"<script src=https://connect.facebook.net/x.js>"}', { headers: { 'content-type': 'application/json' } });
    expect(await withConsentry(() => json)(new Request('https://shop.test/'))).toBe(json);
  });
});

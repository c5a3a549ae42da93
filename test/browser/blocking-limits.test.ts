// The limits written in README.md (Blocking), each proven as documented: what Consentry cannot hold
// back, and what it still does in those cases.
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cookies, launch, runs, startServer, vendorRuns, type Launched, type TestServer } from './harness';
import { T } from '../fixtures/blocking/cases';
import { consentCookie, consentValue } from '../fixtures/blocking/consent';
import { html } from '../fixtures/blocking/page';

let server: TestServer;
let browser: Launched;
beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(() => server.next());

const push = (x: string) => `(window.__runs=window.__runs||[]).push('${x}')`;

async function load(markup: string, path = '/l'): Promise<Page> {
  server.page(path, markup);
  const page = await browser.page();
  await page.goto('https://shop.test' + path);
  await server.quiet(150);
  return page;
}

test('a tracker above Consentry in <head> runs before any choice: nothing may stay above it', async () => {
  const page = await load(`<!doctype html><html><head><script src="${T.hotjar.url}"></script><script src="/dist/consentry.js"></script>
    <script src="${T.clarity.url}"></script></head><body></body></html>`);
  expect(await vendorRuns(page)).toEqual([T.hotjar.path]);
  await page.context().close();
});

test('document.write of a whole tag is held; a tag split across several writes is not recognised and runs', async () => {
  const page = await load(html('', `<script>document.write('<script src="${T.uet.url}"><\\/script>')</script>
    <script>document.write('<script src="'); document.write('${T.clarity.url}'); document.write('"><\\/script>')</script>`));
  expect(await vendorRuns(page)).toEqual([T.clarity.path]);
  expect(server.hitsTo('bat.bing.com')).toEqual([]);
  await page.context().close();
});

test('inline tracker code is not recognised (it has no URL) unless tagged; the script it loads is held', async () => {
  const page = await load(html('', `<script>${push('inline-untagged')}</script>
    <script type="text/plain" data-category="analytics">${push('inline-tagged')}</script>`));
  expect(await runs(page)).toEqual(['inline-untagged']);
  await page.context().close();
});

test('a srcdoc given to a frame that has already shown one: its inline code runs unhooked while it is parsed; elements written in it, and trackers inserted after its load, are held', async () => {
  // A frame's first document after about:blank keeps that window (and the hooks installed in it);
  // a later one gets a new window, which has the hooks from its load event.
  const doc = `<script>var s=document.createElement('script');s.src='${T.clarity.url}';document.head.appendChild(s)</scr` + `ipt><script src="${T.uet.url}"></scr` + `ipt>`;
  const page = await load(html('', `<script>
    var f = document.createElement('iframe'); f.srcdoc = '<p>first</p>'; document.body.appendChild(f);
    f.onload = function () {
      f.onload = function () { var d = f.contentDocument, a = d.createElement('script'); a.src = '${T.hotjar.url}'; d.head.appendChild(a); window.__loaded = 1; };
      f.srcdoc = ${JSON.stringify(doc).replace(/<\//g, '<\\/')};
    };
  </script>`));
  await page.waitForFunction('window.__loaded');
  await server.waitForHit('www.clarity.ms');
  await server.quiet(150);
  expect(server.hitsTo('www.clarity.ms').length).toBe(1);
  expect(server.hitsTo('bat.bing.com')).toEqual([]);
  expect(server.hitsTo('static.hotjar.com')).toEqual([]);
  await page.context().close();
});

test('a frame showing another page of the site keeps the hooks of its first window: trackers its code inserts are held, one written in its HTML is not', async () => {
  server.page('/l-own', `<!doctype html><html><head><script src="${T.clarity.url}"></script></head><body><script>var s=document.createElement('script');s.src='${T.uet.url}';document.head.appendChild(s)</script></body></html>`);
  const page = await load(html('', `<iframe src="/l-own"></iframe>`));
  await server.waitForHit('www.clarity.ms');
  await server.quiet(150);
  expect(server.hitsTo('www.clarity.ms').length).toBe(1);
  expect(server.hitsTo('bat.bing.com')).toEqual([]);
  await page.context().close();
});

test('a framed page of the site that loads consentry.js itself: held by both, released once on consent given on the page around it', async () => {
  const cfg = { ui: { autoShow: false } };
  server.page('/l-with', html('', `<script>window.__vendorRuns=parent.__vendorRuns=[];window.__runs=parent.__runs=[];var s=document.createElement('script');s.src='${T.clarity.url}';document.head.appendChild(s)</script>
    <script type="text/plain" data-category="analytics">${push('tagged')}</script>`, 'framed', cfg));
  const page = await load(html('', `<iframe src="/l-with" onload="window.__loaded=1"></iframe>`, 'outer', cfg));
  await page.waitForFunction('window.__loaded');
  await server.quiet(150);
  expect(server.hitsTo('www.clarity.ms')).toEqual([]);
  expect(await runs(page)).toEqual([]);
  await page.evaluate(() => (window as any).Consentry.acceptAll());
  await expect.poll(() => runs(page)).toEqual(['tagged']);
  await expect.poll(() => vendorRuns(page)).toEqual([T.clarity.path]);
  await server.quiet(150);
  expect(server.hitsTo('www.clarity.ms').length).toBe(1);
  await page.context().close();
});

test('an image src set through an Attr node or srcset is not held; scripts set that way are', async () => {
  const page = await load(html('', `<script>
    var i = new Image(); var a = document.createAttribute('src'); a.value = '${T.fbPixel.url}'; i.setAttributeNode(a);
    var j = new Image(); j.srcset = '${T.bingPixel.url} 1x';
    var s = document.createElement('script'); var b = document.createAttribute('src'); b.value = '${T.clarity.url}'; s.setAttributeNode(b); document.head.appendChild(s);
  </script>`));
  await Promise.all(['bat.bing.com', 'www.facebook.com'].map((h) => server.waitForHit(h)));
  await server.quiet(150);
  expect(server.vendorHits().map((h) => h.host).sort()).toEqual(['bat.bing.com', 'www.facebook.com']);
  expect(await vendorRuns(page)).toEqual([]);
  await page.context().close();
});

test('tagged elements inside a shadow root are not found; trackers inserted there by code are held', async () => {
  const page = await load(html('', `<div id="host"></div><script>
    var r = document.getElementById('host').attachShadow({ mode: 'open' });
    r.innerHTML = '<iframe data-category="functional" data-src="${T.vimeo.url}"></iframe>';
    var s = document.createElement('script'); s.src = '${T.clarity.url}'; r.appendChild(s);
  </script>`));
  expect(server.vendorHits()).toEqual([]);
  await page.evaluate(() => (window as any).Consentry.acceptAll());
  await page.waitForFunction('(window.__vendorRuns || []).length > 0');
  await server.quiet(200);
  expect(await vendorRuns(page)).toEqual([T.clarity.path]);
  expect(server.hitsTo('player.vimeo.com')).toEqual([]);
  await page.context().close();
});

test('cookies the page cannot reach stay after a refusal: HttpOnly ones, and ones on a path the page is not under (until a page there is visited)', async () => {
  server.route('*', '/set', (req, res) => {
    res.setHeader('Set-Cookie', ['_ga=server; Path=/; HttpOnly; Secure', '_fbp=sub; Path=/account; Secure']);
    res.end('ok');
  });
  const ctx = await browser.context();
  await ctx.addCookies([{ name: consentCookie('https://shop.test/'), value: encodeURIComponent(consentValue([], 'reject-all')), url: 'https://shop.test/' }]);
  const page = await ctx.newPage();
  server.page('/shop/p', html('', ''));
  server.page('/account/p', html('', ''));
  await page.goto('https://shop.test/set');
  const jar = async () => (await cookies(ctx)).map((c) => `${c.name}${c.path}`).sort();
  await page.goto('https://shop.test/shop/p');
  await page.evaluate(() => (window as any).Consentry.init());
  expect(await jar()).toEqual(['__Host-consentry/', '_fbp/account', '_ga/']);
  await page.goto('https://shop.test/account/p');
  await expect.poll(jar).toEqual(['__Host-consentry/', '_ga/']);
  await ctx.close();
});

test('vendor code already running keeps running after a withdrawal; reloadOnWithdraw reloads the page so it stops', async () => {
  const page = await load(html('', `<script>var g=document.createElement('script');g.src='${T.ga4.url}';document.head.appendChild(g)</script>`, 'r', { reloadOnWithdraw: true }));
  await page.evaluate(() => (window as any).Consentry.acceptAll());
  await server.waitForHit('www.google-analytics.com/g/collect');
  await server.quiet(100);
  server.reset();
  // The reload may destroy the page's context before the evaluation answers: only the load counts.
  await Promise.all([page.waitForEvent('load'), page.evaluate(() => void (window as any).Consentry.rejectAll()).catch(() => {})]);
  // Before the reload, the running GA code still answered the withdrawal (its denied ping).
  expect(server.vendorHits().every((h) => h.url.includes('stub_granted=0'))).toBe(true);
  server.reset();
  await server.quiet(200);
  expect(server.vendorHits()).toEqual([]);
  expect(await vendorRuns(page)).toEqual([]);
  await page.context().close();
});

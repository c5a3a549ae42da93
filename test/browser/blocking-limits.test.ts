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

test('an image srcset is not held; an image src, an SVG image href and a script src set through an Attr node are', async () => {
  const page = await load(html('', `<script>
    var i = new Image(); var a = document.createAttribute('src'); a.value = '${T.fbPixel.url}'; i.setAttributeNode(a);
    var j = new Image(); j.srcset = '${T.bingPixel.url} 1x';
    var g = document.createElementNS('http://www.w3.org/2000/svg', 'image'); var c = document.createAttribute('href'); c.value = '${T.liPixel.url}'; g.setAttributeNode(c);
    var s = document.createElement('script'); var b = document.createAttribute('src'); b.value = '${T.clarity.url}'; s.setAttributeNode(b); document.head.appendChild(s);
  </script>`));
  await server.waitForHit('bat.bing.com');
  await server.quiet(150);
  expect(server.vendorHits().map((h) => h.host).sort()).toEqual(['bat.bing.com']);
  expect(await vendorRuns(page)).toEqual([]);
  await page.context().close();
});

test('tagged elements inside a declarative shadow root of the HTML are not found; in a root made by code they are, and trackers inserted there are held', async () => {
  const page = await load(html('', `<div id="dsd"><template shadowrootmode="open"><iframe data-category="functional" data-src="${T.youtube.url}"></iframe></template></div>
  <div id="host"></div><script>
    var r = document.getElementById('host').attachShadow({ mode: 'open' });
    r.innerHTML = '<iframe data-category="functional" data-src="${T.vimeo.url}"></iframe>';
    var s = document.createElement('script'); s.src = '${T.clarity.url}'; r.appendChild(s);
  </script>`));
  expect(server.vendorHits()).toEqual([]);
  await page.evaluate(() => (window as any).Consentry.acceptAll());
  await page.waitForFunction('(window.__vendorRuns || []).length > 0');
  await server.waitForHit('player.vimeo.com');
  await server.quiet(200);
  expect(await vendorRuns(page)).toEqual([T.clarity.path]);
  // README Limits: the parser's own shadow roots are out of the observer's sight.
  expect(server.hitsTo('www.youtube.com')).toEqual([]);
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

// ---- Workers (issue 12, fault 2) ---------------------------------------------------------------
// A worker's script starts as the worker is made: nothing can be held, and a stand-in would not be the
// object the page keeps. Consentry refuses `new Worker` / `new SharedWorker` of a service that may not
// run the way the browser refuses a worker script of another origin: the constructor throws a
// SecurityError, before any request, here naming the service. So this is not a matrix case (nothing is
// released on consent by itself: the page makes its worker once granted, `whenGranted`); each of the
// four consent states is checked here instead.

/** A first-party worker script of a site service: says 'up', and on each message fetches `/wk/ping?<message>`. */
const WORKER = `function go(p){p.postMessage('up');p.onmessage=function(e){fetch('/wk/ping?'+e.data)}}
if (typeof onconnect !== 'undefined' || self.constructor.name === 'SharedWorkerGlobalScope') onconnect = function (e) { go(e.ports[0]) }; else go(self);`;
/** The site's own analytics worker is a service of its config. */
const WORKER_CONFIG = { ui: { autoShow: false }, reloadOnWithdraw: false, services: { 'site-worker': { category: 'analytics', hosts: ['shop.test/wk/'] } } };
/** In the page: `make()` makes one Worker and one SharedWorker, recording what each constructor did and what they say. */
const MAKE = `<script>window.__said = []; window.__live = [];
  function make() { return ['Worker', 'SharedWorker'].map(function (k) {
    try { var w = new window[k]('/wk/w.js?k=' + k); var p = w.port || w; p.onmessage = function (e) { __said.push(k + ':' + e.data) }; __live.push(p);
      return k + ' made ' + (w instanceof window[k]); } catch (e) { return k + ' ' + e.name + ': ' + e.message } }) }
  window.__made = make();</script>`;

const workerHits = () => server.hits.filter((h) => h.path.startsWith('/wk/')).map((h) => h.path + (h.url.split('?')[1] ? '?' + h.url.split('?')[1] : ''));

function routeWorker(): void {
  server.route('*', /^\/wk\//, (req, res) => {
    res.setHeader('Content-Type', 'text/javascript');
    res.setHeader('Cache-Control', 'no-store');
    res.end(req.url!.startsWith('/wk/w.js') ? WORKER : '');
  });
}

const refused = (k: string) => `${k} SecurityError: Consentry: ${k} /wk/w.js?k=${k} is refused until consent for site-worker`;

test('a Worker or SharedWorker of a service is refused before consent (SecurityError naming it, no request), made once granted; a withdrawal terminates it', async () => {
  routeWorker();
  const page = await load(html('', MAKE, 'w', WORKER_CONFIG), '/w');
  expect(await page.evaluate('window.__made')).toEqual([refused('Worker'), refused('SharedWorker')]);
  expect(workerHits()).toEqual([]);
  // Granted on the page: the page makes its workers again, as README says (whenGranted), and they run.
  await page.evaluate(`void Consentry.whenGranted('analytics', 'site-worker').then(function () { window.__made2 = make() })`);
  await page.evaluate(() => (window as any).Consentry.setConsent({ categories: { analytics: true } }));
  await expect.poll(() => page.evaluate('window.__made2')).toEqual(['Worker made true', 'SharedWorker made true']);
  await expect.poll(() => page.evaluate('__said.slice().sort()')).toEqual(['SharedWorker:up', 'Worker:up']);
  await page.evaluate(`__live.forEach(function (p) { p.postMessage('granted') })`);
  await expect.poll(() => workerHits().filter((p) => p.startsWith('/wk/ping')).sort()).toEqual(['/wk/ping?granted', '/wk/ping?granted']);
  // Withdrawn: the dedicated worker is terminated, the shared worker's port closed: neither hears the page again.
  await page.evaluate(() => (window as any).Consentry.setConsent({ categories: { analytics: false } }));
  await page.evaluate(`__live.forEach(function (p) { p.postMessage('withdrawn') })`);
  await server.quiet(300);
  expect(workerHits().filter((p) => p.includes('withdrawn'))).toEqual([]);
  expect(await page.evaluate('make()')).toEqual([refused('Worker'), refused('SharedWorker')]);
  await page.context().close();
});

test('workers of a service in the other consent states: refused after a refusal or with another category, made at once for a returning visitor who accepted', async () => {
  routeWorker();
  server.page('/w', html('', MAKE, 'w', WORKER_CONFIG));
  for (const [cats, method, made] of [[[], 'reject-all', false], [['advertising'], 'custom', false], [['analytics'], 'custom', true]] as const) {
    server.reset();
    const ctx = await browser.context();
    await ctx.addCookies([{ name: consentCookie('https://shop.test/'), value: encodeURIComponent(consentValue([...cats], method, WORKER_CONFIG)), url: 'https://shop.test/' }]);
    const page = await ctx.newPage();
    await page.goto('https://shop.test/w');
    if (made) {
      expect(await page.evaluate('window.__made')).toEqual(['Worker made true', 'SharedWorker made true']);
      await expect.poll(() => page.evaluate('__said.slice().sort()')).toEqual(['SharedWorker:up', 'Worker:up']);
    } else {
      expect(await page.evaluate('window.__made'), cats.join()).toEqual([refused('Worker'), refused('SharedWorker')]);
      await server.quiet(150);
      expect(workerHits()).toEqual([]);
    }
    await ctx.close();
  }
});

test('workers are refused with autoblock off when the network guard is on, and left alone with both off', async () => {
  routeWorker();
  for (const [guard, made] of [[true, false], [false, true]] as const) {
    const page = await load(html('', MAKE, 'w', { ...WORKER_CONFIG, autoblock: false, guard }), '/w' + guard);
    expect(await page.evaluate('window.__made')).toEqual(made ? ['Worker made true', 'SharedWorker made true'] : [refused('Worker'), refused('SharedWorker')]);
    await page.context().close();
  }
});

test("with reloadOnWithdraw 'auto', a shared worker of a withdrawn service (which no page can stop) reloads the page", async () => {
  routeWorker();
  const page = await load(html('', '', 'w', { ...WORKER_CONFIG, reloadOnWithdraw: 'auto' }), '/w');
  await page.evaluate(() => (window as any).Consentry.setConsent({ categories: { analytics: true } }));
  await page.evaluate(`window.__s = new SharedWorker('/wk/w.js?k=auto')`);
  await server.waitForHit((h) => h.path === '/wk/w.js');
  await Promise.all([page.waitForEvent('load'), page.evaluate(() => void (window as any).Consentry.setConsent({ categories: { analytics: false } })).catch(() => {})]);
  await page.context().close();
}, 30000);

test('out of reach: a tracker worker URL of another origin is refused by the browser itself before any request; a blob: or data: worker reaches trackers through importScripts and fetch', async () => {
  // Everything accepted: Consentry lets the worker through, and the browser refuses it without a request.
  const ctx = await browser.context();
  await ctx.addCookies([{ name: consentCookie('https://shop.test/'), value: encodeURIComponent(consentValue(['analytics', 'advertising', 'functional'], 'accept-all')), url: 'https://shop.test/' }]);
  server.page('/x', html('', `<script>window.__x = []; try { new Worker('${T.clarity.url}') } catch (e) { __x.push(e.name + ': ' + e.message) }</script>`, 'x', { ui: { autoShow: false } }));
  const accepted = await ctx.newPage();
  await accepted.goto('https://shop.test/x');
  expect(await accepted.evaluate('window.__x')).toEqual([`SecurityError: Failed to construct 'Worker': Script at '${T.clarity.url}' cannot be accessed from origin 'https://shop.test'.`]);
  await ctx.close();
  // Before any choice, network guard on: a worker made from a blob: or data: URL (the page's own origin) fetches what it likes.
  const page = await load(html('', `<script>
    new Worker(URL.createObjectURL(new Blob(['importScripts("${T.hotjar.url}")'], { type: 'text/javascript' })));
    new Worker('data:text/javascript,fetch("${T.fbPixel.url.replace(/&/g, '%26')}")');
  </script>`, 'y', { ui: { autoShow: false }, guard: true }), '/y');
  await Promise.all(['static.hotjar.com', 'www.facebook.com'].map((h) => server.waitForHit(h)));
  expect(server.hitsTo('www.clarity.ms')).toEqual([]);
  await page.context().close();
});

test('out of reach: import() of a tracker module and window.open of a tracker URL are requested before any choice, even with the network guard', async () => {
  const page = await load(html('', `<script>window.__imp = import('${T.esm.url}').then(function () { return 'ran' }, function (e) { return e.name });
    window.__pop = window.open('${T.liPixel.url}', '_blank');</script>`, 'i', { ui: { autoShow: false }, guard: true }), '/i');
  await Promise.all(['cdn.matomo.cloud', 'px.ads.linkedin.com'].map((h) => server.waitForHit(h)));
  await page.context().close();
});

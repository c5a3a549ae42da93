// Blocking on hostile pages (issue 12): config names that a plain object answers by itself, and a
// polyfill above Consentry that makes a hook impossible to install. Trackers stay held all the same.
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { collectConsole, launch, startServer, vendorRuns, type Launched, type TestServer } from './harness';
import { T } from '../fixtures/blocking/cases';
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

const META = `<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','${T.meta.url}');fbq('init','123456');fbq('track','PageView');</script>`;

test('a service with hosts ["__proto__", "constructor"] leaves autoblock on: Meta Pixel inserted by code is held before any choice', async () => {
  const config = { services: { 'site-tag': { category: 'analytics', hosts: ['__proto__', 'constructor'] } }, ui: { autoShow: false } };
  server.page('/proto', html('', META, 'proto', config));
  const page = await browser.page();
  const log = collectConsole(page);
  await page.goto('https://shop.test/proto');
  await server.quiet(150);
  expect(server.vendorHits()).toEqual([]);
  expect(await vendorRuns(page)).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(log.errors).toEqual([]);
  // Held, not lost: granted, it runs once.
  await page.evaluate(() => (window as any).Consentry.acceptAll());
  await expect.poll(() => vendorRuns(page)).toEqual([T.meta.path]);
  await page.context().close();
});

test('a polyfill above Consentry makes HTMLScriptElement.prototype.src unchangeable: the other hooks hold, one error names the missing one', async () => {
  const config = JSON.stringify({ ui: { autoShow: false } });
  server.page('/polyfill', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>polyfill</title>
    <script>
      // As a polyfill would: the same accessor, redefined as non-configurable.
      var d = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src');
      Object.defineProperty(HTMLScriptElement.prototype, 'src', { get: d.get, set: d.set, enumerable: true, configurable: false });
      window.__errors = [];
      addEventListener('consentry:error', function (e) { __errors.push(e.detail.message); });
    </script>
    <script type="application/json" id="consentry-config">${config}</script>
    <script src="/dist/consentry.js"></script></head><body><div id="box"></div>
    <script>
      var s = document.createElement('script'); s.setAttribute('src', '${T.clarity.url}'); document.head.appendChild(s);
      var i = new Image(); i.src = '${T.fbPixel.url}'; document.body.appendChild(i);
      var f = document.createElement('iframe'); f.src = '${T.youtube.url}'; document.body.appendChild(f);
    </script></body></html>`);
  const page = await browser.page();
  const log = collectConsole(page);
  await page.goto('https://shop.test/polyfill');
  await server.quiet(150);
  expect(server.vendorHits()).toEqual([]);
  expect(await vendorRuns(page)).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  const errors = (await page.evaluate('window.__errors')) as string[];
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('HTMLScriptElement.prototype.src (setter)');
  expect(errors[0]).not.toContain('HTMLImageElement');
  const logged = log.errors.filter((e) => e.includes('Consentry'));
  expect(logged).toHaveLength(1);
  expect(logged[0]).toContain('HTMLScriptElement.prototype.src (setter)');
  // Held, not lost: granted, each loads once.
  await page.evaluate(() => (window as any).Consentry.acceptAll());
  await expect.poll(() => vendorRuns(page)).toEqual([T.clarity.path]);
  await server.waitForHit('www.facebook.com/tr');
  await expect.poll(() => page.frames().filter((x) => x.url().startsWith(T.youtube.url)).length).toBe(1);
  await server.quiet(150);
  expect(server.hitsTo('www.facebook.com/tr')).toHaveLength(1);
  expect(log.pageErrors).toEqual([]);
  await page.context().close();
});

test('setHTMLUnsafe with a declarative shadow root: the trackers inside it are held too', async () => {
  server.page('/dsd', html('', `<div id="box"></div><script>
    document.getElementById('box').setHTMLUnsafe('<div><template shadowrootmode="open"><img src="${T.fbPixel.url.replace(/&/g, '&amp;')}" alt=""><link rel="preload" as="image" href="${T.bingPixel.url}"></template></div>');
    window.__shadow = !!document.querySelector('#box div').shadowRoot;
  </script>`, 'dsd', { ui: { autoShow: false } }));
  const page = await browser.page();
  const log = collectConsole(page);
  await page.goto('https://shop.test/dsd');
  await server.quiet(150);
  expect(await page.evaluate('window.__shadow')).toBe(true);
  expect(server.vendorHits()).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  await page.context().close();
});

// Server-side prior blocking in Chromium: a shop page whose trackers are pasted untagged (GA4's gtag
// snippet, Meta Pixel, Hotjar, TikTok, a YouTube iframe, Stripe) served through consentryMiddleware.
// The preload scanner never sees a tracker URL the visitor has not allowed.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { shopConfig } from '../../demo/shop/pages.mjs';
import { vendorRoute } from '../../demo/vendors/routes.mjs';
import { launchChromium } from '../../tools/audit/chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TRACKERS = ['ga4', 'meta-pixel', 'hotjar', 'tiktok-pixel', 'youtube'];

/** The page as the site owner pasted it: every vendor's own snippet, untagged. */
const PAGE = (host: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Shop</title>
<script type="application/json" id="consentry-config">${JSON.stringify(shopConfig('en', host))}</script>
<script src="/consentry.js"></script>
<!-- Google tag (gtag.js) -->
<script async src="/vendor/www.googletagmanager.com/gtag/js?id=G-DEMO1234"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-DEMO1234');
</script>
<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'/vendor/connect.facebook.net/en_US/fbevents.js');
fbq('init', '100000000000001');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none" src="/vendor/www.facebook.com/tr?id=100000000000001&amp;ev=PageView&amp;noscript=1"></noscript>
<!-- Hotjar Tracking Code -->
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:3000001,hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'/vendor/static.hotjar.com/c/hotjar-','.js?sv=');
</script>
<!-- TikTok Pixel Code: its loader, and its script written in the HTML as some themes do -->
<script>
!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);
  ttq._i={};ttq._i['CDEMO0000000000000TT']=[];ttq.page();
}(window, document, 'ttq');
</script>
<script async src="/vendor/analytics.tiktok.com/i18n/pixel/events.js?sdkid=CDEMO0000000000000TT&lib=ttq"></script>
<script src="/vendor/js.stripe.com/v3/"></script>
</head>
<body>
<h1>Linen shirt</h1>
<iframe width="560" height="315" src="/vendor/www.youtube.com/embed/Xq3kP7dLw0s" title="How it is made" allowfullscreen></iframe>
<div id="card-element"></div>
</body>
</html>
`;

/** Trackers in the other elements that fetch: an image's srcset, a stylesheet, an object, an embed, SVG's <image> and <script>, an <image> (an <img> in HTML). */
const MORE = (host: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>More</title>
<script type="application/json" id="consentry-config">${JSON.stringify(shopConfig('en', host))}</script>
<script src="/consentry.js"></script>
<link rel="stylesheet" href="/vendor/connect.facebook.net/signals/more.css">
</head>
<body>
<img alt="" srcset="/vendor/www.facebook.com/tr?id=1&amp;ev=srcset 1x">
<object data="/vendor/www.youtube.com/embed/object" width="10" height="10"></object>
<embed src="/vendor/www.youtube.com/embed/embed" width="10" height="10">
<svg width="10" height="10"><image href="/vendor/www.facebook.com/svg-image" width="1" height="1"/><image xlink:href="/vendor/www.facebook.com/svg-xlink" width="1" height="1"/><script href="/vendor/connect.facebook.net/svg/script.js"></script></svg>
<image src="/vendor/www.facebook.com/image-tag" alt="">
</body>
</html>
`;

interface Hit { path: string; service: string | null }
let server: http.Server;
let origin: string;
const hits: Hit[] = [];
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // The built server module, as a site installs it.
  const { consentryMiddleware } = (await import('../../dist/server.mjs' as string)) as typeof import('../../src/server');
  const blockers = new Map<string, ReturnType<typeof consentryMiddleware>>();
  server = http.createServer(async (req, res) => {
    const url = new URL(req.url || '/', 'http://' + req.headers.host);
    const path = url.pathname;
    try {
      if (path.startsWith('/vendor/')) {
        const v = vendorRoute(path);
        hits.push({ path, service: v.service });
        if (v.file) {
          const body = await readFile(join(ROOT, 'demo/vendors', v.file));
          res.writeHead(200, { 'Content-Type': v.file.endsWith('.html') ? 'text/html' : 'text/javascript', 'Cache-Control': 'no-store' });
          return res.end(body);
        }
        res.writeHead(204);
        return res.end();
      }
      if (/^\/consentry[\w.-]*\.js$/.test(path)) {
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
        return res.end(await readFile(join(ROOT, 'dist', path.slice(1))));
      }
      if (path === '/' || path === '/more') {
        const k = url.hostname;
        if (!blockers.has(k)) blockers.set(k, consentryMiddleware({ config: shopConfig('en', k) }));
        return blockers.get(k)!(req, res, () => {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(path === '/' ? PAGE(k) : MORE(k));
        });
      }
      res.writeHead(404);
      res.end();
    } catch (e) {
      res.destroy(e as Error);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});
beforeEach(async () => {
  while (contexts.length) await contexts.pop()!.close();
  hits.length = 0;
});

/** A fresh visitor, and every request its pages make to a vendor path. */
async function visitor(): Promise<{ page: Page; requested: string[] }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith('/vendor/')) requested.push(p);
  });
  return { page, requested };
}

const runs = (page: Page): Promise<string[]> => page.evaluate(() => ((window as any).__demo?.runs ?? []) as string[]);
const trackerHits = () => hits.filter((h) => h.service !== 'stripe');
/** Waits until the page and everything it started has loaded and the network is quiet. */
const quiet = (page: Page) => page.waitForLoadState('networkidle');

describe('served through consentryMiddleware', () => {
  test('before a choice: no request to any tracker host (not even from the preload scanner); Stripe untouched and running', async () => {
    const { page, requested } = await visitor();
    const res = await page.goto(origin + '/');
    const html = await res!.text();
    expect(html).toContain('<script src="/vendor/js.stripe.com/v3/"></script>');
    expect(html).toContain('<script type="text/plain" data-category="analytics" data-service="ga4" async data-src="/vendor/www.googletagmanager.com/gtag/js?id=G-DEMO1234"></script>');
    expect(html).toContain('<iframe data-category="functional" data-service="youtube" width="560" height="315" data-src="/vendor/www.youtube.com/embed/Xq3kP7dLw0s"');
    expect(res!.headers()['vary']).toBe('Cookie, Sec-GPC');
    await page.getByRole('button', { name: 'Accept all' }).first().waitFor({ state: 'visible' });
    await quiet(page);
    expect(requested.filter((p) => !p.startsWith('/vendor/js.stripe.com/') && !p.startsWith('/vendor/m.stripe.com/'))).toEqual([]);
    expect(trackerHits()).toEqual([]);
    expect(await runs(page)).toEqual(['stripe']);
  });

  test('after Reject all: nothing of a tracker, on this page or the next', async () => {
    const { page, requested } = await visitor();
    await page.goto(origin + '/');
    await page.getByRole('button', { name: 'Reject all' }).first().click();
    await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === 'consentry')).toBe(true);
    await page.reload();
    await quiet(page);
    expect(requested.filter((p) => !/^\/vendor\/(js|m)\.stripe\.com\//.test(p))).toEqual([]);
    expect(trackerHits()).toEqual([]);
    expect(await runs(page)).toEqual(['stripe']);
  });

  test('after Accept all: each tracker runs once, and a returning visitor gets the original HTML', { timeout: 60000 }, async () => {
    const { page } = await visitor();
    await page.goto(origin + '/');
    await page.getByRole('button', { name: 'Accept all' }).first().click();
    await expect.poll(async () => TRACKERS.filter((s) => !hitsOf(s)), { timeout: 15000 }).toEqual([]);
    await expect.poll(async () => { const r = await runs(page); return TRACKERS.filter((s) => s !== 'youtube' && !r.includes(s)); }, { timeout: 15000 }).toEqual([]);
    await page.waitForLoadState('load');
    const ran = await runs(page);
    for (const s of ['ga4', 'meta-pixel', 'hotjar', 'tiktok-pixel', 'stripe']) expect(ran.filter((r) => r === s), s).toHaveLength(1);
    expect(hits.filter((h) => h.path.startsWith('/vendor/www.youtube.com/embed/'))).toHaveLength(1);

    // Returning: the server sends the page exactly as written, and everything runs from it at once.
    const again = await page.context().request.get(origin + '/');
    expect(await again.text()).toBe(PAGE('127.0.0.1'));
    hits.length = 0;
    await page.reload();
    await expect.poll(async () => { const r = await runs(page); return TRACKERS.filter((s) => s !== 'youtube' && !r.includes(s)); }, { timeout: 15000 }).toEqual([]);
    await page.waitForLoadState('load');
    for (const s of ['ga4', 'meta-pixel', 'hotjar', 'tiktok-pixel']) expect((await runs(page)).filter((r) => r === s), s).toHaveLength(1);
    expect(hits.filter((h) => h.path.startsWith('/vendor/www.youtube.com/embed/'))).toHaveLength(1);
  });

  test('srcset, stylesheet, object, embed, SVG image and script held by the server are released by the browser build after Accept all, once each', async () => {
    const { page, requested } = await visitor();
    const res = await page.goto(origin + '/more');
    const html = await res!.text();
    for (const held of ['data-srcset="/vendor/www.facebook.com/', 'data-href="/vendor/connect.facebook.net/', 'data-data="/vendor/www.youtube.com/', 'data-src="/vendor/www.youtube.com/embed/embed"',
      'data-href="/vendor/www.facebook.com/svg-image"', 'data-href="/vendor/www.facebook.com/svg-xlink"', '<script type="text/plain" data-category="advertising" data-service="meta-pixel" data-href="/vendor/connect.facebook.net/svg/script.js">',
      '<image data-category="advertising" data-service="meta-pixel" data-src="/vendor/www.facebook.com/image-tag"']) expect(html).toContain(held);
    await quiet(page);
    expect(requested).toEqual([]);
    await page.evaluate(() => (window as any).Consentry.acceptAll());
    const want = ['/vendor/www.facebook.com/tr', '/vendor/connect.facebook.net/signals/more.css', '/vendor/www.youtube.com/embed/object', '/vendor/www.youtube.com/embed/embed',
      '/vendor/www.facebook.com/svg-image', '/vendor/www.facebook.com/svg-xlink', '/vendor/connect.facebook.net/svg/script.js', '/vendor/www.facebook.com/image-tag'];
    await expect.poll(() => want.filter((w) => !requested.some((r) => r.startsWith(w))), { timeout: 15000 }).toEqual([]);
    // No further request over two polls 300 ms apart (the embedded frames keep 'networkidle' away).
    let last = -1;
    await expect.poll(() => last === (last = requested.length), { interval: 300, timeout: 15000 }).toBe(true);
    for (const w of want) expect(requested.filter((r) => r.startsWith(w)), w).toHaveLength(1);
  });
});

const hitsOf = (s: string) => hits.some((h) => h.service === s);

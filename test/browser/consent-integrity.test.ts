// Consent integrity (issue 10, faults 1, 3 and 5), in Chromium: one service switched on grants that
// service only (a purpose with some services on is *partly* granted), Consent Mode follows the
// Google services the site uses, a withdrawal outruns a tracker still loading, and a returning
// visitor's Consent Mode update precedes the site's inline gtag commands.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cookieNames, collectConsole, launch, startServer, vendorRuns, vendorSeen, VENDORS, type Launched, type TestServer } from './harness';
import { stubScript } from './vendors';

declare const Consentry: any;

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
beforeEach(() => server.reset());

const SITE = 'https://shop.test';
const page = (head: string, body = '', config?: object) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>`
  + (config ? `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>` : '')
  + `<script src="/dist/consentry.js"></script>${head}</head><body><h1>Shop</h1>${body}</body></html>`;
const QUIET = { ui: { autoShow: false } };

const META = "<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','1234');fbq('track','PageView');</script>";
const YOUTUBE = '<iframe width="320" height="180" title="Video" src="https://www.youtube.com/embed/abc"></iframe>';
const GTAG = '<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>';
const GTAG_INLINE = "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-TEST');</script>";
const HOTJAR = '<script async src="https://static.hotjar.com/c/hotjar-123.js?sv=6"></script>';
const TAGGED_AD = `<script type="text/plain" data-category="advertising">(window.__runs=window.__runs||[]).push('advertising-no-service')</script>`
  + `<script type="text/plain" data-category="advertising" data-service="meta-pixel">(window.__runs=window.__runs||[]).push('meta-tagged')</script>`;

// TikTok inserted by code: a second advertising service on the page (YouTube is functional).
const TIKTOK = "<script>var t=document.createElement('script');t.async=true;t.src='https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=T1&lib=ttq';document.head.appendChild(t)</script>";
// YouTube inserted by code: an untagged frame written in the HTML may be requested by the browser
// before any script acts (README, Limits), so the request count below would depend on timing.
const YOUTUBE_BY_CODE = "<script>var f=document.createElement('iframe');f.width=320;f.height=180;f.title='Video';f.src='https://www.youtube.com/embed/abc';document.currentScript.after(f)</script>";
const FB = 'connect.facebook.net/en_US/fbevents.js';
const GA = 'www.googletagmanager.com/gtag/js';
const HJ = 'static.hotjar.com/c/hotjar-123.js';

const DENIED7 = {
  ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
  functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted',
};
const GRANTED7 = Object.fromEntries(Object.keys(DENIED7).map((k) => [k, 'granted']));
const updates = (p: Page): Promise<Record<string, string>[]> => p.evaluate(() => ((window as any).dataLayer || [])
  .filter((e: any) => e && e[0] === 'consent' && e[1] === 'update').map((e: any) => e[2]));
const lastUpdate = async (p: Page) => (await updates(p)).at(-1);
const vendorCookies = async (p: Page) => (await cookieNames(p.context())).filter((n) => !/consentry/.test(n));
const runsIn = (p: Page): Promise<string[]> => p.evaluate(() => (window as any).__runs || []);

/** Answers a vendor script after `ms` (a slow network), with the vendor's recording stub. */
function slow(host: string, path: string, service: string, ms = 400): void {
  server.route(host, path, async (_req, res, hit) => {
    await new Promise((r) => setTimeout(r, ms));
    res.setHeader('Content-Type', 'text/javascript');
    res.end(stubScript(new URL(hit.url), VENDORS.find((v) => v.service === service)));
  });
}

async function visit(html: string, path = '/p'): Promise<Page> {
  server.page(path, html);
  const p = await browser.page();
  await p.goto(SITE + path);
  return p;
}

describe('fault 1: one service switched on grants that service only', () => {
  test('Customize → Advertising → Meta Pixel only → Save grants Meta Pixel alone: TikTok and YouTube stay held, no other advertising service, ad signals denied', async () => {
    const p = await visit(page(META + TIKTOK + TAGGED_AD, YOUTUBE_BY_CODE));
    const log = collectConsole(p);
    await p.getByRole('button', { name: 'Customize' }).click();
    const ads = p.locator('.cy-cat', { has: p.getByRole('heading', { name: 'Advertising' }) });
    await ads.locator('summary').click();
    const metaSwitch = ads.getByRole('switch', { name: /meta/i });
    await metaSwitch.click();
    // The purpose says it is partly on, in words tied to its switch, and the switch is not on.
    const purpose = p.getByRole('switch', { name: 'Advertising' });
    await expect.poll(() => purpose.getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => p.locator('#cy-c-advertising-p').textContent()).toBe('Partly on (1 of 2 services)');
    expect(await purpose.getAttribute('aria-describedby')).toContain('cy-c-advertising-p');
    await p.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => vendorRuns(p), { timeout: 5000 }).toContain(FB);
    const r = await p.evaluate(() => Consentry.getConsent());
    expect(r.categories.advertising).toBe(false);
    expect(r.services['meta-pixel']).toBe(true);
    for (const s of ['tiktok-pixel', 'google-ads', 'criteo', 'pinterest', 'youtube']) expect(r.services[s]).toBe(false);
    expect(await p.evaluate(() => [Consentry.hasConsent('advertising', 'tiktok-pixel'), Consentry.hasConsent('advertising'), Consentry.hasConsent('advertising', 'meta-pixel')]))
      .toEqual([false, false, true]);
    expect(await lastUpdate(p)).toEqual(DENIED7);
    // A tagged script naming no service waits for the purpose as a whole; one naming Meta Pixel runs.
    expect(await runsIn(p)).toEqual(['meta-tagged']);
    await server.quiet(200);
    expect(server.hitsTo('www.youtube.com')).toEqual([]);
    expect(server.hitsTo('analytics.tiktok.com')).toEqual([]);
    expect(log.pageErrors).toEqual([]);

    // The next page: the same answer from the stored record, and the preference centre shows it.
    server.reset();
    await p.reload();
    await expect.poll(() => vendorRuns(p), { timeout: 5000 }).toContain(FB);
    await server.quiet(200);
    expect(server.hitsTo('www.youtube.com')).toEqual([]);
    expect(server.hitsTo('analytics.tiktok.com')).toEqual([]);
    expect(await runsIn(p)).toEqual(['meta-tagged']);
    await p.evaluate(() => Consentry.showPreferences());
    await expect.poll(() => p.locator('#cy-c-advertising-p').textContent()).toBe('Partly on (1 of 2 services)');
  });

  test('setConsent({ services: { meta-pixel: true } }) grants no Google ad signal and runs no tagged script without data-service', async () => {
    const p = await visit(page(META + TAGGED_AD, '', QUIET));
    await p.evaluate(() => Consentry.setConsent({ services: { 'meta-pixel': true } }));
    await expect.poll(() => vendorRuns(p), { timeout: 5000 }).toContain(FB);
    expect(await lastUpdate(p)).toEqual(DENIED7);
    expect(await runsIn(p)).toEqual(['meta-tagged']);
    // The purpose switched on as a whole releases the rest.
    await p.evaluate(() => Consentry.setConsent({ categories: { advertising: true } }));
    await expect.poll(() => runsIn(p)).toEqual(['meta-tagged', 'advertising-no-service']);
    expect(await lastUpdate(p)).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
  });

  test('Consent Mode: analytics_storage follows the Google analytics services the site uses, never another vendor', async () => {
    const p = await visit(page(GTAG + HOTJAR + META, '', QUIET));
    await p.evaluate(() => Consentry.setConsent({ services: { hotjar: true, 'meta-pixel': true } }));
    expect(await lastUpdate(p)).toEqual(DENIED7);
    await p.evaluate(() => Consentry.setConsent({ services: { ga4: true } }));
    expect(await lastUpdate(p)).toEqual({ ...DENIED7, analytics_storage: 'granted' });
    await expect.poll(() => vendorRuns(p), { timeout: 5000 }).toContain(GA);
    // The site also uses Universal Analytics (met now, not granted): analytics_storage is denied again.
    const before = (await updates(p)).length;
    await p.evaluate(() => {
      const s = document.createElement('script');
      s.src = 'https://www.google-analytics.com/analytics.js';
      document.head.appendChild(s);
    });
    await expect.poll(() => updates(p).then((u) => u.length)).toBe(before + 1);
    expect(await lastUpdate(p)).toEqual(DENIED7);
    // Google Ads granted by itself: the three ad types; a functional service alone: not the functional types.
    await p.evaluate(() => Consentry.setConsent({ services: { 'ga-universal': true, 'google-ads': true, 'google-maps': true } }));
    expect(await lastUpdate(p)).toEqual({ ...DENIED7, analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    await p.evaluate(() => Consentry.setConsent({ categories: { functional: true } }));
    expect(await lastUpdate(p)).toMatchObject({ functionality_storage: 'granted', personalization_storage: 'granted' });
  });

  test('accept all grants every Consent Mode type; reject all none', async () => {
    const p = await visit(page('', '', QUIET));
    await p.evaluate(() => Consentry.acceptAll());
    expect(await lastUpdate(p)).toEqual(GRANTED7);
    await p.evaluate(() => Consentry.rejectAll());
    expect(await lastUpdate(p)).toEqual(DENIED7);
  });
});

describe('fault 5: a returning visitor with the inline gtag snippet above consentry.js', () => {
  const order = (q: unknown) => (q as any[]).slice(0, 4).map((e) => (e[0] === 'consent' ? [e[0], e[1], e[2]] : [e[0], e[0] === 'config' ? e[1] : typeof e[1]]));
  const head = GTAG_INLINE + '<script src="/dist/consentry.js"></script>' + GTAG;
  const raw = (cfg: object) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title><script type="application/json" id="consentry-config">${JSON.stringify(cfg)}</script>${head}</head><body></body></html>`;

  test.each([
    ['accepted all', () => Consentry.acceptAll(), GRANTED7],
    ['granted GA4 alone', () => Consentry.setConsent({ services: { ga4: true } }), { ...DENIED7, analytics_storage: 'granted' }],
  ])('who %s: gtag.js reads [default, update, js, config]', async (_, decide, expected) => {
    const p = await visit(raw(QUIET));
    await p.evaluate(decide);
    await expect.poll(() => vendorRuns(p), { timeout: 5000 }).toContain(GA);
    server.reset();
    await p.reload();
    await expect.poll(() => vendorSeen(p).then((s) => s.length)).toBeGreaterThan(0);
    const seen = (await vendorSeen(p)).find((s) => s.service === 'ga4')!;
    expect(order(seen.queue)).toEqual([
      ['consent', 'default', { ...DENIED7, wait_for_update: 500 }],
      ['consent', 'update', expected],
      ['js', 'string'], // a Date, as the stub copies it through JSON
      ['config', 'G-TEST'],
    ]);
  });
});

describe('fault 3: withdrawal while a tracker is loading or running', () => {
  test('acceptAll, then rejectAll 50 ms later, vendors answering in 400 ms: GA4, Meta and Hotjar never run, leave nothing, and the page does not reload', async () => {
    slow('www.googletagmanager.com', '/gtag/js', 'ga4');
    slow('connect.facebook.net', '/en_US/fbevents.js', 'meta-pixel');
    slow('static.hotjar.com', '/c/hotjar-123.js', 'hotjar');
    const p = await visit(page(GTAG + META + HOTJAR, '', QUIET));
    const log = collectConsole(p);
    await p.evaluate(() => {
      (window as any).__mark = 1;
      Consentry.acceptAll();
      return new Promise((ok) => setTimeout(() => ok(Consentry.rejectAll()), 50));
    });
    await Promise.all([GA, FB, HJ].map((h) => server.waitForHit(h)));
    await server.quiet(300);
    expect(await vendorRuns(p)).toEqual([]);
    expect(await vendorCookies(p)).toEqual([]);
    expect(await p.evaluate(() => (window as any).__mark)).toBe(1); // nothing ran: no reload ('auto')
    expect(server.hitsTo('/g/collect')).toEqual([]);
    // Granted again, the held trackers run.
    await p.evaluate(() => Consentry.acceptAll());
    await expect.poll(async () => (await vendorRuns(p)).sort(), { timeout: 5000 }).toEqual([FB, GA, HJ].sort());
    expect(log.pageErrors).toEqual([]);
  });

  test('an SVG <script href> released and still loading when consent is withdrawn never runs; granted again, it runs once', async () => {
    slow('www.clarity.ms', '/tag/abc123', 'clarity', 1500);
    server.page('/p', page('', `<svg id="g" width="1" height="1"></svg><script>var s=document.createElementNS('http://www.w3.org/2000/svg','script');
      s.setAttribute('href','https://www.clarity.ms/tag/abc123');document.getElementById('g').appendChild(s)</script>`, QUIET));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE + '/p');
    const loaded = p.waitForEvent('requestfinished', (r) => r.url().includes('/tag/abc123'));
    await p.evaluate(() => { (window as any).__mark = 1; void Consentry.acceptAll(); });
    // Withdrawn while its file is on the way; then the file arrives.
    await server.waitForHit('www.clarity.ms/tag/abc123');
    await p.evaluate(() => Consentry.rejectAll());
    await loaded;
    await server.quiet(300);
    expect(await vendorRuns(p)).toEqual([]);
    expect(await p.evaluate(() => (window as any).__mark)).toBe(1); // nothing ran: no reload
    expect(await p.evaluate(() => document.querySelectorAll('#g script[type="text/plain"][data-href]').length)).toBe(1);
    await p.evaluate(() => Consentry.acceptAll());
    await expect.poll(() => vendorRuns(p)).toEqual(['www.clarity.ms/tag/abc123']);
    expect(log.pageErrors).toEqual([]);
  });

  test('Hotjar held inside a srcdoc frame, released, then withdrawn while it is still loading: it never runs there, and runs once when granted again', async () => {
    slow('static.hotjar.com', '/c/hotjar-123.js', 'hotjar');
    // The frame's run log is the page's.
    const doc = '<script>window.__vendorRuns=parent.__vendorRuns=parent.__vendorRuns||[]</scr' + 'ipt>' + HOTJAR;
    const p = await visit(page('', `<script>var f=document.createElement('iframe');f.onload=function(){window.__loaded=1};f.srcdoc=${JSON.stringify(doc).replace(/<\//g, '<\\/')};document.body.appendChild(f);</script>`, QUIET));
    const log = collectConsole(p);
    await p.waitForFunction('window.__loaded');
    await p.evaluate(() => {
      (window as any).__mark = 1;
      Consentry.acceptAll();
      return new Promise((ok) => setTimeout(() => ok(Consentry.rejectAll()), 50));
    });
    await server.waitForHit(HJ);
    await server.quiet(600);
    expect(await vendorRuns(p)).toEqual([]);
    expect(await p.evaluate(() => (window as any).__mark)).toBe(1); // nothing ran: no reload
    await p.evaluate(() => Consentry.acceptAll());
    await expect.poll(() => vendorRuns(p), { timeout: 5000 }).toEqual([HJ]);
    expect(log.pageErrors).toEqual([]);
  });

  test('a returning visitor who withdraws while GA4 is still loading: it never runs', async () => {
    slow('www.googletagmanager.com', '/gtag/js', 'ga4', 1500);
    server.page('/p', page(GTAG, '', QUIET));
    const p = await browser.page();
    await p.goto(SITE + '/p');
    await p.evaluate(() => Consentry.acceptAll());
    await expect.poll(() => vendorRuns(p), { timeout: 5000 }).toContain(GA);
    server.reset();
    await p.goto(SITE + '/p', { waitUntil: 'domcontentloaded' });
    await p.evaluate(() => {
      (window as any).__mark = 1;
      return Consentry.rejectAll();
    });
    await server.waitForHit(GA);
    await server.quiet(300);
    expect(await vendorRuns(p)).toEqual([]);
    expect(await vendorCookies(p)).toEqual([]);
    expect(await p.evaluate(() => (window as any).__mark)).toBe(1);
  });

  test('GTM still loading above consentry.js (necessary in the catalogue), filed under analytics by the site: it never runs before a choice; granted, it runs once', async () => {
    slow('www.googletagmanager.com', '/gtm.js', 'gtm', 600);
    const config = { ...QUIET, services: { gtm: { category: 'analytics' } } };
    server.page('/p', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>`
      + '<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-TEST"></script>'
      + `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>`
      + '<script src="/dist/consentry.js"></script></head><body><h1>Shop</h1></body></html>');
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE + '/p');
    await server.waitForHit('www.googletagmanager.com/gtm.js');
    await server.quiet(800);
    expect(await vendorRuns(p)).toEqual([]);
    // Held again in its place, in the held form.
    expect(await p.evaluate(() => document.querySelectorAll('head script[type="text/plain"][data-service="gtm"][data-category="analytics"]').length)).toBe(1);
    await p.evaluate(() => Consentry.acceptAll());
    await expect.poll(() => vendorRuns(p), { timeout: 5000 }).toEqual(['www.googletagmanager.com/gtm.js']);
    expect(log.pageErrors).toEqual([]);
  });

  test("reloadOnWithdraw 'auto' (default): a withdrawn service that ran reloads the page once; after it nothing runs and its cookies are gone", async () => {
    slow('www.googletagmanager.com', '/gtag/js', 'ga4', 0);
    const p = await visit(page(GTAG, '', QUIET));
    await p.evaluate(() => Consentry.acceptAll());
    await expect.poll(() => vendorRuns(p), { timeout: 5000 }).toContain(GA);
    await expect.poll(() => vendorCookies(p)).toContain('_ga');
    // The reload may destroy the page's context before the evaluation answers: only the load counts.
    await Promise.all([p.waitForEvent('load'), p.evaluate(() => void Consentry.rejectAll()).catch(() => {})]);
    await server.quiet(200);
    expect(await vendorRuns(p)).toEqual([]);
    expect(await vendorCookies(p)).toEqual([]);
  });

  test('reloadOnWithdraw false: no reload; the cookies of the withdrawn service are removed, also those it writes after running', async () => {
    slow('www.googletagmanager.com', '/gtag/js', 'ga4', 0);
    const p = await visit(page(GTAG, '', { ...QUIET, reloadOnWithdraw: false }));
    await p.evaluate(() => Consentry.setConsent({ categories: { analytics: true } }));
    await expect.poll(() => vendorCookies(p)).toContain('_ga');
    await p.evaluate(() => {
      (window as any).__mark = 1;
      return Consentry.setConsent({ categories: { analytics: false } });
    });
    // The decision resolves once the clean-up it started (from its chunk) is done.
    expect(await vendorCookies(p)).toEqual([]);
    expect(await p.evaluate(() => (window as any).__mark)).toBe(1);
  });
});

test('a decision resolves once the clean-up it started is done, even when the clean-up file arrives late', async () => {
  // consentry.js from a folder of its own, whose clean-up file is answered 500 ms late (a slow network).
  server.route('shop.test', /^\/lateclean\/consentry[\w-]*\.js$/, async (_req, res, hit) => {
    const file = new URL(hit.url).pathname.slice('/lateclean/'.length);
    if (file === 'consentry-clean.js') await new Promise((r) => setTimeout(r, 500));
    res.setHeader('Content-Type', 'text/javascript');
    res.end(readFileSync(new URL(`../../dist/${file}`, import.meta.url)));
  });
  const p = await visit(page('', '', QUIET).replace('/dist/consentry.js', '/lateclean/consentry.js'), '/late-clean');
  await p.context().addCookies([{ name: '_ga', value: 'GA1.1.1.1', url: SITE }, { name: '_fbp', value: 'fb.1.1.1', url: SITE }]);
  await p.evaluate(() => Consentry.rejectAll());
  // No wait: the refused services' cookies are gone when the promise resolves.
  expect(await vendorCookies(p)).toEqual([]);
  await p.evaluate(() => Consentry.reset());
  expect(server.hitsTo('/lateclean/consentry-clean.js')).toHaveLength(1);
  await p.context().close();
});

test('a released frame of a withdrawn service is unloaded and gets its placeholder back (reloadOnWithdraw false)', async () => {
  const p = await visit(page('', YOUTUBE, { ...QUIET, reloadOnWithdraw: false }));
  await p.evaluate(() => Consentry.setConsent({ services: { youtube: true } }));
  await server.waitForHit('www.youtube.com/embed/abc');
  await expect.poll(() => p.evaluate(() => document.querySelector('iframe')!.getAttribute('src')), { timeout: 5000 }).toBe('https://www.youtube.com/embed/abc');
  await p.evaluate(() => Consentry.setConsent({ services: { youtube: false } }));
  await expect.poll(() => p.evaluate(() => document.querySelector('iframe')!.getAttribute('src'))).toBe('about:blank');
  await expect.poll(() => p.getByRole('button', { name: 'Allow YouTube' }).count()).toBe(1);
  // Allowed again from its placeholder, it loads again.
  server.reset();
  await p.getByRole('button', { name: 'Allow YouTube' }).click();
  await server.waitForHit('www.youtube.com/embed/abc');
});

// Signals in Chromium (SPEC §9): Google Consent Mode v2 ahead of every Google tag, vendor consent
// calls in the order each vendor needs, and Global Privacy Control. Vendor scripts are the
// recording stubs of vendors.ts, served from each vendor's own host.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  WAIT, collectConsole, cookieNames, launch, startServer, vendorSeen, VENDORS, type Launched, type TestServer, type VendorSpec,
} from './harness';
import { stubScript } from './vendors';

declare const Consentry: any;

let server: TestServer;
let browser: Launched;
const SITE = () => server.origin('www.shop.test', 'https');

const uet = VENDORS.find((v) => v.service === 'microsoft-uet')!;
const EXTRA_VENDORS: VendorSpec[] = [
  // bat.js defines the UET constructor that the snippet calls on load; this one keeps the queue
  // as it is (an array), so that the test reads every command that reached it.
  { ...uet, plan: (u) => ({ ...uet.plan!(u), extra: 'w.UET=function(o){return o.q};' }) },
  // Shopify's feature loader and customer privacy API, recording each call in window.__shopify.
  {
    service: 'shopify',
    hosts: ['cdn.shopify.com'],
    scripts: ['/shopifycloud/'],
    plan: () => ({
      extra: "w.Shopify=w.Shopify||{};w.__shopify=[];w.Shopify.loadFeatures=function(f,cb){w.__shopify.push(['loadFeatures',f]);"
        + "setTimeout(function(){w.Shopify.customerPrivacy={setTrackingConsent:function(v,done){w.__shopify.push(['setTrackingConsent',v]);setTimeout(done)}};cb()})};",
    }),
  },
];

beforeAll(async () => {
  server = await startServer({ vendors: EXTRA_VENDORS });
  browser = await launch(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(() => server.next());

// ---- pages ----------------------------------------------------------------------------------

const CONSENTRY = '<script src="/dist/consentry.js"></script>';
const config = (c: object) => `<script type="application/json" id="consentry-config">${JSON.stringify({ ui: { autoShow: false }, ...c })}</script>`;
const html = (head: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>${head}</head><body><h1>Shop</h1></body></html>`;

const GTAG_LOADER = (id = 'G-TEST') => `<script async src="https://www.googletagmanager.com/gtag/js?id=${id}"></script>`;
const GTAG_INLINE = (...ids: string[]) => `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());${ids.map((i) => `gtag('config','${i}');`).join('')}</script>`;
// The GTM container (a stub) loads gtag.js as a GA4 tag in a container would.
const GTM_ID = 'GTM-TEST&then=' + encodeURIComponent('https://www.googletagmanager.com/gtag/js?id=G-TEST');
const GTM = `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f)})(window,document,'script','dataLayer','${GTM_ID}');</script>`;

// The vendors' own snippets, in the shape each vendor documents (what matters: which global
// they create, when they create their queue, what they push before their script loads).
const SNIPPETS = {
  meta: "<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','1234');fbq('track','PageView');</script>",
  tiktok: "<script>!function(w,d,t){w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=['page','track','identify','holdConsent','revokeConsent','grantConsent'];ttq.setAndDefer=function(o,m){o[m]=function(){o.push([m].concat([].slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.load=function(id){var s=d.createElement('script');s.async=!0;s.src='https://analytics.tiktok.com/i18n/pixel/events.js?sdkid='+id+'&lib='+t;var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x)};ttq.load('TT1');ttq.page()}(window,document,'ttq');</script>",
  uet: "<script>(function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:'5678'};o.q=w[u],w[u]=new UET(o),w[u].push('pageLoad')},n=d.createElement(t),n.src=r,n.async=1,n.onload=function(){f()},i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,'script','https://bat.bing.com/bat.js','uetq');</script>",
  clarity: "<script>(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src='https://www.clarity.ms/tag/'+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y)})(window,document,'clarity','script','cl1');</script>",
  matomo: "<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);(function(){var u='https://cdn.matomo.cloud/shop.matomo.cloud/';_paq.push(['setSiteId','1']);var d=document,g=d.createElement('script'),s=d.getElementsByTagName('script')[0];g.async=true;g.src=u+'matomo.js';s.parentNode.insertBefore(g,s)})();</script>",
  shopify: "<script>window.Shopify=window.Shopify||{};Shopify.shop='shop.myshopify.com';</script><script src=\"https://cdn.shopify.com/shopifycloud/storefront/load_feature.js\"></script>",
};
const ALL_VENDORS = Object.values(SNIPPETS).join('\n');
// Records every command that reaches each vendor's queue from here on, whatever later drains the
// queue (blocking drops the events a refused vendor had queued): the calls as the vendor got them.
const RECORDER = '<script>window.__calls={};function __rec(n,q){if(!q)return;var l=__calls[n]=[].slice.call(q),op=q.push;'
  + 'q.push=function(){l.push.apply(l,arguments);return op.apply(this,arguments)}}'
  + "__rec('meta',window.fbq&&fbq.queue);__rec('tiktok',window.ttq);__rec('uet',window.uetq);__rec('clarity',window.clarity&&clarity.q);__rec('matomo',window._paq)</script>";

// ---- reading the page -----------------------------------------------------------------------

const DENIED7 = {
  ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
  functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted',
};
const GRANTED7 = Object.fromEntries(Object.keys(DENIED7).map((k) => [k, 'granted']));
const DEFAULT = ['consent', 'default', { ...DENIED7, wait_for_update: 500 }];

/** Consent Mode commands in window.dataLayer, with whether each is an `arguments` object. */
const consentCommands = (p: Page): Promise<{ args: boolean; cmd: any[] }[]> => p.evaluate(() => ((window as any).dataLayer || [])
  .filter((e: any) => e && e[0] === 'consent')
  .map((e: any) => ({ args: Object.prototype.toString.call(e) === '[object Arguments]', cmd: Array.from(e) })));
const updates = async (p: Page) => (await consentCommands(p)).filter((c) => c.cmd[1] === 'update').map((c) => c.cmd[2]);

/** The calls each vendor received, in order (see RECORDER; Shopify's stub records its own). */
const calls = (p: Page) => p.evaluate(() => {
  const w = window as any;
  const c = w.__calls || {};
  const list = (q: any) => (q ? q.map((e: any) => (e && typeof e === 'object' && typeof e.length === 'number' ? Array.from(e) : e)) : null);
  return {
    meta: list(c.meta), tiktok: list(c.tiktok), uet: list(c.uet), clarity: list(c.clarity), matomo: list(c.matomo),
    shopify: w.__shopify || null,
  };
});
/** What each vendor's queue holds now (for snippets placed before Consentry, where no recorder runs first). */
const queues = (p: Page) => p.evaluate(() => {
  const w = window as any;
  const list = (q: any) => (q ? Array.from(q, (e: any) => (e && typeof e === 'object' && typeof e.length === 'number' ? Array.from(e) : e)) : null);
  return { meta: list(w.fbq && w.fbq.queue), tiktok: list(w.ttq), matomo: list(w._paq) };
});

const ran = (p: Page, service: string) => p.waitForFunction((s) => ((window as any).__vendorSeen || []).some((v: any) => v.service === s), service, { timeout: WAIT });

async function open(page: Page, head: string, path = '/') {
  server.page(path, html(head));
  await page.goto(SITE() + path);
  await page.evaluate(() => Consentry.init().catch(() => null));
}

// ---- Google Consent Mode v2 -----------------------------------------------------------------

describe('Google Consent Mode v2', () => {
  const ORDERS: [string, string][] = [
    ['Consentry first', config({}) + CONSENTRY + GTAG_LOADER() + GTAG_INLINE('G-TEST')],
    ['gtag first', config({}) + GTAG_INLINE('G-TEST') + CONSENTRY + GTAG_LOADER()],
    ['GTM first', config({}) + GTM + CONSENTRY],
  ];

  test.each(ORDERS)('%s: the default is the first Consent Mode entry before any Google tag runs', async (_, head) => {
    // gtm.js comes from a third-party host: it arrives after the first-party consentry.js.
    server.route('www.googletagmanager.com', '/gtm.js', async (req, res, hit) => {
      await new Promise((r) => setTimeout(r, 300));
      res.setHeader('Content-Type', 'text/javascript');
      res.end(stubScript(new URL(hit.url), VENDORS.find((v) => v.service === 'gtm')));
    });
    const p = await browser.page();
    const log = collectConsole(p);
    await open(p, head);
    expect((await consentCommands(p))[0]).toEqual({ args: true, cmd: DEFAULT });
    await p.evaluate(() => Consentry.acceptAll());
    await ran(p, 'ga4');
    const google = (await vendorSeen(p)).filter((v) => v.host === 'www.googletagmanager.com');
    expect(google.length).toBeGreaterThan(0);
    for (const seen of google) {
      // The first entry of the dataLayer the tag found is Consentry's default…
      expect(seen.firstDataLayerEntry).toEqual(DEFAULT);
      // …and so is the first Consent Mode command in it.
      const first = (seen.queue as any[]).find((e) => e && e[0] === 'consent');
      expect(first).toEqual(DEFAULT);
    }
    expect(await updates(p)).toEqual([GRANTED7]);
    expect(log.pageErrors).toEqual([]);
  });

  test('each decision pushes exactly one update with the seven types, from the categories', async () => {
    const p = await browser.page();
    await open(p, config({}) + CONSENTRY);
    expect(await updates(p)).toEqual([]); // no choice yet: the default stands
    await p.evaluate(() => Consentry.acceptAll());
    expect(await updates(p)).toEqual([GRANTED7]);
    await p.evaluate(() => Consentry.setConsent({ categories: { functional: true, analytics: false, advertising: false } }));
    await p.evaluate(() => Consentry.setConsent({ categories: { analytics: true } }));
    await p.evaluate(() => Consentry.setConsent({ categories: { advertising: true, functional: false } }));
    await p.evaluate(() => Consentry.rejectAll());
    await p.evaluate(() => Consentry.reset());
    const u = await updates(p);
    expect(u).toHaveLength(6);
    expect(u[1]).toEqual({ ...DENIED7, functionality_storage: 'granted', personalization_storage: 'granted' });
    expect(u[2]).toEqual({ ...DENIED7, functionality_storage: 'granted', personalization_storage: 'granted', analytics_storage: 'granted' });
    expect(u[3]).toEqual({ ...DENIED7, analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    expect(u[4]).toEqual(DENIED7); // reject all
    expect(u[5]).toEqual(DENIED7); // reset
    expect((await consentCommands(p)).every((c) => c.args)).toBe(true);
    expect((await consentCommands(p)).filter((c) => c.cmd[1] === 'default')).toHaveLength(1);
  });

  test('a returning visit has the default then one update in place before the next script runs', async () => {
    const p = await browser.page();
    const head = config({}) + CONSENTRY
      + "<script>window.__atStart=dataLayer.filter(function(e){return e[0]==='consent'}).map(function(e){return [e[1],e[2]]})</script>";
    await open(p, head);
    await p.evaluate(() => Consentry.setConsent({ categories: { analytics: true } }));
    await p.reload();
    expect(await p.evaluate(() => (window as any).__atStart)).toEqual([
      ['default', DEFAULT[2]],
      ['update', { ...DENIED7, analytics_storage: 'granted' }],
    ]);
  });

  test('a decision in another tab pushes exactly one update in this one', async () => {
    server.page('/', html(config({}) + CONSENTRY));
    const ctx = await browser.context();
    const [a, b] = [await ctx.newPage(), await ctx.newPage()];
    for (const p of [a, b]) {
      await p.goto(SITE() + '/');
      await p.evaluate(() => Consentry.init());
    }
    await a.evaluate(() => Consentry.acceptAll());
    await expect.poll(() => updates(b)).toEqual([GRANTED7]);
    await a.evaluate(() => Consentry.setConsent({ categories: { advertising: false } }));
    // Exactly one more update: a duplicate would show as a third entry.
    await expect.poll(() => updates(b)).toEqual([GRANTED7, { ...GRANTED7, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }]);
    await b.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await updates(b)).toHaveLength(2);
  });

  const BASIC = () => config({}) + CONSENTRY + GTAG_LOADER() + GTAG_INLINE('G-TEST', 'AW-1234');

  test('basic mode: Google tags run only after acceptance, and find the update already there', async () => {
    const p = await browser.page();
    await open(p, BASIC());
    await server.quiet(200, 3000);
    expect(await vendorSeen(p)).toEqual([]);
    expect(server.hitsTo(/google-analytics|doubleclick/).map((h) => h.url)).toEqual([]);
    expect(await cookieNames(p.context(), SITE())).toEqual([]);
    await p.evaluate(() => Consentry.acceptAll());
    await ran(p, 'ga4');
    const [seen] = await vendorSeen(p);
    expect(seen.firstDataLayerEntry).toEqual(DEFAULT);
    expect(seen.granted).toBe(true);
    await server.waitForHit('www.google-analytics.com/g/collect');
    expect(await cookieNames(p.context(), SITE())).toContain('_ga');
  });

  test('basic mode: a tagged Google tag, or one loaded by code, makes no request to Google before acceptance', async () => {
    // Tagged as SPEC §5 describes; an untagged <script src> written in the HTML can be fetched
    // (never run) by the preload scanner before any script runs: see README.md (Blocking).
    const tagged = '<script type="text/plain" data-category="analytics" data-service="ga4" async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>';
    const byCode = "<script>var s=document.createElement('script');s.async=true;s.src='https://www.googletagmanager.com/gtag/js?id=AW-1234';document.head.appendChild(s)</script>";
    const p = await browser.page();
    await open(p, config({}) + CONSENTRY + tagged + GTAG_INLINE('G-TEST', 'AW-1234') + byCode);
    await server.quiet(200, 3000);
    expect(server.hitsTo(/google|doubleclick/).map((h) => h.url)).toEqual([]);
    await p.evaluate(() => Consentry.acceptAll());
    await server.waitForHit((h) => h.url.includes('gtag/js?id=AW-1234'));
    await server.waitForHit((h) => h.url.includes('gtag/js?id=G-TEST'));
    await p.waitForFunction(() => (window as any).__vendorSeen?.length === 2, null, { timeout: WAIT });
    for (const seen of await vendorSeen(p)) {
      expect(seen.firstDataLayerEntry).toEqual(DEFAULT);
      expect(seen.granted).toBe(true);
    }
  });

  test('advanced mode: the Google tag loads at once, sees everything denied, and sets no cookie', async () => {
    const p = await browser.page();
    await open(p, config({ consentMode: { mode: 'advanced' } }) + CONSENTRY + GTAG_LOADER() + GTAG_INLINE('G-TEST'));
    await ran(p, 'ga4');
    const [seen] = await vendorSeen(p);
    expect(seen.firstDataLayerEntry).toEqual(DEFAULT);
    expect(seen.granted).toBe(false);
    const ping = await server.waitForHit('www.google-analytics.com/g/collect');
    expect(ping.url).toContain('stub_granted=0'); // cookieless ping
    expect(await cookieNames(p.context(), SITE())).not.toContain('_ga');
    await p.evaluate(() => Consentry.setConsent({ categories: { analytics: true } }));
    await p.waitForFunction(() => document.cookie.indexOf('_ga=') >= 0, null, { timeout: WAIT });
    expect(await updates(p)).toEqual([{ ...DENIED7, analytics_storage: 'granted' }]);
  });

  test('consentMode: false pushes no Consent Mode command and defines nothing', async () => {
    const p = await browser.page();
    await open(p, config({ consentMode: false }) + CONSENTRY);
    await p.evaluate(() => Consentry.acceptAll());
    expect(await p.evaluate(() => [typeof (window as any).gtag, (window as any).dataLayer])).toEqual(['undefined', undefined]);
  });

  test('a site that assigns a new dataLayer array after Consentry keeps the default first', async () => {
    const p = await browser.page();
    await open(p, config({}) + CONSENTRY + "<script>var dataLayer = [{ pageType: 'product' }];</script>" + GTM);
    await ran(p, 'gtm');
    const [seen] = await vendorSeen(p);
    expect(seen.firstDataLayerEntry).toEqual(DEFAULT);
    expect((seen.queue as any[]).slice(1, 3)).toMatchObject([{ pageType: 'product' }, { event: 'gtm.js' }]);
  });
});

// ---- vendor consent calls -------------------------------------------------------------------

describe('vendor consent calls', () => {
  // Autoblock off: the vendors' scripts run before any choice, so only their consent API holds them.
  const PAGE = config({ autoblock: false }) + CONSENTRY + ALL_VENDORS + RECORDER;
  const ALL_RAN = ['meta-pixel', 'tiktok-pixel', 'microsoft-uet', 'clarity', 'matomo', 'shopify'];

  const DENIED_CLARITY = { ad_Storage: 'denied', analytics_Storage: 'denied' };
  const GRANTED_CLARITY = { ad_Storage: 'granted', analytics_Storage: 'granted' };
  const SHOPIFY_FEATURE = ['loadFeatures', [{ name: 'consent-tracking-api', version: '0.1' }]];
  const shopify = (v: boolean) => ['setTrackingConsent', { analytics: v, marketing: v, preferences: v, sale_of_data: v }];
  const START = {
    meta: [['consent', 'revoke'], ['init', '1234'], ['track', 'PageView']],
    tiktok: [['holdConsent'], ['page']],
    uet: ['consent', 'default', { ad_storage: 'denied' }, 'pageLoad'],
    clarity: [['consentv2', DENIED_CLARITY]],
    matomo: [['requireConsent'], ['trackPageView'], ['enableLinkTracking'], ['setSiteId', '1']],
    shopify: [],
  };
  const SCENARIOS: [string, string[], object][] = [
    ['no choice', [], START],
    ['reject', ['rejectAll'], {
      ...START,
      tiktok: [...START.tiktok, ['revokeConsent']],
      shopify: [SHOPIFY_FEATURE, shopify(false)],
    }],
    ['accept', ['acceptAll'], {
      meta: [...START.meta, ['consent', 'grant']],
      tiktok: [...START.tiktok, ['grantConsent']],
      uet: [...START.uet, 'consent', 'update', { ad_storage: 'granted' }],
      clarity: [...START.clarity, ['consentv2', GRANTED_CLARITY]],
      matomo: [...START.matomo, ['setConsentGiven']],
      shopify: [SHOPIFY_FEATURE, shopify(true)],
    }],
    ['withdraw', ['acceptAll', 'rejectAll'], {
      meta: [...START.meta, ['consent', 'grant'], ['consent', 'revoke']],
      tiktok: [...START.tiktok, ['grantConsent'], ['revokeConsent']],
      uet: [...START.uet, 'consent', 'update', { ad_storage: 'granted' }, 'consent', 'update', { ad_storage: 'denied' }],
      clarity: [...START.clarity, ['consentv2', GRANTED_CLARITY], ['consentv2', DENIED_CLARITY]],
      matomo: [...START.matomo, ['setConsentGiven'], ['forgetConsentGiven']],
      shopify: [SHOPIFY_FEATURE, shopify(true), SHOPIFY_FEATURE, shopify(false)],
    }],
  ];

  test.each(SCENARIOS)('%s: each vendor receives its calls in order', async (_, steps, expected) => {
    const p = await browser.page();
    const log = collectConsole(p);
    await open(p, PAGE);
    for (const s of ALL_RAN) await ran(p, s);
    // On arrival every vendor found itself refused (or held) by its own consent API.
    const seen = await vendorSeen(p);
    for (const s of ALL_RAN.filter((x) => x !== 'shopify')) expect(seen.find((v) => v.service === s)!.granted, s).toBe(false);
    for (const step of steps) await p.evaluate((m) => Consentry[m](), step);
    // Shopify's loader answers asynchronously: poll until every expected call has arrived.
    await expect.poll(() => calls(p)).toEqual(expected);
    const jar = await cookieNames(p.context(), SITE());
    if (steps.length === 1 && steps[0] === 'acceptAll') {
      // The vendors acted on the grant: their first-party cookies are there.
      for (const c of ['_fbp', '_ttp', '_uetsid', '_clck', '_pk_ses.1.c0de']) expect(jar).toContain(c);
    } else if (steps.length < 2) {
      expect(jar.filter((c) => !/^(__Host-)?consentry$/.test(c))).toEqual([]);
    }
    expect(log.pageErrors).toEqual([]);
  });

  test('a returning visitor who accepted: the grant is the first call each vendor receives', async () => {
    const p = await browser.page();
    await open(p, PAGE);
    await p.evaluate(() => Consentry.acceptAll());
    await p.reload();
    for (const s of ALL_RAN) await ran(p, s);
    expect(await calls(p)).toEqual({
      meta: [['consent', 'grant'], ['init', '1234'], ['track', 'PageView']],
      tiktok: [['grantConsent'], ['page']],
      uet: ['consent', 'default', { ad_storage: 'granted' }, 'pageLoad'],
      clarity: [['consentv2', GRANTED_CLARITY]],
      matomo: [['requireConsent'], ['setConsentGiven'], ['trackPageView'], ['enableLinkTracking'], ['setSiteId', '1']],
      shopify: [], // Shopify keeps its own copy: no request per page view
    });
    expect((await vendorSeen(p)).filter((v) => v.service !== 'shopify').every((v) => v.granted)).toBe(true);
  });

  test('snippets placed before Consentry still get the call ahead of their own commands', async () => {
    const p = await browser.page();
    await open(p, config({ autoblock: false }) + SNIPPETS.meta + SNIPPETS.matomo + SNIPPETS.tiktok + CONSENTRY);
    const c = await queues(p);
    expect(c.meta![0]).toEqual(['consent', 'revoke']);
    expect(c.matomo![0]).toEqual(['requireConsent']);
    expect(c.tiktok![0]).toEqual(['holdConsent']);
  });

  test('with autoblock, a held-back vendor runs after acceptance and finds its grant queued', async () => {
    const p = await browser.page();
    await open(p, config({}) + CONSENTRY + SNIPPETS.meta + SNIPPETS.tiktok);
    await server.quiet(200, 3000);
    expect(server.hitsTo(/facebook|tiktok/).map((h) => h.url)).toEqual([]);
    await p.evaluate(() => Consentry.acceptAll());
    await ran(p, 'meta-pixel');
    await ran(p, 'tiktok-pixel');
    const seen = await vendorSeen(p);
    expect(seen.find((v) => v.service === 'meta-pixel')).toMatchObject({
      granted: true, queue: [['consent', 'revoke'], ['init', '1234'], ['track', 'PageView'], ['consent', 'grant']],
    });
    expect(seen.find((v) => v.service === 'tiktok-pixel')).toMatchObject({ granted: true });
  });

  test('a service the site removed from its config is left alone', async () => {
    const p = await browser.page();
    await open(p, config({ autoblock: false, services: { 'meta-pixel': false } }) + CONSENTRY + SNIPPETS.meta + RECORDER);
    await p.evaluate(() => Consentry.rejectAll());
    expect((await calls(p)).meta).toEqual([['init', '1234'], ['track', 'PageView']]);
  });
});

// ---- Global Privacy Control -----------------------------------------------------------------

describe('Global Privacy Control', () => {
  const gpcPage = async () => {
    const p = await browser.page();
    await p.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
    return p;
  };

  test('accept all leaves advertising denied and stores gpc: true; an explicit grant is honoured', async () => {
    const p = await gpcPage();
    await open(p, config({ autoblock: false }) + CONSENTRY + SNIPPETS.meta + RECORDER);
    const r = await p.evaluate(() => Consentry.acceptAll());
    expect(r).toMatchObject({ gpc: true, categories: { necessary: true, functional: true, analytics: true, advertising: false } });
    expect(r.services['meta-pixel']).toBe(false);
    expect(await updates(p)).toEqual([{ ...GRANTED7, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }]);
    expect((await calls(p)).meta).toEqual([['consent', 'revoke'], ['init', '1234'], ['track', 'PageView']]);
    // The stored choice keeps the flag and the refusal across pages.
    await p.reload();
    expect(await p.evaluate(() => Consentry.getConsent())).toMatchObject({ gpc: true, categories: { advertising: false } });
    // The visitor turns advertising on themselves: that is honoured.
    const g = await p.evaluate(() => Consentry.setConsent({ categories: { advertising: true } }));
    expect(g).toMatchObject({ gpc: true, categories: { advertising: true } });
    expect((await updates(p)).at(-1)).toEqual(GRANTED7);
    expect((await calls(p)).meta!.at(-1)).toEqual(['consent', 'grant']);
  });

  test('GPC alone is never consent: nothing is granted and no vendor hears a grant', async () => {
    const p = await gpcPage();
    await open(p, config({ autoblock: false }) + CONSENTRY + SNIPPETS.meta + SNIPPETS.tiktok + RECORDER);
    expect(await p.evaluate(() => [Consentry.getConsent(), Consentry.hasConsent('advertising')])).toEqual([null, false]);
    expect(await updates(p)).toEqual([]);
    const c = await calls(p);
    expect(c.meta![0]).toEqual(['consent', 'revoke']);
    expect(c.tiktok![0]).toEqual(['holdConsent']);
  });
});

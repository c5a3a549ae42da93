// Consent integrity in Chromium: a choice is never widened or revived by a stale, planted or
// partial copy of the cookie, tabs and stores converge, and every decision is in the history.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { resolveConfig } from '../../src/core/config';
import { decode } from '../../src/core/record';
import { encode, makeRecord } from '../../src/core/record-write';
import { readConsent } from '../../src/server';
import type { ConsentryConfig } from '../../src/core/types';
import { cookies, idbDump, launch, startServer, type Launched, type TestServer } from './harness';

declare const Consentry: any;

let server: TestServer;
let browser: Launched;

beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
  // The server side reads what Chromium sends, several copies included.
  server.route('*', '/server', (req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(readConsent(req, { config: JSON.parse(decodeURIComponent(new URL(req.url!, 'http://x').searchParams.get('c') || '%7B%7D')) })));
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(() => server.reset());

const GA4 = 'https://www.googletagmanager.com/gtag/js?id=G-TEST';
const META = 'https://connect.facebook.net/en_US/fbevents.js';
/** Tagged trackers: nothing is requested unless granted (no preload-scanner request). */
const TRACKERS = `
<script type="text/plain" data-category="analytics" data-service="ga4" async data-src="${GA4}"></script>
<script type="text/plain" data-category="advertising" data-service="meta-pixel" async data-src="${META}"></script>`;

const html = (config: object, extra = '') => `<!doctype html><html lang="en"><head>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script>
<script>window.__atStart = Consentry.getConsent();</script>
${extra}
</head><body><h1>Shop</h1></body></html>`;

/** Every copy of the consent cookie in the context, whatever its name or domain. */
const copies = async (ctx: BrowserContext) => (await cookies(ctx)).filter((c) => /^(__Host-)?consentry$/.test(c.name));

const ready = (p: Page) => p.evaluate(() => Consentry.init());
const durable = async (p: Page) => ((await idbDump(p, 'consentry')).consentry?.consent[0]?.value ?? null) as any;

/** A well-formed cookie value, as another subdomain or an older page could write it. */
function value(config: ConsentryConfig, method: 'accept-all' | 'reject-all', id?: string, at = Date.now()): string {
  const cfg = resolveConfig(config);
  const all = method === 'accept-all';
  const cats = Object.fromEntries(cfg.categories.map((c) => [c.name, all || c.readOnly]));
  const svcs = Object.fromEntries(Object.keys(cfg.services).map((k) => [k, all]));
  const r = makeRecord(cfg, method, cats, svcs, 'en', false, null, at);
  if (id) r.id = id;
  return encode(r, cfg);
}

describe('stale and broader copies of the cookie', () => {
  for (const scheme of ['http', 'https'] as const) {
    test(`a stale accept-all cookie left on the host never runs a tracker after reject-all on the parent domain (${scheme})`, async () => {
      const own = { ui: { autoShow: false } };
      const shared = { ui: { autoShow: false }, cookie: { domain: 'shop.test' } };
      server.page('/own', html(own));
      server.page('/shared', html(shared));
      server.page('/shop', html(shared, TRACKERS));
      const origin = server.origin('www.shop.test', scheme);
      const p = await browser.page();
      await p.goto(origin + '/own');
      await ready(p);
      await p.evaluate(() => Consentry.acceptAll());
      const [old] = await copies(p.context());
      expect(old.name).toBe(scheme === 'https' ? '__Host-consentry' : 'consentry');

      await p.goto(origin + '/shared');
      await ready(p);
      const r = await p.evaluate(() => Consentry.rejectAll());
      // The write removed the host-only copy: one copy is left, on the shared domain.
      expect((await copies(p.context())).map((c) => [c.name, c.domain])).toEqual([['consentry', '.shop.test']]);

      // A copy that could not be removed (another path, a failed write) comes back, listed first.
      await p.context().addCookies([{ ...old }]);
      expect((await copies(p.context())).length).toBe(2);
      server.reset();
      await p.goto(origin + '/shop');
      expect(await p.evaluate(() => (window as any).__atStart)).toMatchObject({ categories: { functional: false, analytics: false, advertising: false } });
      expect(await ready(p)).toEqual(r);
      await server.quiet();
      expect(server.vendorHits().map((h) => h.url)).toEqual([]);
      // Once IndexedDB confirmed the latest decision, the stale copy is gone.
      await expect.poll(async () => (await copies(p.context())).map((c) => c.name)).toEqual(['consentry']);
    });
  }

  test('a consent cookie planted on the parent domain by another subdomain is never obeyed on https', async () => {
    server.page('/', html({}, TRACKERS));
    const ctx = await browser.context();
    await ctx.addCookies([{ name: 'consentry', value: encodeURIComponent(value({}, 'accept-all')), domain: '.shop.test', path: '/', secure: true, sameSite: 'Lax' }]);
    const p = await ctx.newPage();
    await p.goto(server.origin('www.shop.test', 'https') + '/');
    expect(await p.evaluate(() => (window as any).__atStart)).toBeNull();
    expect(await ready(p)).toBeNull();
    // The visitor is asked: the banner shows, and nothing ran.
    await p.waitForSelector('#consentry .cy-banner');
    await server.quiet();
    expect(server.vendorHits().map((h) => h.url)).toEqual([]);
    expect(await p.evaluate(() => Consentry.hasConsent('analytics'))).toBe(false);
    // The planted copy is removed where the page can reach it.
    await expect.poll(async () => (await copies(ctx)).length).toBe(0);
  });

  test('another subdomain cannot plant the __Host- cookie that https pages trust', async () => {
    server.page('/', html({ ui: { autoShow: false } }));
    const p = await browser.page();
    await p.goto(server.origin('other.shop.test', 'https') + '/');
    // A sibling trying the prefixed name with a Domain is refused by the browser itself.
    const set = await p.evaluate((v) => {
      document.cookie = `__Host-consentry=${v}; Domain=shop.test; Path=/; Secure; SameSite=Lax`;
      return document.cookie;
    }, encodeURIComponent(value({}, 'accept-all')));
    expect(set).not.toContain('__Host-consentry');
    const q = await p.context().newPage();
    await q.goto(server.origin('www.shop.test', 'https') + '/');
    expect(await ready(q)).toBeNull();
  });

  test('a copy under the pre-migration name grants nothing until IndexedDB confirms the same record id', async () => {
    server.page('/', html({ ui: { autoShow: false } }, TRACKERS));
    const origin = server.origin('www.shop.test', 'https');
    const p = await browser.page();
    await p.goto(origin + '/');
    await ready(p);
    const r = await p.evaluate(() => Consentry.acceptAll());
    const [mine] = await copies(p.context());
    await server.waitForHit(GA4.replace('https://', '').split('?')[0]);
    // As an older version wrote it: the bare name, host-only.
    await p.context().clearCookies();
    await p.context().addCookies([{ ...mine, name: 'consentry' }]);
    server.reset();
    await p.reload();
    expect(await p.evaluate(() => (window as any).__atStart)).toBeNull();
    expect(await ready(p)).toEqual(r);
    await server.waitForHit('www.googletagmanager.com/gtag/js');
    expect((await copies(p.context())).map((c) => c.name)).toEqual(['__Host-consentry']);

    // Without a matching record in IndexedDB, the same copy is never obeyed.
    const q = await browser.page();
    await q.context().addCookies([{ ...mine, name: 'consentry' }]);
    server.reset();
    await q.goto(origin + '/');
    expect(await ready(q)).toBeNull();
    await server.quiet();
    expect(server.vendorHits().map((h) => h.url)).toEqual([]);
  });

  test('accepting 45 advertising partners, then switching 40 off: the cookie holds the refusals, and no refused partner runs on the next page', async () => {
    const ids = Array.from({ length: 45 }, (_, i) => `partner-network-number-${String(i).padStart(2, '0')}`);
    const config = { ui: { autoShow: false }, reloadOnWithdraw: false, services: Object.fromEntries(ids.map((k) => [k, { category: 'advertising' }])) };
    const tag = (k: string) => `<script type="text/plain" data-category="advertising" data-service="${k}" data-src="/s/${k}.js"></script>`;
    server.page('/', html(config, tag(ids[0]) + tag(ids[44])));
    const p = await browser.page();
    await p.goto(server.origin('www.shop.test', 'https') + '/');
    await ready(p);
    await p.evaluate(() => Consentry.setConsent({ categories: { advertising: true } }));
    await server.waitForHit(`/s/${ids[0]}.js`);
    const r = await p.evaluate((s) => Consentry.setConsent({ services: s }), Object.fromEntries(ids.slice(0, 40).map((k) => [k, false])));
    // A partly granted purpose is stored as refused with its 5 granted partners: that fits.
    const jar = await copies(p.context());
    expect(jar).toHaveLength(1);
    const seen = decode(decodeURIComponent(jar[0].value), resolveConfig(config))!;
    expect(seen.services).toEqual(r.services);
    server.reset();
    await p.reload();
    expect(await p.evaluate(() => (window as any).__atStart.services)).toMatchObject({ [ids[0]]: false, [ids[44]]: true });
    await server.waitForHit(`/s/${ids[44]}.js`);
    await server.quiet();
    expect(server.hitsTo(`/s/${ids[0]}.js`)).toEqual([]);
  });

  test('a choice too large for a 1 KB cookie leaves no broader copy: a refused partner never runs on the next page', async () => {
    // ~45 advertising partners with long ids: keeping 40 of them (a partly granted purpose lists
    // each granted service) no longer fits a cookie.
    const ids = Array.from({ length: 45 }, (_, i) => `partner-network-number-${String(i).padStart(2, '0')}`);
    // The page is not reloaded on withdrawal, so that the record can be read right after it.
    const config = { ui: { autoShow: false }, reloadOnWithdraw: false, services: Object.fromEntries(ids.map((k) => [k, { category: 'advertising' }])) };
    const tag = (k: string) => `<script type="text/plain" data-category="advertising" data-service="${k}" data-src="/s/${k}.js"></script>`;
    server.page('/', html(config, tag(ids[0]) + tag(ids[44])));
    const origin = server.origin('www.shop.test', 'https');
    const p = await browser.page();
    await p.goto(origin + '/');
    await ready(p);
    await p.evaluate(() => Consentry.setConsent({ categories: { advertising: true } }));
    await server.waitForHit(`/s/${ids[0]}.js`);
    const off = Object.fromEntries(ids.slice(0, 5).map((k) => [k, false]));
    const r = await p.evaluate((s) => Consentry.setConsent({ services: s }), off);
    expect(r.services[ids[0]]).toBe(false);
    expect(r.services[ids[44]]).toBe(true);

    // The cookie is a summary that refuses the partly granted purpose as a whole.
    const jar = await copies(p.context());
    expect(jar).toHaveLength(1);
    expect(jar[0].value.length).toBeLessThan(1024);
    const seen = decode(decodeURIComponent(jar[0].value), resolveConfig(config))!;
    expect(seen.categories.advertising).toBe(false);
    expect(seen.services[ids[44]]).toBe(false);
    // A server reading it refuses too.
    const c = JSON.parse(await p.evaluate((u) => fetch(u).then((x) => x.text()), `/server?c=${encodeURIComponent(JSON.stringify(config))}`));
    expect(c.services[ids[0]]).toBe(false);

    server.reset();
    await p.reload();
    expect(await p.evaluate(() => (window as any).__atStart.services)).toMatchObject({ [ids[0]]: false, [ids[44]]: false });
    // IndexedDB completes the answer: the partner the visitor kept runs, late; the refused one never.
    expect(await ready(p)).toEqual(r);
    await server.waitForHit(`/s/${ids[44]}.js`);
    await server.quiet();
    expect(server.hitsTo(`/s/${ids[0]}.js`)).toEqual([]);
  });
});

describe('consentry/server', () => {
  test('among several copies Chromium sends, the server obeys only what all grant, and GPC as the browser does', async () => {
    server.page('/', html({ ui: { autoShow: false }, cookie: { domain: 'shop.test' } }));
    const p = await browser.page();
    await p.goto(server.origin('www.shop.test', 'http') + '/');
    await ready(p);
    const r = await p.evaluate(() => Consentry.rejectAll());
    await p.context().addCookies([{ name: 'consentry', value: encodeURIComponent(value({}, 'accept-all', r.id)), domain: 'www.shop.test', path: '/' }]);
    expect(await copies(p.context())).toHaveLength(2);
    const c = await p.evaluate(() => fetch('/server').then((x) => x.json()));
    expect(c.categories).toEqual({ necessary: true, functional: false, analytics: false, advertising: false });
    const necessary = resolveConfig({}).categories.find((x) => x.readOnly)!.services;
    expect(Object.keys(c.services).filter((k) => c.services[k] && !necessary.includes(k))).toEqual([]);

    // An advertising grant made while GPC was on stands under Sec-GPC: 1; one made without it does not.
    const gpcHeader = { extraHTTPHeaders: { 'Sec-GPC': '1' } };
    const q = await browser.page(gpcHeader);
    await q.goto(server.origin('www.shop.test', 'http') + '/');
    await ready(q);
    await q.evaluate(() => Consentry.acceptAll());
    const plain = await q.evaluate(() => fetch('/server').then((x) => x.json()));
    expect(plain.categories.advertising).toBe(false);
    expect(plain.categories.analytics).toBe(true);
    const gpc = await browser.page(gpcHeader);
    await gpc.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await gpc.goto(server.origin('www.shop.test', 'http') + '/');
    await ready(gpc);
    await gpc.evaluate(() => Consentry.setConsent({ categories: { advertising: true } }));
    expect(await gpc.evaluate(() => Consentry.hasConsent('advertising'))).toBe(true);
    const kept = await gpc.evaluate(() => fetch('/server').then((x) => x.json()));
    expect(kept.categories.advertising).toBe(true);
  });
});

describe('tabs and history', () => {
  for (const first of ['accept', 'reject'] as const) {
    test(`two tabs deciding opposite choices at the same millisecond converge on the one granting fewer services (${first} first)`, async () => {
      server.page('/', html({ ui: { autoShow: false } }, TRACKERS));
      const origin = server.origin('www.shop.test', 'https');
      const ctx = await browser.context();
      const T = Date.now();
      // Both tabs' clocks read the same millisecond.
      await ctx.addInitScript((t) => { Date.now = () => t; }, T);
      const a = await ctx.newPage();
      const b = await ctx.newPage();
      for (const x of [a, b]) { await x.goto(origin + '/'); await ready(x); }
      const acc = () => a.evaluate(() => Consentry.acceptAll());
      const rej = () => b.evaluate(() => Consentry.rejectAll());
      await Promise.all(first === 'accept' ? [acc(), rej()] : [rej(), acc()]);
      for (const x of [a, b]) await expect.poll(() => x.evaluate(() => Consentry.getConsent().method)).toBe('reject-all');
      await expect.poll(async () => (await durable(a))?.record?.method).toBe('reject-all');
      await expect.poll(async () => decode(decodeURIComponent((await copies(ctx))[0].value))?.method).toBe('reject-all');
      // Both decisions are evidence.
      expect((await durable(a)).history.map((h: any) => h.method).sort()).toEqual(['accept-all', 'reject-all']);
      server.reset();
      const c = await ctx.newPage();
      await c.goto(origin + '/');
      expect((await ready(c)).method).toBe('reject-all');
      await server.quiet();
      expect(server.vendorHits().map((h) => h.url)).toEqual([]);
    });
  }

  test('an exact tie between two tabs is broken the same way in every tab and store', async () => {
    const config = { ui: { autoShow: false }, categories: { chat: { title: 'Chat' }, maps: { title: 'Maps' } }, services: { 'chat-box': { category: 'chat' }, 'map-box': { category: 'maps' } } };
    server.page('/', html(config));
    const origin = server.origin('www.shop.test', 'https');
    const ctx = await browser.context();
    await ctx.addInitScript((t) => { Date.now = () => t; }, Date.now());
    const a = await ctx.newPage();
    const b = await ctx.newPage();
    for (const x of [a, b]) { await x.goto(origin + '/'); await ready(x); }
    // The same visitor (same id), the same number of grants, the same millisecond.
    await a.evaluate(() => Consentry.rejectAll());
    await expect.poll(() => b.evaluate(() => !!Consentry.getConsent())).toBe(true);
    await Promise.all([
      a.evaluate(() => Consentry.setConsent({ categories: { chat: true } })),
      b.evaluate(() => Consentry.setConsent({ categories: { maps: true } })),
    ]);
    const pick = (x: Page) => x.evaluate(() => JSON.stringify(Consentry.getConsent().categories));
    await expect.poll(async () => (await pick(a)) === (await pick(b))).toBe(true);
    const won = JSON.parse(await pick(a));
    await expect.poll(async () => (await durable(a))?.record?.categories).toEqual(won);
    await expect.poll(async () => decode(decodeURIComponent((await copies(ctx))[0].value))?.categories).toEqual(won);
  });

  test('a decision followed at once by a reload is in the IndexedDB history', async () => {
    server.page('/', html({ ui: { autoShow: false } }));
    const p = await browser.page();
    await p.goto(server.origin('www.shop.test', 'https') + '/');
    await ready(p);
    await p.evaluate(() => Consentry.rejectAll());
    const loaded = p.waitForEvent('load');
    await p.evaluate(() => {
      Consentry.acceptAll();
      location.reload();
    }).catch(() => {}); // the reload may end the evaluation
    await loaded;
    const r = await ready(p);
    expect(r.method).toBe('accept-all');
    await expect.poll(async () => (await durable(p))?.history?.map((h: any) => h.method)).toEqual(['reject-all', 'accept-all']);
    expect((await durable(p)).record).toEqual(r);
  });
});

describe('the change event', () => {
  test('changed lists only what the decision changed for the site: its categories and the services it declared or met', async () => {
    // Withdrawing analytics after GA4 ran would reload the page ('auto'); this test reads events.
    const config = { ui: { autoShow: false }, reloadOnWithdraw: false, services: { 'shop-chat': { category: 'functional', hosts: ['chat.shop.test'] } } };
    server.page('/', html(config, TRACKERS));
    const p = await browser.page();
    await p.goto(server.origin('www.shop.test', 'https') + '/');
    await ready(p);
    await p.evaluate(() => {
      (window as any).__changed = [];
      Consentry.on('change', (d: any) => (window as any).__changed.push(d.changed));
    });
    await p.evaluate(() => Consentry.acceptAll());
    await p.evaluate(() => Consentry.setConsent({ categories: { analytics: false } }));
    await p.evaluate(() => Consentry.setConsent({ categories: { analytics: false } }));
    const got = await p.evaluate(() => (window as any).__changed);
    const sort = (x: any) => ({ categories: [...x.categories].sort(), services: [...x.services].sort() });
    expect(got.map(sort)).toEqual([
      { categories: ['advertising', 'analytics', 'functional'], services: ['ga4', 'meta-pixel', 'shop-chat'] },
      { categories: ['analytics'], services: ['ga4'] },
      { categories: [], services: [] },
    ]);
  });
});

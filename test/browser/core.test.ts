// The consent core in a real browser: storage, restoration, revisions, tabs and storage faults,
// on a page holding only the script tag.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { WAIT, collectConsole, cookies, idbDump, launch, startServer, type Launched, type TestServer } from './harness';

let server: TestServer;
let browser: Launched;
const SITE = () => server.origin('www.shop.test', 'https');

const page = (config?: object, extra = '') => `<!doctype html><html lang="en"><head>
${config ? `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>` : ''}
<script src="/dist/consentry.js"></script>
<script>window.__atStart = { record: Consentry.getConsent(), state: document.readyState };</script>
${extra}
</head><body><h1>Shop</h1></body></html>`;

beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(() => server.next());

async function open(p: Page, path = '/') {
  await p.goto(SITE() + path);
  await p.evaluate(() => Consentry.init());
}

declare const Consentry: any;

describe('storage in Chromium', () => {
  test('acceptAll stores a cookie and an IndexedDB record matching SPEC §7', async () => {
    server.page('/', page({ revision: 1, ui: { autoShow: false } }));
    const p = await browser.page();
    const log = collectConsole(p);
    await open(p);
    const r = await p.evaluate(() => Consentry.acceptAll());
    expect(r).toMatchObject({ schema: 2, revision: 1, method: 'accept-all', locale: 'en', gpc: false });
    expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.categories).toEqual({ necessary: true, functional: true, analytics: true, advertising: true });
    expect(Date.parse(r.expiresAt) - Date.parse(r.updatedAt)).toBe(182 * 864e5);
    for (const k of ['createdAt', 'updatedAt', 'expiresAt']) expect(new Date(r[k]).toISOString()).toBe(r[k]);

    const jar = (await cookies(p.context())).filter((c) => c.name === '__Host-consentry');
    expect(jar).toHaveLength(1);
    expect(jar[0]).toMatchObject({ domain: 'www.shop.test', path: '/', sameSite: 'Lax', secure: true, httpOnly: false });
    expect(jar[0].value.length).toBeLessThan(1024);
    expect(Math.abs(jar[0].expires * 1000 - Date.parse(r.expiresAt))).toBeLessThan(2000);

    const db = await idbDump(p, 'consentry');
    const state = db.consentry.consent.find((e) => e.key === 'state')!.value as any;
    expect(state.record).toEqual(r);
    expect(state.history).toEqual([r]);
    expect(log.errors).toEqual([]);
  });

  test('over http the cookie is not Secure', async () => {
    server.page('/', page({ ui: { autoShow: false } }));
    const p = await browser.page();
    await p.goto(server.origin('www.shop.test', 'http') + '/');
    await p.evaluate(() => Consentry.rejectAll());
    const c = (await cookies(p.context())).find((x) => x.name === 'consentry')!;
    expect(c.secure).toBe(false);
  });

  test('after reload getConsent() returns the record synchronously, before DOMContentLoaded', async () => {
    server.page('/', page({ ui: { autoShow: false } }));
    const p = await browser.page();
    await open(p);
    const r = await p.evaluate(() => Consentry.setConsent({ categories: { analytics: true } }));
    await p.reload();
    const start = await p.evaluate(() => (window as any).__atStart);
    expect(start.state).toBe('loading');
    expect(start.record).toEqual(r);
    // and no banner for a returning visitor: the interface chunk is never requested
    await server.quiet(150, 2000);
    expect(server.hitsTo(/consentry-ui/)).toEqual([]);
  });

  test('a second tab on the same origin receives the change without a reload', async () => {
    server.page('/', page({ ui: { autoShow: false } }));
    const ctx = await browser.context();
    const [a, b] = [await ctx.newPage(), await ctx.newPage()];
    await open(a);
    await open(b);
    // The listener's page stays the same page throughout: the change reaches it without a reload.
    await b.evaluate(() => {
      (window as any).__changes = [];
      Consentry.on('change', (d: any) => (window as any).__changes.push({ d }));
    });
    const r = await a.evaluate(() => Consentry.setConsent({ categories: { functional: true } }));
    await b.waitForFunction(() => (window as any).__changes.length > 0, null, { timeout: WAIT });
    const changes = await b.evaluate(() => (window as any).__changes);
    expect(changes).toHaveLength(1);
    expect(changes[0].d.record).toEqual(r);
    expect(await b.evaluate(() => Consentry.hasConsent('functional'))).toBe(true);
    // a withdrawal travels too
    await a.evaluate(() => Consentry.rejectAll());
    await b.waitForFunction(() => !Consentry.hasConsent('functional'), null, { timeout: WAIT });
  });

  test('a deleted IndexedDB database is restored from the cookie', async () => {
    server.page('/', page({ ui: { autoShow: false } }));
    const p = await browser.page();
    await open(p);
    const r = await p.evaluate(() => Consentry.acceptAll());
    await p.evaluate(() => new Promise((ok, ko) => {
      const q = indexedDB.deleteDatabase('consentry');
      q.onsuccess = ok;
      q.onerror = ko;
      q.onblocked = () => ko(new Error('deletion blocked by an open connection'));
    }));
    expect(await idbDump(p, 'consentry')).toEqual({});
    await p.reload();
    expect(await p.evaluate(() => Consentry.init())).toEqual(r);
    // The repair is written after init resolves: poll IndexedDB until it is there.
    await expect.poll(async () => ((await idbDump(p, 'consentry')).consentry?.consent?.[0]?.value as any)?.record).toEqual(r);
  });

  test('a deleted cookie is restored from IndexedDB', async () => {
    server.page('/', page({ ui: { autoShow: false } }));
    const p = await browser.page();
    await open(p);
    const r = await p.evaluate(() => Consentry.rejectAll());
    await p.context().clearCookies();
    await p.reload();
    expect(await p.evaluate(() => (window as any).__atStart.record)).toBeNull();
    expect(await p.evaluate(() => Consentry.init())).toEqual(r);
    const c = (await cookies(p.context())).find((x) => x.name === '__Host-consentry');
    expect(c).toBeDefined();
    await p.reload();
    expect(await p.evaluate(() => (window as any).__atStart.record)).toEqual(r);
  });

  test('raising revision makes getConsent() null and keeps the old record in history', async () => {
    server.page('/', page({ revision: 1, ui: { autoShow: false } }));
    server.page('/v2', page({ revision: 2, ui: { autoShow: false } }));
    const p = await browser.page();
    await open(p);
    const r1 = await p.evaluate(() => Consentry.acceptAll());
    await open(p, '/v2');
    expect(await p.evaluate(() => Consentry.getConsent())).toBeNull();
    expect(await p.evaluate(() => Consentry.hasConsent('analytics'))).toBe(false);
    const state = (await idbDump(p, 'consentry')).consentry.consent[0].value as any;
    expect(state.history).toContainEqual(r1);
    const r2 = await p.evaluate(() => Consentry.rejectAll());
    expect(r2.id).toBe(r1.id);
    const after = (await idbDump(p, 'consentry')).consentry.consent[0].value as any;
    expect(after.history).toEqual([r1, r2]);
  });

  test('with indexedDB.open throwing and cookies disabled, init() resolves and choices hold in memory', async () => {
    server.page('/', page({ ui: { autoShow: false } }));
    const p = await browser.page();
    const log = collectConsole(p);
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Emulation.setDocumentCookieDisabled', { disabled: true });
    await p.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await p.goto(SITE() + '/');
    expect(await p.evaluate(() => document.cookie = 'probe=1')).toBe('probe=1');
    expect(await p.evaluate(() => document.cookie)).toBe('');
    expect(await p.evaluate(() => Consentry.init())).toBeNull();
    const r = await p.evaluate(() => Consentry.setConsent({ categories: { analytics: true } }));
    expect(r.categories.analytics).toBe(true);
    expect(await p.evaluate(() => Consentry.hasConsent('analytics'))).toBe(true);
    expect(await p.evaluate(() => Consentry.getConsent())).toEqual(r);
    expect(log.pageErrors).toEqual([]);
  });
});

describe('script-tag set-up', () => {
  test('zero-config works: default categories, language from <html lang>, banner shown', async () => {
    server.page('/zero', page(undefined).replace('lang="en"', 'lang="fr-FR"'));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/zero');
    expect(await p.evaluate(() => Consentry.init())).toBeNull();
    await server.waitForHit(/consentry-ui\.js/, 3000);
    await server.waitForHit(/consentry-fr\.js/, 3000);
    const r = await p.evaluate(() => Consentry.rejectAll());
    expect(Object.keys(r.categories)).toEqual(['necessary', 'functional', 'analytics', 'advertising']);
    expect(r.locale).toBe('fr');
    expect(log.pageErrors).toEqual([]);
  });

  test('window.consentryConfig is used when there is no JSON block; the JSON block wins over it', async () => {
    const both = page({ revision: 7, ui: { autoShow: false } }).replace('<script src=', '<script>window.consentryConfig = { revision: 3, ui: { autoShow: false } }</script><script src=');
    const win = page(undefined).replace('<script src=', '<script>window.consentryConfig = { revision: 3, ui: { autoShow: false } }</script><script src=');
    server.page('/both', both);
    server.page('/win', win);
    const p = await browser.page();
    await p.goto(SITE() + '/win');
    expect((await p.evaluate(() => Consentry.acceptAll())).revision).toBe(3);
    await p.goto(SITE() + '/both');
    expect(await p.evaluate(() => Consentry.getConsent())).toBeNull(); // revision 7 > 3: asked again
    expect((await p.evaluate(() => Consentry.acceptAll())).revision).toBe(7);
  });

  test('data-manual disables auto-initialisation', async () => {
    server.page('/manual', page({ ui: { autoShow: false } }).replace('<script src="/dist/consentry.js">', '<script src="/dist/consentry.js" data-manual>'));
    const p = await browser.page();
    await p.goto(SITE() + '/manual');
    await p.evaluate(() => Consentry.acceptAll().catch((e: Error) => ((window as any).__err = e.message)));
    expect(await p.evaluate(() => (window as any).__err)).toContain('no valid config');
    expect((await cookies(p.context())).filter((c) => c.name === '__Host-consentry')).toEqual([]);
    expect((await p.evaluate(() => Consentry.init({ ui: { autoShow: false } })))).toBeNull();
    expect((await p.evaluate(() => Consentry.acceptAll())).method).toBe('accept-all');
  });

  test('a bad config: one console error naming the key, init rejects with it, nothing granted, no uncaught error', async () => {
    server.page('/bad', page({ expiresDays: 500 }));
    server.page('/badjson', page(undefined).replace('<script src=', '<script type="application/json" id="consentry-config">{ revision: 1 }</script><script src='));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/bad');
    const msg = await p.evaluate(() => Consentry.init().then(() => 'resolved', (e: Error) => e.message));
    expect(msg).toBe('Consentry: config.expiresDays: expected a whole number from 1 to 395, received 500');
    expect(log.errors.filter((e) => e.includes('config.expiresDays'))).toHaveLength(1);
    expect(await p.evaluate(() => Consentry.hasConsent('analytics'))).toBe(false);
    await p.goto(SITE() + '/badjson');
    const m2 = await p.evaluate(() => Consentry.init().then(() => 'resolved', (e: Error) => e.message));
    expect(m2).toMatch(/^Consentry: #consentry-config: expected valid JSON/);
    expect(log.pageErrors).toEqual([]);
  });
});

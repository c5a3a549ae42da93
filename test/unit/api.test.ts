import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearCookies, cookie, fresh, putStored, settle, stored, stubCookie } from './helpers';

const quiet = { ui: { autoShow: false } };
let errors: unknown[];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((e) => void errors.push(e));
  delete (window as any).dataLayer;
});
afterEach(() => {
  vi.restoreAllMocks();
  clearCookies();
});

describe('init', () => {
  test('resolves null on a first visit, is idempotent, and stores nothing', async () => {
    const api = await fresh();
    const p = api.init(quiet);
    expect(api.init()).toBe(p);
    expect(await p).toBeNull();
    expect(api.getConsent()).toBeNull();
    await settle();
    expect(cookie()).toBeUndefined();
    expect(await stored()).toBeUndefined();
  });
  test('a bad config rejects with the message also logged once, and nothing is granted', async () => {
    const api = await fresh();
    const onError = vi.fn();
    addEventListener('consentry:error', onError);
    await expect(api.init({ expiresDays: 999 } as any)).rejects.toThrow('config.expiresDays: expected a whole number from 1 to 395, received 999');
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('config.expiresDays');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(api.hasConsent('analytics')).toBe(false);
    expect(api.getConsent()).toBeNull();
    await expect(api.acceptAll()).rejects.toThrow('no valid config');
    expect(api.hasConsent('analytics')).toBe(false);
    removeEventListener('consentry:error', onError);
  });
  test('a bad config whose words cannot be loaded still names each key and the value received, once', async () => {
    const api = await fresh();
    const { chunks } = await import('../../src/core/chunks');
    chunks.configErrors = () => Promise.reject(new Error('could not load'));
    const onError = vi.fn();
    addEventListener('consentry:error', onError);
    await expect(api.init({ expiresDays: 999, ui: { layout: 'modal' } } as any)).rejects.toThrow(
      'config: config.expiresDays: not valid, received 999; config.ui.layout: not valid, received "modal"',
    );
    expect(errors).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(api.hasConsent('analytics')).toBe(false);
    removeEventListener('consentry:error', onError);
  });
  test('a corrected config may be given after a rejected one', async () => {
    const api = await fresh();
    await expect(api.init({ revision: 'x' } as any)).rejects.toThrow();
    expect(await api.init(quiet)).toBeNull();
  });
});

describe('decisions', () => {
  test('acceptAll stores the record in the cookie and IndexedDB and grants everything', async () => {
    const api = await fresh();
    await api.init(quiet);
    const r = await api.acceptAll();
    expect(r.method).toBe('accept-all');
    expect(Object.values(r.categories).every(Boolean)).toBe(true);
    expect(Object.values(r.services).every(Boolean)).toBe(true);
    expect(api.getConsent()).toEqual(r);
    expect(api.hasConsent('analytics')).toBe(true);
    expect(cookie()).toMatch(/^v2~/);
    const s = await stored();
    expect(s.record).toEqual(r);
    expect(s.history).toEqual([r]);
  });
  test('rejectAll refuses everything optional; necessary stays on', async () => {
    const api = await fresh();
    await api.init(quiet);
    const r = await api.rejectAll();
    expect(r.categories).toEqual({ necessary: true, functional: false, analytics: false, advertising: false });
    const { CATALOGUE } = await import('../../src/catalogue/index');
    for (const s in r.services) expect(r.services[s]).toBe(CATALOGUE[s].category === 'necessary');
    expect(api.hasConsent('necessary')).toBe(true);
    expect(api.hasConsent('analytics')).toBe(false);
  });
  test('setConsent changes only what it names and keeps the id', async () => {
    const api = await fresh();
    await api.init(quiet);
    const a = await api.setConsent({ categories: { analytics: true } });
    expect(a.method).toBe('custom');
    expect(a.categories).toMatchObject({ analytics: true, functional: false, advertising: false });
    const b = await api.setConsent({ categories: { functional: true } });
    expect(b.categories).toMatchObject({ analytics: true, functional: true, advertising: false });
    expect(b.id).toBe(a.id);
    expect(b.createdAt).toBe(a.createdAt);
    const c = await api.setConsent({ services: { ga4: false } });
    // One service off: the purpose is partly granted (false as a whole), its other services stay on.
    expect(api.hasConsent('analytics')).toBe(false);
    expect(api.hasConsent('analytics', 'ga4')).toBe(false);
    expect(api.hasConsent('analytics', 'hotjar')).toBe(true);
    expect(c.categories.analytics).toBe(false);
    expect((await stored()).history).toHaveLength(3);
  });
  test('a service tagged under another purpose than its own is granted only when both are: the tag\'s purpose as a whole and the service', async () => {
    const api = await fresh();
    await api.init(quiet);
    // YouTube is functional in the catalogue; a site tags its embed as advertising.
    await api.setConsent({ services: { youtube: true } });
    expect(api.hasConsent('functional', 'youtube')).toBe(true);
    expect(api.hasConsent('advertising', 'youtube')).toBe(false);
    await api.setConsent({ services: { youtube: false }, categories: { advertising: true } });
    expect(api.hasConsent('advertising', 'youtube')).toBe(false);
    await api.setConsent({ services: { youtube: true } });
    expect(api.hasConsent('advertising', 'youtube')).toBe(true);
    await api.acceptAll();
    expect(api.hasConsent('advertising', 'youtube')).toBe(true);
    expect(api.hasConsent('necessary', 'youtube')).toBe(true);
    await api.rejectAll();
    expect(api.hasConsent('necessary', 'youtube')).toBe(false);
  });
  test('granting one service grants that service only: its purpose is partly granted, false as a whole', async () => {
    const api = await fresh();
    await api.init(quiet);
    await api.setConsent({ services: { ga4: true } });
    expect(api.hasConsent('analytics', 'ga4')).toBe(true);
    const { CATALOGUE } = await import('../../src/catalogue/index');
    const others = Object.keys(api.getConsent()!.services).filter((s) => s !== 'ga4' && CATALOGUE[s].category !== 'necessary');
    for (const s of others) expect(api.getConsent()!.services[s]).toBe(false);
    expect(api.getConsent()!.categories).toMatchObject({ analytics: false, functional: false, advertising: false });
    expect(api.hasConsent('analytics')).toBe(false);
    expect(api.hasConsent('analytics', 'hotjar')).toBe(false);
  });
  test.each([
    [{ categories: { marketing: true } }, 'setConsent.categories.marketing: unknown category; expected one of necessary, functional, analytics, advertising'],
    [{ services: { nope: true } }, 'setConsent.services.nope: unknown service'],
    [{ categories: { analytics: 'yes' } }, 'setConsent.categories.analytics: expected true or false, received string'],
    [{ categories: { necessary: false } }, 'setConsent.categories.necessary: necessary is always on and cannot be refused'],
    [{ cats: {} }, 'setConsent.cats: unknown key'],
    [null, 'setConsent: expected { categories?, services? }, received null'],
  ])('setConsent(%j) is an error and stores nothing', async (choice, msg) => {
    const api = await fresh();
    await api.init(quiet);
    await expect(api.setConsent(choice as any)).rejects.toThrow(msg);
    expect(api.getConsent()).toBeNull();
    expect(cookie()).toBeUndefined();
  });
  test('a dismissal is a refusal', async () => {
    const api = await fresh();
    await api.init(quiet);
    const { dismiss } = await import('../../src/api');
    const r = await dismiss();
    expect(r.method).toBe('dismiss');
    expect(api.hasConsent('analytics')).toBe(false);
  });
});

describe('events', () => {
  test('ready fires once, also for late subscribers, as window event and dataLayer push', async () => {
    (window as any).dataLayer = [];
    const api = await fresh();
    const seen: unknown[] = [];
    api.on('ready', (r) => seen.push(r));
    const w = vi.fn();
    addEventListener('consentry:ready', w);
    await api.init(quiet);
    await settle();
    const late = vi.fn();
    api.on('ready', late);
    await settle();
    expect(seen).toEqual([null]);
    expect(late).toHaveBeenCalledWith(null);
    expect(w).toHaveBeenCalledTimes(1);
    expect((window as any).dataLayer).toContainEqual({ event: 'consentry_ready', consentry: { categories: null } });
    removeEventListener('consentry:ready', w);
  });
  test('change carries record, previous and what changed; handlers that throw do not break others', async () => {
    (window as any).dataLayer = [];
    const api = await fresh();
    await api.init(quiet);
    const got: any[] = [];
    api.on('change', () => {
      throw new Error('site bug');
    });
    const off = api.on('change', (d) => got.push(d));
    const a = await api.setConsent({ categories: { analytics: true } });
    const b = await api.acceptAll();
    off();
    await api.rejectAll();
    expect(got).toHaveLength(2);
    expect(got[0].previous).toBeNull();
    expect(got[0].record).toEqual(a);
    expect(got[1].previous).toEqual(a);
    expect(got[1].record).toEqual(b);
    expect(got[1].changed.categories.sort()).toEqual(['advertising', 'functional']);
    expect(errors.some((e) => String(e).includes('site bug'))).toBe(true);
    const pushes = (window as any).dataLayer.filter((e: any) => e.event === 'consentry_change');
    expect(pushes).toHaveLength(3);
    expect(pushes[2].consentry.method).toBe('reject-all');
  });
  test('on() reports unknown events and non-function handlers by name, without throwing into the page', async () => {
    const api = await fresh();
    const off = api.on('chnage' as any, () => {});
    expect(typeof off).toBe('function');
    off();
    api.on('change', 'nope' as any);
    expect(errors.map(String)).toEqual([
      'ConsentryError: Consentry: on: unknown event "chnage"; expected ready, change, show, hide or error',
      'ConsentryError: Consentry: on: handler: expected a function, received "nope"',
    ]);
  });
});

describe('whenGranted and loadScript', () => {
  test('whenGranted resolves at once when granted, or when the grant comes', async () => {
    const api = await fresh();
    await api.init(quiet);
    let done = false;
    const p = api.whenGranted('analytics').then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    await api.rejectAll();
    await settle();
    expect(done).toBe(false);
    await api.setConsent({ categories: { analytics: true } });
    await p;
    expect(done).toBe(true);
    await api.whenGranted('analytics');
    await expect(api.whenGranted('analytic')).rejects.toThrow('whenGranted: unknown category "analytic"');
    await expect(api.whenGranted('analytics', 'nope')).rejects.toThrow('whenGranted: unknown service "nope"');
  });
  test('loadScript inserts the script once, only after consent, with attributes', async () => {
    const api = await fresh();
    await api.init({ ...quiet, nonce: 'abc123' });
    const url = 'https://cdn.example.com/a.js';
    // happy-dom does not fetch scripts: the load fails, which is not what this test is about.
    api.loadScript(url, { category: 'analytics', attributes: { 'data-x': '1' } }).catch(() => {});
    api.loadScript(url, { category: 'analytics' }).catch(() => {});
    await settle();
    expect(document.querySelectorAll(`script[src="${url}"]`)).toHaveLength(0);
    await api.acceptAll();
    await settle();
    const s = document.querySelectorAll(`script[src="${url}"]`);
    expect(s).toHaveLength(1);
    expect(s[0].getAttribute('data-x')).toBe('1');
    expect((s[0] as HTMLScriptElement).nonce).toBe('abc123');
    await expect(api.loadScript('', { category: 'analytics' })).rejects.toThrow('loadScript: src: expected a URL');
    await expect(api.loadScript(url, {} as any)).rejects.toThrow('loadScript: category: expected a string, received undefined');
  });
});

describe('stored choice', () => {
  test('a returning visitor gets the record synchronously from the cookie', async () => {
    let api = await fresh();
    await api.init(quiet);
    const r = await api.setConsent({ categories: { analytics: true } });
    api = await fresh({ keepStorage: true });
    const p = api.init(quiet);
    expect(api.getConsent()).toEqual(r);
    expect(api.hasConsent('analytics')).toBe(true);
    expect(await p).toEqual(r);
  });
  test('a lost cookie is restored from IndexedDB', async () => {
    let api = await fresh();
    await api.init(quiet);
    const r = await api.acceptAll();
    clearCookies();
    api = await fresh({ keepStorage: true });
    expect(await api.init(quiet)).toEqual(r);
    expect(cookie()).toMatch(/^v2~/);
  });
  test('a lost IndexedDB record is restored from the cookie, and its decision is back in the history', async () => {
    let api = await fresh();
    await api.init(quiet);
    const r = await api.acceptAll();
    await putStored(undefined);
    api = await fresh({ keepStorage: true });
    expect(await api.init(quiet)).toEqual(r);
    await settle();
    const s = await stored();
    expect(s.record).toEqual(r);
    expect(s.history).toEqual([r]);
  });
  test('a corrupt cookie with a good IndexedDB record: the record wins and repairs the cookie', async () => {
    let api = await fresh();
    await api.init(quiet);
    const r = await api.rejectAll();
    document.cookie = '__Host-consentry=' + encodeURIComponent(cookie()!.replace('analytics:0', 'analytics:1')) + '; Path=/; Secure';
    api = await fresh({ keepStorage: true });
    const p = api.init(quiet);
    expect(api.getConsent()).toBeNull(); // tampered cookie never grants, even for a moment
    expect(await p).toEqual(r);
    expect(api.hasConsent('analytics')).toBe(false);
  });
  test('both unusable: the visitor is asked again, nothing granted', async () => {
    let api = await fresh();
    await api.init(quiet);
    await api.acceptAll();
    document.cookie = '__Host-consentry=garbage; Path=/; Secure';
    await putStored({ record: { schema: 2, id: 'nope' }, history: 'x' });
    api = await fresh({ keepStorage: true });
    expect(await api.init(quiet)).toBeNull();
    expect(api.hasConsent('analytics')).toBe(false);
  });
  test('the newer of cookie and IndexedDB wins', async () => {
    let api = await fresh();
    await api.init(quiet);
    await api.acceptAll();
    const oldCookie = cookie()!;
    await settle();
    const r2 = await api.rejectAll();
    document.cookie = '__Host-consentry=' + encodeURIComponent(oldCookie) + '; Path=/; Secure';
    api = await fresh({ keepStorage: true });
    expect(await api.init(quiet)).toEqual(r2);
  });
  test('an older schema in IndexedDB is migrated', async () => {
    const now = Date.now();
    await fresh();
    await putStored({
      record: { schema: 1, id: '0b7c2f1e-5a3d-4c2b-9e8f-1a2b3c4d5e6f', revision: 0, categories: { necessary: true, analytics: true }, method: 'custom', createdAt: now - 5000, updatedAt: now - 5000, expiresAt: now + 864e6, locale: 'en' },
      history: [],
    });
    const api = await fresh({ keepStorage: true });
    const r = await api.init(quiet);
    expect(r).not.toBeNull();
    expect(r!.schema).toBe(2);
    expect(r!.id).toBe('0b7c2f1e-5a3d-4c2b-9e8f-1a2b3c4d5e6f');
    expect(api.hasConsent('analytics')).toBe(true);
    expect(cookie()).toMatch(/^v2~0b7c2f1e/);
  });
  test('a raised revision asks again, keeps the old record in history and the same id', async () => {
    let api = await fresh();
    await api.init({ ...quiet, revision: 1 });
    const r1 = await api.acceptAll();
    api = await fresh({ keepStorage: true });
    expect(await api.init({ ...quiet, revision: 2 })).toBeNull();
    expect(api.getConsent()).toBeNull();
    expect(api.hasConsent('analytics')).toBe(false);
    expect((await stored()).history).toContainEqual(r1);
    const r2 = await api.rejectAll();
    expect(r2.id).toBe(r1.id);
    expect(r2.revision).toBe(2);
  });
  test('a raised category revision re-asks that category only', async () => {
    let api = await fresh();
    await api.init({ ...quiet, categories: { analytics: { revision: 1 } } });
    await api.acceptAll();
    api = await fresh({ keepStorage: true });
    const r = await api.init({ ...quiet, categories: { analytics: { revision: 2 } } });
    expect(r!.categories).toMatchObject({ analytics: false, functional: true, advertising: true });
    expect(api.hasConsent('analytics')).toBe(false);
    expect(api.hasConsent('functional')).toBe(true);
    const r2 = await api.setConsent({ categories: { analytics: true } });
    expect(r2.revisions).toEqual({ analytics: 2 });
    expect(api.hasConsent('analytics')).toBe(true);
  });
  test('an expired record asks again', async () => {
    let api = await fresh();
    await api.init({ ...quiet, expiresDays: 1 });
    await api.acceptAll();
    const real = Date.now;
    vi.spyOn(Date, 'now').mockImplementation(() => real() + 2 * 864e5);
    api = await fresh({ keepStorage: true });
    expect(await api.init({ ...quiet, expiresDays: 1 })).toBeNull();
  });
  test('history is bounded and keeps at least the last 20 decisions', async () => {
    const api = await fresh();
    await api.init(quiet);
    for (let i = 0; i < 60; i++) await (i % 2 ? api.acceptAll() : api.rejectAll());
    const s = await stored();
    expect(s.history.length).toBeGreaterThanOrEqual(20);
    expect(s.history.length).toBeLessThanOrEqual(50);
    expect(s.history[s.history.length - 1]).toEqual(s.record);
  });
  test('a decision made while IndexedDB is read is not overwritten by the stored one', async () => {
    let api = await fresh();
    await api.init(quiet);
    await api.acceptAll();
    api = await fresh({ keepStorage: true });
    const p = api.init(quiet);
    const mine = await api.rejectAll();
    await p;
    await settle();
    expect(api.getConsent()).toEqual(mine);
    expect((await stored()).record).toEqual(mine);
  });
});

describe('storage faults', () => {
  test('IndexedDB throwing and cookies refused: init resolves, choices hold in memory', async () => {
    const api = await fresh();
    (globalThis as any).indexedDB = { open() { throw new Error('SecurityError'); } };
    const restore = stubCookie(() => '', () => {});
    try {
      expect(await api.init(quiet)).toBeNull();
      const r = await api.setConsent({ categories: { analytics: true } });
      expect(api.getConsent()).toEqual(r);
      expect(api.hasConsent('analytics')).toBe(true);
      expect(errors.filter((e) => !String(e).includes('1 KB'))).toEqual([]);
    } finally {
      restore();
    }
  });
  test('IndexedDB that never answers does not hold init back for long', async () => {
    const api = await fresh();
    (globalThis as any).indexedDB = { open: () => ({}) };
    const t = Date.now();
    expect(await api.init(quiet)).toBeNull();
    expect(Date.now() - t).toBeLessThan(3000);
  });
});

describe('reset and version', () => {
  test('reset forgets the choice and keeps history; the next choice gets a new id', async () => {
    const api = await fresh();
    await api.init(quiet);
    const a = await api.acceptAll();
    await api.reset();
    expect(api.getConsent()).toBeNull();
    expect(api.hasConsent('analytics')).toBe(false);
    expect(cookie()).toBeUndefined();
    const s = await stored();
    expect(s.record).toBeNull();
    expect(s.history).toContainEqual(a);
    const b = await api.rejectAll();
    expect(b.id).not.toBe(a.id);
  });
  test('version is the package version', async () => {
    const api = await fresh();
    const pkg = await import('../../package.json');
    expect(api.version).toBe(pkg.version);
  });
});

describe('partly granted purposes (one service switched on never grants its purpose)', () => {
  test('switching on Meta Pixel only grants Meta Pixel: no other advertising service, not the purpose as a whole', async () => {
    const api = await fresh();
    await api.init(quiet);
    const r = await api.setConsent({ services: { 'meta-pixel': true } });
    expect(r.categories.advertising).toBe(false);
    expect(r.services['meta-pixel']).toBe(true);
    for (const s of ['tiktok-pixel', 'google-ads', 'criteo', 'pinterest']) {
      expect(r.services[s]).toBe(false);
      expect(api.hasConsent('advertising', s)).toBe(false);
    }
    expect(api.hasConsent('advertising', 'meta-pixel')).toBe(true);
    // A category asked alone (a tagged element without data-service) is granted only as a whole.
    expect(api.hasConsent('advertising')).toBe(false);
  });
  test('a purpose switched on grants every service, including services met after the decision', async () => {
    const api = await fresh();
    await api.init(quiet);
    await api.setConsent({ services: { 'meta-pixel': true } });
    const r = await api.setConsent({ categories: { advertising: true } });
    expect(r.categories.advertising).toBe(true);
    const { CATALOGUE } = await import('../../src/catalogue/index');
    for (const s in CATALOGUE) if (CATALOGUE[s].category === 'advertising') expect(r.services[s]).toBe(true);
    // A service the site declares after the decision follows the whole purpose.
    const next = await fresh({ keepStorage: true });
    await next.init({ ...quiet, services: { 'shop-ads': { category: 'advertising', hosts: ['ads.shop.test'] } } });
    expect(next.hasConsent('advertising', 'shop-ads')).toBe(true);
  });
  test('a service first met after a partly granted decision is held until granted', async () => {
    const api = await fresh();
    await api.init(quiet);
    await api.setConsent({ services: { 'meta-pixel': true } });
    const next = await fresh({ keepStorage: true });
    await next.init({ ...quiet, services: { 'shop-ads': { category: 'advertising', hosts: ['ads.shop.test'] } } });
    expect(next.hasConsent('advertising', 'meta-pixel')).toBe(true);
    expect(next.hasConsent('advertising', 'shop-ads')).toBe(false);
    await next.setConsent({ services: { 'shop-ads': true } });
    expect(next.hasConsent('advertising', 'shop-ads')).toBe(true);
    expect(next.hasConsent('advertising')).toBe(false);
  });
  test('switching one service off a whole purpose leaves it partly granted: the others stay, services met later are held', async () => {
    const api = await fresh();
    await api.init(quiet);
    await api.acceptAll();
    const r = await api.setConsent({ services: { 'tiktok-pixel': false } });
    expect(r.categories.advertising).toBe(false);
    expect(api.hasConsent('advertising', 'meta-pixel')).toBe(true);
    expect(api.hasConsent('advertising', 'tiktok-pixel')).toBe(false);
    expect(api.hasConsent('advertising')).toBe(false);
    expect(api.hasConsent('analytics')).toBe(true);
  });
  test('a record of an older version saying true for a purpose with a service refused is read as partly granted', async () => {
    const api = await fresh();
    await api.init(quiet);
    const r = await api.acceptAll();
    const old = { ...r, categories: { ...r.categories }, services: { ...r.services, 'tiktok-pixel': false } };
    await putStored({ record: old, history: [old] });
    const next = await fresh({ keepStorage: true });
    clearCookies();
    await next.init(quiet);
    expect(next.getConsent()!.categories.advertising).toBe(true);
    expect(next.hasConsent('advertising')).toBe(false);
    expect(next.hasConsent('advertising', 'meta-pixel')).toBe(true);
    expect(next.hasConsent('advertising', 'tiktok-pixel')).toBe(false);
  });
  test('under GPC, accept all grants no advertising service; an explicit service grant stands', async () => {
    (navigator as any).globalPrivacyControl = true;
    try {
      const api = await fresh();
      await api.init(quiet);
      const r = await api.acceptAll();
      expect(r.categories.advertising).toBe(false);
      expect(api.hasConsent('advertising', 'meta-pixel')).toBe(false);
      await api.setConsent({ services: { 'meta-pixel': true } });
      expect(api.hasConsent('advertising', 'meta-pixel')).toBe(true);
      expect(api.hasConsent('advertising', 'google-ads')).toBe(false);
    } finally {
      delete (navigator as any).globalPrivacyControl;
    }
  });
});

// Signals, unit level: what Consentry puts in the dataLayer and in vendor queues for each config
// and each kind of change. The same behaviours run in Chromium in test/browser/signals.test.ts.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearCookies, fresh, settle } from './helpers';

const w = window as any;
const quiet = { ui: { autoShow: false } };
const GLOBALS = ['dataLayer', 'gtag', 'fbq', '_fbq', 'ttq', 'uetq', 'clarity', '_paq', 'Shopify'];
const args = function (..._: unknown[]) {
  return arguments;
};

const DENIED7 = {
  ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
  functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted',
};
const GRANTED7 = Object.fromEntries(Object.keys(DENIED7).map((k) => [k, 'granted']));
const isArgs = (e: unknown) => Object.prototype.toString.call(e) === '[object Arguments]';
const consent = () => (w.dataLayer || []).filter((e: any) => e && e[0] === 'consent').map((e: any) => Array.from(e));
const updates = () => consent().filter((c: any) => c[1] === 'update').map((c: any) => c[2]);

let errors: unknown[];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((e) => void errors.push(e));
  for (const g of GLOBALS) delete w[g];
});
afterEach(() => {
  vi.restoreAllMocks();
  clearCookies();
  for (const g of GLOBALS) delete w[g];
  delete (navigator as any).globalPrivacyControl;
});

describe('Consent Mode default', () => {
  test('is pushed inside init as an arguments object, all denied but security, and defines gtag', async () => {
    const api = await fresh();
    const p = api.init(quiet);
    expect(w.dataLayer).toHaveLength(1);
    expect(isArgs(w.dataLayer[0])).toBe(true);
    expect(Array.from(w.dataLayer[0])).toEqual(['consent', 'default', { ...DENIED7, wait_for_update: 500 }]);
    expect(typeof w.gtag).toBe('function');
    await p;
    expect(updates()).toEqual([]); // first visit: no choice, no update
  });

  test("goes in front of what the site's gtag snippet queued before Consentry", async () => {
    w.dataLayer = [args('js', 1), args('config', 'G-1')];
    const mine = function gtag() {};
    w.gtag = mine;
    const api = await fresh();
    await api.init(quiet);
    expect(w.dataLayer.filter(isArgs).map((e: any) => e[0] + ':' + e[1])).toEqual(['consent:default', 'js:1', 'config:G-1']);
    expect(w.gtag).toBe(mine); // the site's own gtag is kept
  });

  test('goes at the end once a Google tag runs (it has replaced dataLayer.push)', async () => {
    const dl: any[] = [args('js', 1)];
    const seen: unknown[] = [];
    dl.push = (...a: unknown[]) => seen.push(...a);
    w.dataLayer = dl;
    const api = await fresh();
    await api.init(quiet);
    expect(dl).toHaveLength(1);
    expect(Array.from(seen[0] as IArguments).slice(0, 2)).toEqual(['consent', 'default']);
  });

  test('carries region, wait_for_update, ads_data_redaction and url_passthrough from the config', async () => {
    const api = await fresh();
    await api.init({ ...quiet, consentMode: { waitForUpdate: 2000, region: ['FR', 'DE'], adsDataRedaction: true, urlPassthrough: false } });
    expect(w.dataLayer.filter(isArgs).map((e: any) => Array.from(e))).toEqual([
      ['consent', 'default', { ...DENIED7, wait_for_update: 2000, region: ['FR', 'DE'] }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', false],
    ]);
  });

  test('waitForUpdate: 0 leaves wait_for_update out', async () => {
    const api = await fresh();
    await api.init({ ...quiet, consentMode: { waitForUpdate: 0 } });
    expect(Array.from(w.dataLayer[0])[2]).toEqual(DENIED7);
  });

  test('consentMode: false makes no Consent Mode call and creates no global', async () => {
    const api = await fresh();
    await api.init({ ...quiet, consentMode: false });
    await api.acceptAll();
    expect(w.dataLayer).toBeUndefined();
    expect(w.gtag).toBeUndefined();
  });

  test('a bad config still gets the all-denied default (fail closed)', async () => {
    const api = await fresh();
    await expect(api.init({ consentMode: { mode: 'sometimes' } } as any)).rejects.toThrow('config.consentMode.mode');
    expect(consent()).toEqual([['consent', 'default', { ...DENIED7, wait_for_update: 500 }]]);
    // a corrected config later: decisions then update as usual
    await api.init(quiet);
    await api.acceptAll();
    expect(updates()).toEqual([GRANTED7]);
  });

  test('a new array assigned to window.dataLayer gets the default (and the last update) in front', async () => {
    const api = await fresh();
    await api.init(quiet);
    await api.setConsent({ categories: { analytics: true } });
    w.dataLayer = [{ pageType: 'product' }];
    expect(w.dataLayer).toHaveLength(3);
    expect(Array.from(w.dataLayer[0]).slice(0, 2)).toEqual(['consent', 'default']);
    expect(Array.from(w.dataLayer[1])).toEqual(['consent', 'update', { ...DENIED7, analytics_storage: 'granted' }]);
    expect(w.dataLayer[2]).toEqual({ pageType: 'product' });
    const same = w.dataLayer;
    w.dataLayer = w.dataLayer || []; // the GTM and gtag snippets: unchanged
    expect(w.dataLayer).toBe(same);
    expect(same).toHaveLength(3);
  });
});

describe('Consent Mode updates', () => {
  test('one update per decision with the seven types mapped from the categories', async () => {
    const api = await fresh();
    await api.init(quiet);
    await api.setConsent({ categories: { functional: true } });
    await api.setConsent({ categories: { functional: false, advertising: true } });
    await api.acceptAll();
    await api.rejectAll();
    expect(updates()).toEqual([
      { ...DENIED7, functionality_storage: 'granted', personalization_storage: 'granted' },
      { ...DENIED7, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
      GRANTED7,
      DENIED7,
    ]);
    expect(w.dataLayer.filter((e: any) => e[0] === 'consent').every(isArgs)).toBe(true);
  });

  test('a returning visit: the stored choice gives one update right after the default, inside init', async () => {
    let api = await fresh();
    await api.init(quiet);
    await api.setConsent({ categories: { analytics: true } });
    await settle();
    delete w.dataLayer;
    api = await fresh({ keepStorage: true });
    api.init(quiet);
    expect(consent()).toEqual([
      ['consent', 'default', { ...DENIED7, wait_for_update: 500 }],
      ['consent', 'update', { ...DENIED7, analytics_storage: 'granted' }],
    ]);
    await settle();
    expect(updates()).toHaveLength(1);
  });

  test('reset pushes one all-denied update', async () => {
    const api = await fresh();
    await api.init(quiet);
    await api.acceptAll();
    await api.reset();
    expect(updates()).toEqual([GRANTED7, DENIED7]);
  });
});

describe('vendor consent calls', () => {
  // The queue-building part of each vendor's snippet (the loader part needs a network).
  const meta = () => {
    // Meta checks `if (f.fbq) return` first, assigns fbq, and only then creates the queue.
    if (w.fbq) return;
    const n: any = (w.fbq = function (...a: unknown[]) {
      n.callMethod ? n.callMethod(...a) : n.queue.push(args(...a));
    });
    n.push = n;
    n.queue = [];
    w.fbq('init', '1');
    w.fbq('track', 'PageView');
  };
  const list = (q: any[]) => q.map((e) => (typeof e === 'object' && e && 'length' in e ? Array.from(e) : e));
  /** Every command that reaches a queue from now on, with what it holds already (blocking drains refused queues). */
  const record = (q: any[]) => {
    const log = q.slice();
    const push = q.push;
    q.push = (...a: unknown[]) => (log.push(...a), push.apply(q, a));
    return log;
  };

  test("Meta's snippet still installs itself, and revoke is queued before its init", async () => {
    const api = await fresh();
    await api.init(quiet);
    expect('fbq' in w ? w.fbq : undefined).toBeUndefined();
    meta();
    expect(typeof w.fbq).toBe('function');
    const log = record(w.fbq.queue);
    expect(list(log)).toEqual([['consent', 'revoke'], ['init', '1'], ['track', 'PageView']]);
    await api.setConsent({ services: { 'meta-pixel': true } });
    await api.setConsent({ services: { 'meta-pixel': false } });
    expect(list(log).slice(3)).toEqual([['consent', 'grant'], ['consent', 'revoke']]);
  });

  test('once fbevents.js has run, calls go to fbq directly', async () => {
    const got: unknown[][] = [];
    w.fbq = Object.assign((...a: unknown[]) => got.push(a), { callMethod: () => {}, queue: [] });
    const api = await fresh();
    await api.init(quiet);
    await api.acceptAll();
    expect(got).toEqual([['consent', 'revoke'], ['consent', 'grant']]);
  });

  test('TikTok, UET, Clarity and Matomo queues get their first command ahead of the site’s', async () => {
    const api = await fresh();
    await api.init(quiet);
    w.ttq = w.ttq || [];
    w.ttq.push(['page']);
    w.uetq = w.uetq || [];
    w.uetq.push('pageLoad');
    w.clarity = w.clarity || function (...a: unknown[]) {
      (w.clarity.q = w.clarity.q || []).push(args(...a));
    };
    const paq = (w._paq = w._paq || []);
    paq.push(['trackPageView']);
    const [tt, ue, cl, pa] = [record(w.ttq), record(w.uetq), record(w.clarity.q), record(paq)];
    expect(list(tt)).toEqual([['holdConsent'], ['page']]);
    expect(ue).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'pageLoad']);
    expect(list(cl)).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
    expect(list(pa)).toEqual([['requireConsent'], ['trackPageView']]);
    await api.setConsent({ categories: { analytics: true } });
    expect(list(tt).slice(2)).toEqual([['revokeConsent']]);
    expect(ue.slice(4)).toEqual([]); // advertising was and stays refused
    expect(list(cl).slice(1)).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
    expect(list(pa).slice(2)).toEqual([['setConsentGiven']]);
  });

  test('a vendor that throws does not stop the others nor reach the page', async () => {
    w.fbq = Object.assign(() => {
      throw new Error('vendor bug');
    }, { callMethod: 1 });
    w._paq = [];
    const api = await fresh();
    await api.init(quiet);
    await api.acceptAll();
    expect(list(w._paq)).toEqual([['requireConsent'], ['setConsentGiven']]);
    expect(errors.map(String)).toContain('Error: vendor bug');
  });

  test('Shopify hears decisions and reset, not the restore of a stored choice', async () => {
    const calls: unknown[] = [];
    const shop = () => ({
      loadFeatures(f: unknown, cb: (e?: unknown) => void) {
        calls.push(f);
        setTimeout(() => {
          w.Shopify.customerPrivacy = { setTrackingConsent: (v: unknown, done: () => void) => (calls.push(v), done()) };
          cb();
        });
      },
    });
    w.Shopify = shop();
    let api = await fresh();
    await api.init(quiet);
    await api.setConsent({ categories: { analytics: true } });
    await settle();
    const feature = [{ name: 'consent-tracking-api', version: '0.1' }];
    expect(calls).toEqual([feature, { analytics: true, marketing: false, preferences: false, sale_of_data: false }]);
    calls.length = 0;
    w.Shopify = shop();
    api = await fresh({ keepStorage: true });
    await api.init(quiet);
    await settle();
    expect(calls).toEqual([]);
    await api.reset();
    await settle();
    expect(calls).toEqual([feature, { analytics: false, marketing: false, preferences: false, sale_of_data: false }]);
  });
});

describe('Global Privacy Control', () => {
  const gpcOn = () => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });

  test('accept all leaves advertising and its services off, records gpc, denies ad_* to Google', async () => {
    gpcOn();
    const api = await fresh();
    await api.init(quiet);
    const r = await api.acceptAll();
    expect(r.gpc).toBe(true);
    expect(r.categories).toEqual({ necessary: true, functional: true, analytics: true, advertising: false });
    expect(r.services['meta-pixel']).toBe(false);
    expect(api.hasConsent('advertising')).toBe(false);
    expect(updates()).toEqual([{ ...GRANTED7, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }]);
  });

  test('custom choices that leave advertising alone keep it off; an explicit grant is honoured', async () => {
    gpcOn();
    const api = await fresh();
    await api.init(quiet);
    expect((await api.setConsent({ categories: { analytics: true } })).categories.advertising).toBe(false);
    const r = await api.setConsent({ categories: { advertising: true } });
    expect(r).toMatchObject({ gpc: true, categories: { advertising: true } });
    expect(api.hasConsent('advertising', 'meta-pixel')).toBe(true);
    // and so is a grant of one advertising service
    const api2 = await fresh();
    await api2.init(quiet);
    const s = await api2.setConsent({ services: { 'meta-pixel': true } });
    expect(s.services['meta-pixel']).toBe(true);
    expect(s.services['tiktok-pixel']).toBe(false);
  });

  test('GPC is never consent: no record and nothing granted until the visitor chooses', async () => {
    gpcOn();
    const api = await fresh();
    expect(await api.init(quiet)).toBeNull();
    for (const c of ['functional', 'analytics', 'advertising']) expect(api.hasConsent(c)).toBe(false);
    expect(updates()).toEqual([]);
  });

  test('the stored record keeps gpc: true for the next page', async () => {
    gpcOn();
    let api = await fresh();
    await api.init(quiet);
    await api.acceptAll();
    await settle();
    api = await fresh({ keepStorage: true });
    expect(await api.init(quiet)).toMatchObject({ gpc: true, categories: { advertising: false } });
  });

  test('config gpc: false ignores the signal', async () => {
    gpcOn();
    const api = await fresh();
    await api.init({ ...quiet, gpc: false });
    const r = await api.acceptAll();
    expect(r).toMatchObject({ gpc: false, categories: { advertising: true } });
  });
});

describe('Global Privacy Control turned on after a grant made without it', () => {
  test('advertising is refused and asked again; the other choices stay; a new grant under GPC stands', async () => {
    let api = await fresh();
    await api.init(quiet);
    await api.acceptAll(); // GPC off: advertising granted
    await settle();
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    delete w.dataLayer;
    api = await fresh({ keepStorage: true });
    const r = await api.init(quiet);
    expect(r).toMatchObject({ gpc: false, categories: { functional: true, analytics: true, advertising: false } });
    expect(api.hasConsent('advertising')).toBe(false);
    expect(api.hasConsent('analytics')).toBe(true);
    expect(updates()).toEqual([{ ...GRANTED7, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }]);
    const g = await api.setConsent({ categories: { advertising: true } });
    expect(g).toMatchObject({ gpc: true, categories: { advertising: true } });
    expect(api.hasConsent('advertising')).toBe(true);
    await settle();
    api = await fresh({ keepStorage: true });
    expect(await api.init(quiet)).toMatchObject({ gpc: true, categories: { advertising: true } });
  });
});

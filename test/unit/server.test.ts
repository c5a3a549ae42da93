// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { encode, makeRecord } from '../../src/core/record-write';
import { readConsent } from '../../src/server';

const config = { revision: 2, categories: { functional: { revision: 1 } } };
const cfg = resolveConfig(config);
const NOW = Date.parse('2026-05-01T00:00:00.000Z');
function cookieFor(cats: Record<string, boolean>, services: Record<string, boolean> = {}) {
  const svc = Object.fromEntries(Object.keys(cfg.services).map((k) => [k, !!cats[cfg.services[k].category]]));
  const r = makeRecord(cfg, 'custom', { necessary: true, ...cats }, { ...svc, ...services }, 'fr', false, null, NOW);
  return 'consentry=' + encodeURIComponent(encode(r, cfg));
}

describe('readConsent', () => {
  test('reads a Cookie header', () => {
    const c = readConsent('a=1; ' + cookieFor({ analytics: true, functional: false, advertising: true }) + '; b=2', { revision: 2, now: NOW + 1 })!;
    expect(c.categories).toEqual({ necessary: true, analytics: true, functional: false, advertising: true });
    expect(c.method).toBe('custom');
    expect(c.gpc).toBe(false);
  });
  test('reads Node and Fetch requests', () => {
    const h = cookieFor({ analytics: true });
    expect(readConsent({ headers: { cookie: h } }, { revision: 2, now: NOW })!.categories.analytics).toBe(true);
    expect(readConsent({ headers: new Headers({ cookie: h }) }, { revision: 2, now: NOW })!.categories.analytics).toBe(true);
  });
  test('null for missing, malformed, expired and older-revision cookies', () => {
    const h = cookieFor({ analytics: true });
    expect(readConsent(undefined)).toBeNull();
    expect(readConsent('')).toBeNull();
    expect(readConsent('other=1')).toBeNull();
    expect(readConsent('consentry=%E0%A4%A')).toBeNull();
    expect(readConsent('consentry=v2~garbage')).toBeNull();
    expect(readConsent(h.replace('analytics%3A1', 'analytics%3A0'), { revision: 2, now: NOW })).toBeNull();
    expect(readConsent(h, { revision: 2, now: NOW + 200 * 864e5 })).toBeNull();
    expect(readConsent(h, { revision: 3, now: NOW })).toBeNull();
    expect(readConsent({ headers: {} })).toBeNull();
  });
  test('Sec-GPC: 1 forces advertising off for that request', () => {
    const h = cookieFor({ analytics: true, advertising: true });
    const c = readConsent({ headers: { cookie: h, 'sec-gpc': '1' } }, { config, now: NOW })!;
    expect(c.categories.advertising).toBe(false);
    expect(c.categories.analytics).toBe(true);
    expect(c.gpc).toBe(true);
    for (const s of cfg.categories.find((x) => x.name === 'advertising')!.services) expect(c.services[s]).toBe(false);
    expect(readConsent(new Request('https://shop.test/', { headers: { cookie: h, 'Sec-GPC': '1' } }), { revision: 2, now: NOW })!.categories.advertising).toBe(false);
  });
  test('with the config: every service, and raised category revisions re-asked', () => {
    const h = cookieFor({ analytics: true, functional: true }, { ga4: false });
    const c = readConsent(h, { config, now: NOW })!;
    expect(c.services.ga4).toBe(false);
    expect(Object.keys(c.services).length).toBe(Object.keys(cfg.services).length);
    const raised = readConsent(h, { config: { ...config, categories: { functional: { revision: 2 } } }, now: NOW })!;
    expect(raised.categories.functional).toBe(false);
    // ga4 refused: analytics is partly granted (false as a whole), its other services stay granted.
    expect(raised.categories.analytics).toBe(false);
    expect(raised.services.hotjar).toBe(true);
  });
  test('a custom cookie name', () => {
    const h = cookieFor({ analytics: true }).replace(/^consentry=/, 'cc=');
    expect(readConsent(h, { revision: 2, now: NOW })).toBeNull();
    expect(readConsent(h, { revision: 2, cookieName: 'cc', now: NOW })!.categories.analytics).toBe(true);
  });
  test('several copies grant only what all of them grant, whatever their order or name', () => {
    const accept = cookieFor({ analytics: true, functional: true, advertising: true });
    const reject = cookieFor({});
    for (const jar of [accept + '; ' + reject, reject + '; ' + accept, accept + '; __Host-' + reject]) {
      const c = readConsent(jar, { config, now: NOW })!;
      expect(c.categories).toEqual({ necessary: true, functional: false, analytics: false, advertising: false });
      expect(c.services.ga4).toBe(false);
    }
    expect(readConsent('__Host-' + accept, { config, now: NOW })!.categories.analytics).toBe(true);
    // One unreadable copy among them: no copy is obeyed.
    expect(readConsent(accept + '; consentry=v2~garbage', { config, now: NOW })).toBeNull();
  });
  test('Sec-GPC: 1 keeps an advertising grant made while GPC was on, as the browser does', () => {
    const svc = Object.fromEntries(Object.keys(cfg.services).map((k) => [k, true]));
    const r = makeRecord(cfg, 'custom', { necessary: true, advertising: true }, svc, 'en', true, null, NOW);
    const h = 'consentry=' + encodeURIComponent(encode(r, cfg));
    expect(readConsent({ headers: { cookie: h, 'sec-gpc': '1' } }, { config, now: NOW })!.categories.advertising).toBe(true);
  });
  test('a bad config is an error naming the key', () => {
    expect(() => readConsent('x=1', { config: { revision: -2 } })).toThrow('config.revision');
  });
});

describe('readConsent: partly granted purposes', () => {
  test('a purpose with only Meta Pixel on reads false as a whole, Meta Pixel true, every other service refused', () => {
    const h = cookieFor({ advertising: false }, { 'meta-pixel': true });
    for (const opts of [{ revision: 2, now: NOW, config }, { revision: 2, now: NOW }]) {
      const c = readConsent(h, opts)!;
      expect(c.categories.advertising).toBe(false);
      expect(c.services['meta-pixel']).toBe(true);
      // Without a config a service not listed follows its category: refused.
      expect(c.services['tiktok-pixel'] ?? c.categories.advertising).toBe(false);
      expect(c.services['google-ads'] ?? c.categories.advertising).toBe(false);
    }
  });
  test('an older record saying true for a purpose with a service refused reads as partly granted', () => {
    const h = cookieFor({ advertising: true }, { 'tiktok-pixel': false });
    for (const opts of [{ revision: 2, now: NOW, config }, { revision: 2, now: NOW }]) {
      const c = readConsent(h, opts)!;
      expect(c.categories.advertising).toBe(false);
      expect(c.services['tiktok-pixel']).toBe(false);
      expect(c.services['meta-pixel'] ?? c.categories.advertising).toBe(true);
    }
  });
  test('Sec-GPC: 1 also refuses the services of a partly granted advertising purpose granted without GPC', () => {
    const h = cookieFor({ advertising: false }, { 'meta-pixel': true });
    const c = readConsent({ headers: { cookie: h, 'sec-gpc': '1' } }, { revision: 2, now: NOW, config })!;
    expect(c.services['meta-pixel']).toBe(false);
  });
});

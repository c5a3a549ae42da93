// @vitest-environment node
// Global Privacy Control on the server: `Sec-GPC: 1` refuses advertising for that request,
// whatever the cookie says, and is never read as consent for anything.
import { describe, expect, test } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { encode, makeRecord } from '../../src/core/record-write';
import { readConsent } from '../../src/server';

const NOW = Date.parse('2026-05-01T00:00:00.000Z');
const cfg = resolveConfig({});

function cookie(cats: Record<string, boolean>, gpc = false): string {
  const services = Object.fromEntries(Object.keys(cfg.services).map((k) => [k, !!cats[cfg.services[k].category]]));
  const r = makeRecord(cfg, 'custom', { necessary: true, ...cats }, services, 'en', gpc, null, NOW);
  return 'consentry=' + encodeURIComponent(encode(r, cfg));
}

describe('consentry/server and Sec-GPC', () => {
  const all = cookie({ functional: true, analytics: true, advertising: true });

  test('Sec-GPC: 1 denies advertising and every advertising service, and keeps the rest', () => {
    const c = readConsent({ headers: { cookie: all, 'sec-gpc': '1' } }, { config: {}, now: NOW })!;
    expect(c.categories).toEqual({ necessary: true, functional: true, analytics: true, advertising: false });
    expect(c.gpc).toBe(true);
    for (const s of ['meta-pixel', 'tiktok-pixel', 'microsoft-uet', 'google-ads']) expect(c.services[s]).toBe(false);
    expect(c.services.ga4).toBe(true);
  });

  test('works with a Fetch Request and without the config', () => {
    const c = readConsent(new Request('https://shop.test/', { headers: { cookie: all, 'Sec-GPC': '1' } }), { now: NOW })!;
    expect(c.categories.advertising).toBe(false);
    expect(c.gpc).toBe(true);
  });

  test('without the header the stored choice stands; Sec-GPC: 0 is no signal', () => {
    expect(readConsent({ headers: { cookie: all } }, { now: NOW })!).toMatchObject({ gpc: false, categories: { advertising: true } });
    expect(readConsent({ headers: { cookie: all, 'sec-gpc': '0' } }, { now: NOW })!.categories.advertising).toBe(true);
  });

  test('the header is never consent: no cookie, no choice', () => {
    expect(readConsent({ headers: { 'sec-gpc': '1' } }, { now: NOW })).toBeNull();
  });

  test('a record decided under GPC says so', () => {
    const c = readConsent({ headers: { cookie: cookie({ analytics: true, advertising: false }, true) } }, { now: NOW })!;
    expect(c).toMatchObject({ gpc: true, categories: { advertising: false, analytics: true } });
  });
});

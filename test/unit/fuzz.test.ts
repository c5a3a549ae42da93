// 1,000 malformed configs and 1,000 malformed stored records (cookie and IndexedDB): none may
// escape as an uncaught exception, and none may ever count as consent.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { IDBFactory } from 'fake-indexeddb';
import { current, decode, migrate } from '../../src/core/record';
import { encode, makeRecord } from '../../src/core/record-write';
import { clearCookies, fresh, putStored, settle } from './helpers';

// Seeded, so a failure can be replayed.
let seed = 0x5eed;
const rnd = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
const pick = <T,>(a: T[]): T => a[Math.floor(rnd() * a.length)];

const WEIRD: unknown[] = [
  null, undefined, true, false, 0, -1, 1.5, NaN, Infinity, 1e12, '', ' ', 'x', 'javascript:alert(1)', '<img onerror=alert(1)>',
  '__proto__', [], [1, 'a'], {}, { a: 1 }, { __proto__: { polluted: true } }, Object.create(null), () => 1, Symbol('s'),
  new Date(0), /re/, 'necessary', 'analytics', 'advertising',
];
const KEYS = ['revision', 'privacyPolicyUrl', 'expiresDays', 'categories', 'services', 'language', 'translations',
  'autoblock', 'guard', 'reloadOnWithdraw', 'consentMode', 'gpc', 'cookie', 'nonce', 'ui', 'uiUrl', 'bogus'];

function value(depth: number): unknown {
  if (depth > 2 || rnd() < 0.5) return pick(WEIRD);
  const o: Record<string, unknown> = {};
  const n = Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) o[pick(['title', 'category', 'hosts', 'revision', 'readOnly', 'analytics', 'necessary', 'x', 'mode', 'name'])] = value(depth + 1);
  return o;
}

/** A config with at least one key holding a value of the wrong kind. */
function badConfig(): unknown {
  if (rnd() < 0.1) return pick(WEIRD.filter((w) => typeof w !== 'object' || Array.isArray(w) || w === null).filter((w) => w !== undefined && w !== null));
  const c: Record<string, unknown> = {};
  const n = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) c[pick(KEYS)] = value(0);
  return c;
}

let errors = 0;
const onUncaught = () => errors++;
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  addEventListener('error', onUncaught);
  addEventListener('unhandledrejection', onUncaught);
});
afterAll(() => {
  vi.restoreAllMocks();
  removeEventListener('error', onUncaught);
  removeEventListener('unhandledrejection', onUncaught);
});

const CATS = ['necessary', 'functional', 'analytics', 'advertising'];
function noConsent(api: Awaited<ReturnType<typeof fresh>>) {
  expect(api.getConsent()).toBeNull();
  for (const c of CATS.slice(1)) expect(api.hasConsent(c)).toBe(false);
}

describe('fuzz', () => {
  test('1,000 malformed configs: init rejects with a named error or starts with no consent', async () => {
    let rejected = 0;
    let api = await fresh();
    for (let i = 0; i < 1000; i++) {
      const c = badConfig();
      let threw: unknown = null;
      let p: Promise<unknown>;
      try {
        p = api.init(c as any);
      } catch (e) {
        threw = e;
        p = Promise.resolve();
      }
      expect(threw).toBeNull(); // never a synchronous throw
      const out = await p.then(() => 'ok', (e: Error) => e);
      if (out instanceof Error) {
        rejected++;
        expect(out.message).toMatch(/^Consentry: (config|#consentry-config)/);
        noConsent(api);
      } else {
        // Random values may happen to be valid: then nothing is granted before a decision.
        expect(() => resolveConfig(c)).not.toThrow();
        noConsent(api);
        api = await fresh();
      }
    }
    expect(rejected).toBeGreaterThan(900);
    await settle();
    expect(errors).toBe(0);
  }, 60000);

  const cfg = resolveConfig();
  const good = () => makeRecord(cfg, 'accept-all', { necessary: true, functional: true, analytics: true, advertising: true },
    Object.fromEntries(Object.keys(cfg.services).map((k) => [k, true])), 'en', false, null);

  function badCookie(): string {
    const v = encode(good(), cfg);
    switch (Math.floor(rnd() * 5)) {
      case 0: return v.slice(0, Math.floor(rnd() * v.length));
      case 1: {
        const i = Math.floor(rnd() * v.length);
        const ch = pick('~.:01azAZ-_!%'.split('').filter((c) => c !== v[i]));
        return v.slice(0, i) + ch + v.slice(i + 1);
      }
      case 2: {
        // Flip at least one value without fixing the checksum (a hand edit).
        const flipped = v.replace(/:1/g, () => (rnd() < 0.5 ? ':1' : ':0'));
        return flipped === v ? v.replace('analytics:1', 'analytics:0') : flipped;
      }
      case 3: {
        const w = pick(WEIRD);
        return typeof w === 'string' ? w : typeof w === 'object' && w ? JSON.stringify(w) ?? 'x' : String(typeof w === 'symbol' ? 's' : w);
      }
      default: return JSON.stringify(good());
    }
  }

  /** A stored value with at least one field of the wrong kind. */
  function badStored(): unknown {
    const r: Record<string, unknown> = good() as any;
    const field = pick(Object.keys(r).concat(['__all']));
    if (field === '__all') return pick([null, 'x', 1, [], { record: 'x' }, { record: null, history: 5 }]);
    const bad: Record<string, unknown[]> = {
      schema: [0, 3, '2', null], id: ['', 'x', 5, null], revision: [-1, 1.5, '0', null], revisions: [null, [], { a: -1 }, { 'Bad Key': 1 }],
      categories: [null, [], { necessary: false, analytics: true }, { necessary: 'true', analytics: true }, { analytics: true }],
      services: [null, 'x', { ga4: 'yes' }, []], method: ['', 'implicit', null, 1], createdAt: ['', 'now', 5, '2099-13-01'],
      updatedAt: ['1999-01-01T00:00:00.000Z', 'x', null], expiresAt: ['2000-01-01T00:00:00.000Z', null, 'soon'],
      locale: ['', '<b>', 5, null], gpc: ['false', 0, null, undefined],
    };
    r[field] = pick(bad[field]);
    // Only what IndexedDB can hold (structured-cloneable values).
    return { record: r, history: rnd() < 0.5 ? [] : pick(WEIRD.filter((w) => typeof w !== 'symbol' && typeof w !== 'function')) };
  }

  // Every input goes through the decoders the start reads storage with; one in five also goes
  // through a whole init() on a fresh module graph (a graph costs ~20 ms: 1,000 of them were 40 s
  // of the unit suite, for no input the decoders had not already seen).
  test('1,000 malformed stored records, in the cookie and in IndexedDB, never count as consent (200 of them through init)', async () => {
    for (let i = 0; i < 1000; i++) {
      const inCookie = i % 2 === 0;
      const raw = inCookie ? badCookie() : badStored();
      const r = inCookie ? decode(raw as string, cfg) : migrate((raw as { record?: unknown } | null)?.record);
      if (r && current(r, cfg)) throw new Error('decoded as consent: ' + (inCookie ? raw : JSON.stringify(raw)));
      if (i % 5) continue;
      clearCookies();
      (globalThis as any).indexedDB = new IDBFactory();
      if (inCookie) document.cookie = 'consentry=' + encodeURIComponent(raw as string) + '; Path=/';
      else await putStored(raw);
      const api = await fresh({ keepStorage: true });
      let threw: unknown = null;
      let got: unknown;
      try {
        got = await api.init({ ui: { autoShow: false } });
      } catch (e) {
        threw = e;
      }
      expect(threw).toBeNull();
      if (got !== null) throw new Error('accepted as consent: ' + (inCookie ? document.cookie : JSON.stringify(got)));
      noConsent(api);
    }
    clearCookies();
    await settle();
    expect(errors).toBe(0);
  }, 120000);
});

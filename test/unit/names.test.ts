// Names that a plain object answers by itself (`constructor`, `toString`, `__proto__`…): written in a
// config, a record or an API call, they must never find something in a lookup table that nobody put
// there, nor throw a bare TypeError. A name that is not allowed is a config error naming the key.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { meet } from '../../src/core/record';
import { makeRecord, summary } from '../../src/core/record-write';
import { granted, known, S, serviceGranted } from '../../src/core/state';
import { decision } from '../../src/core/decision';
import { withdrew } from '../../src/core/grants';
import { allowed, blocked, hostTable, serviceOf } from '../../src/blocking/match';
import { clean } from '../../src/blocking/clean';
import { plan } from '../../src/server/block';
import { readConsent } from '../../src/server';
import { encode } from '../../src/core/record-write';
import { fresh, clearCookies } from './helpers';

/** Every name Object.prototype answers, and the ones that change an object when assigned. */
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__', 'prototype'];
/** Those that pass the name rule (lower-case letters first): they must work as ordinary names. */
const LEGAL = NAMES.filter((n) => /^[a-z][a-z0-9_-]{0,39}$/.test(n));

/** The message of the error `f` throws (a ConsentryError, never a TypeError), or ''. */
function error(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect((e as Error).name, String(e)).toBe('ConsentryError');
    return (e as Error).message;
  }
  return '';
}

/** A config as a site writes it in its JSON block: `__proto__` is then an own key. */
const json = (s: string) => JSON.parse(s);

afterEach(() => {
  S.cfg = null;
  S.rec = null;
  S.seen.length = 0;
  vi.restoreAllMocks();
});

describe('config maps', () => {
  test('service names: each is refused by name with expected and received, or works as any name', () => {
    for (const n of NAMES) {
      const m = error(() => resolveConfig(json(`{"services":{"${n}":{"category":"analytics","hosts":["t.example"]}}}`)));
      if (LEGAL.includes(n)) {
        expect(m, n).toBe('');
        const c = resolveConfig(json(`{"services":{"${n}":{"category":"analytics","hosts":["t.example"]}}}`));
        expect(c.services[n].category).toBe('analytics');
        expect(c.categories.find((x) => x.name === 'analytics')!.services).toContain(n);
      } else expect(m, n).toBe(`Consentry: config.services: expected service names of a-z, 0-9, - and _, received ${JSON.stringify(n)}`);
    }
    // No name is known that the config does not declare.
    const c = resolveConfig();
    for (const n of NAMES) expect(c.services[n], n).toBeUndefined();
  });

  test('category names: refused by name, or a category like any other', () => {
    for (const n of NAMES) {
      const m = error(() => resolveConfig(json(`{"categories":{"${n}":{"title":"X"}}}`)));
      if (LEGAL.includes(n)) {
        expect(m, n).toBe('');
        expect(resolveConfig(json(`{"categories":{"${n}":{"title":"X"}}}`)).categories.map((c) => c.name)).toContain(n);
      } else expect(m, n).toBe(`Consentry: config.categories: expected category names of a-z, 0-9, - and _, received ${JSON.stringify(n)}`);
    }
  });

  test('a service of a category the config does not have is an error naming the key, whatever the name', () => {
    for (const n of NAMES) {
      const m = error(() => resolveConfig({ services: { shop: { category: n, hosts: ['t.example'] } } }));
      expect(m, n).toContain('config.services.shop.category: expected ');
      expect(m, n).toContain(`received ${JSON.stringify(n)}`);
    }
  });

  test('translations: a language of such a name is refused; keys of such names are plain strings', () => {
    for (const n of NAMES) {
      expect(error(() => resolveConfig(json(`{"translations":{"${n}":{"title":"x"}}}`))), n).toBe(
        `Consentry: config.translations: expected language codes such as "fr", received ${JSON.stringify(n)}`,
      );
      const c = resolveConfig(json(`{"translations":{"fr":{"${n}":"texte"}}}`));
      expect(Object.keys(c.translations.fr)).toEqual([n]);
      expect(c.translations.fr[n]).toBe('texte');
      expect(Object.keys(c.translations)).toEqual(['fr']);
      // A text's languages follow the same rule.
      expect(error(() => resolveConfig(json(`{"services":{"shop":{"category":"analytics","title":{"${n}":"x"}}}}`))), n).toBe(
        `Consentry: config.services.shop.title.${n}: expected a language code such as "fr", received ${JSON.stringify(n)}`,
      );
    }
  });

  test('an unknown top-level or nested key of such a name is reported, a prototype set by `__proto__` is never read', () => {
    expect(error(() => resolveConfig(json('{"constructor":1}')))).toBe(
      `Consentry: config.constructor: unknown key; expected one of ${['revision', 'privacyPolicyUrl', 'expiresDays', 'categories', 'services', 'language', 'translations', 'autoblock', 'guard', 'reloadOnWithdraw', 'consentMode', 'gpc', 'cookie', 'nonce', 'trustedTypesPolicy', 'ui', 'baseUrl', 'uiUrl'].join(', ')}`,
    );
    // An object literal's `__proto__` sets the prototype: what it holds is inherited, not config.
    const c = resolveConfig({ services: { __proto__: { evil: { category: 'necessary', hosts: ['connect.facebook.net'] } } } as any });
    expect(c.services.evil).toBeUndefined();
    expect(c.services['meta-pixel'].category).toBe('advertising');
  });
});

describe('lookups built from the config', () => {
  test('hosts of such names neither break the host table nor turn autoblock off', () => {
    for (const n of NAMES) {
      const cfg = resolveConfig(json(`{"services":{"site-tag":{"category":"analytics","hosts":["${n}", "${n}.example/${n}"]}}}`));
      const t = hostTable(cfg);
      expect(Object.getPrototypeOf(t)).toBeNull();
      S.cfg = cfg;
      S.rec = null;
      expect(serviceOf('https://connect.facebook.net/en_US/fbevents.js'), n).toBe('meta-pixel');
      expect(blocked('https://connect.facebook.net/en_US/fbevents.js'), n).toBe('meta-pixel');
      expect(serviceOf(`https://${n.toLowerCase()}.example/${n.toLowerCase()}/x.js`), n).toBe('site-tag');
      expect(serviceOf('https://unrelated.example/x.js'), n).toBeUndefined();
    }
  });

  test('a record without an entry for such a name grants nothing by it', () => {
    for (const n of LEGAL) {
      const cfg = resolveConfig({ categories: { [n]: { title: 'X' } }, services: { [n]: { category: n, hosts: ['t.example'] } } });
      S.cfg = cfg;
      // A record made before the category existed: it has no entry for it.
      const old = makeRecord(resolveConfig(), 'accept-all', { necessary: true, analytics: true }, {}, 'en', false, null);
      S.rec = old;
      expect(granted(n), n).toBe(false);
      expect(granted(n, n), n).toBe(false);
      expect(serviceGranted(n), n).toBe(false);
      expect(granted('analytics', n), n).toBe(false);
      expect(blocked('https://t.example/x.js'), n).toBe(n);
      // Two copies, one without the name: the grant is the intersection.
      const a = makeRecord(cfg, 'custom', { necessary: true, [n]: true }, { [n]: true }, 'en', false, null);
      const both = meet([a, { ...old, updatedAt: a.updatedAt }]);
      expect(both!.categories[n], n).toBe(false);
      expect(both!.services[n], n).toBe(false);
      const sum = summary(old, cfg);
      expect(Object.keys(sum.services).includes(n) ? sum.services[n] : undefined, n).not.toBe(true);
      expect(withdrew(old, old), n).toBe(false);
      // A decision made now names it, on or off.
      S.rec = null;
      expect(decision('reject-all').services[n]).toBe(false);
      expect(decision('accept-all').categories[n]).toBe(true);
    }
  });

  test('setConsent with such names: unknown ones are errors, never grants', () => {
    S.cfg = resolveConfig();
    for (const n of NAMES) {
      const j = (k: string) => json(`{"${k}":{"${n}":true}}`);
      expect(error(() => decision('custom', j('services'))), n).toBe(`Consentry: setConsent.services.${n}: unknown service`);
      expect(error(() => decision('custom', j('categories'))), n).toMatch(new RegExp(`^Consentry: setConsent\\.categories\\.${n.replace(/\$/g, '\\$')}: unknown category`));
      expect(granted('analytics', n), n).toBe(false);
      expect(granted(n), n).toBe(false);
    }
  });

  test('clean-up of a refused service named `constructor` does not throw', () => {
    S.cfg = resolveConfig({ services: { constructor: { category: 'analytics', cookies: ['_ctor'] } } });
    S.rec = null;
    document.cookie = '_ctor=1; path=/';
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => clean(true, { config: known(), allowed })).not.toThrow();
    expect(document.cookie).not.toContain('_ctor=1');
    clearCookies();
  });

  test('consentry/server: plan and readConsent read only what a record holds', () => {
    for (const n of LEGAL) {
      const config = { categories: { [n]: { title: 'X' } }, services: { [n]: { category: n, hosts: ['t.example'] } } };
      const p = plan(config, { id: 'x', method: 'custom', revision: 0, updatedAt: '', expiresAt: '', categories: { necessary: true }, services: {}, gpc: false });
      expect(p.held[n], n).toBe(true);
      expect(Object.getPrototypeOf(p.held)).toBeNull();
      const cfg = resolveConfig();
      const r = makeRecord(cfg, 'accept-all', { necessary: true, analytics: true }, {}, 'en', false, null);
      const c = readConsent('consentry=' + encodeURIComponent(encode(r, cfg)), { config });
      expect(c && c.categories[n] === true, n).toBe(false);
    }
  });

  test('API: hasConsent, loadScript and on with such names neither throw nor answer yes', async () => {
    const api = await fresh();
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((e) => void errors.push(e));
    await api.init({ ui: { autoShow: false } });
    for (const n of NAMES) {
      expect(api.hasConsent(n), n).toBe(false);
      expect(api.hasConsent('analytics', n), n).toBe(false);
      expect(typeof api.loadScript(n, { category: 'analytics' }).then, n).toBe('function');
      expect(api.on(n as any, () => {}), n).toBeTypeOf('function');
    }
    // Each unknown category and event was reported once, as a ConsentryError.
    expect(errors.every((e) => (e as Error).name === 'ConsentryError')).toBe(true);
    expect(errors.length).toBe(NAMES.length * 2);
  });
});

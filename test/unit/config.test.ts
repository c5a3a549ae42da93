import { describe, expect, test } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { CATALOGUE } from '../../src/catalogue/index';
import { CATALOGUE as FULL } from '../../src/catalogue/full';
import { withStored } from '../../src/catalogue/details';
import { withTitles } from '../../src/catalogue/titles';
import type { ResolvedConfig } from '../../src/core/types';

/** What the interface (titles) and the clean-up (cookies, storage) fill in: together, what the declaration does. */
const withDetails = (c: ResolvedConfig) => withStored(withTitles(c));

const err = (c: unknown) => {
  try {
    resolveConfig(c);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('zero config', () => {
  test('gives the four default categories, necessary read-only, catalogue services, 182 days', () => {
    const c = resolveConfig();
    expect(c.categories.map((x) => x.name)).toEqual(['necessary', 'functional', 'analytics', 'advertising']);
    expect(c.categories.map((x) => x.readOnly)).toEqual([true, false, false, false]);
    expect(c.expiresDays).toBe(182);
    expect(c.revision).toBe(0);
    expect(c.autoblock).toBe(true);
    expect(c.guard).toBe(false);
    expect(c.gpc).toBe(true);
    expect(c.cookie).toEqual({ name: 'consentry', path: '/', domain: undefined });
    expect(c.consentMode).toMatchObject({ mode: 'basic' });
    expect(Object.keys(c.services).sort()).toEqual(Object.keys(CATALOGUE).sort());
    for (const cat of c.categories) for (const s of cat.services) expect(c.services[s].category).toBe(cat.name);
  });
  test('null and {} are the same as nothing', () => {
    expect(resolveConfig(null)).toEqual(resolveConfig());
    expect(resolveConfig({})).toEqual(resolveConfig());
  });
});

describe('categories and services', () => {
  test('relabels, drops optional categories and adds custom ones', () => {
    const c = resolveConfig({
      categories: { analytics: { title: { en: 'Statistics', fr: 'Statistiques' }, revision: 2 }, advertising: false, social: { title: 'Social' } },
    });
    expect(c.categories.map((x) => x.name)).toEqual(['necessary', 'functional', 'analytics', 'social']);
    expect(c.categories[2]).toMatchObject({ title: { en: 'Statistics', fr: 'Statistiques' }, revision: 2 });
  });
  test('a catalogue service whose category is dropped stays known but in no category', () => {
    const c = resolveConfig({ categories: { advertising: false } });
    const ad = Object.keys(CATALOGUE).find((k) => CATALOGUE[k].category === 'advertising')!;
    expect(c.services[ad]).toBeDefined();
    expect(c.categories.some((x) => x.services.includes(ad))).toBe(false);
  });
  test('adds site services, overrides catalogue ones, removes with false', () => {
    const first = Object.keys(CATALOGUE)[0];
    const c = resolveConfig({
      services: {
        'my-widget': { category: 'functional', hosts: ['widget.example.com'], cookies: ['wdg_*'] },
        [first]: { category: 'functional' },
        'meta-pixel': false,
      },
    });
    expect(c.services['my-widget']).toMatchObject({ category: 'functional', hosts: ['widget.example.com'], cookies: ['wdg_*'], storage: [] });
    expect(c.services[first].category).toBe('functional');
    expect(c.services[first].hosts).toEqual(CATALOGUE[first].hosts);
    expect(c.services['meta-pixel']).toBeUndefined();
  });
});

describe('the catalogue\'s details (titles, lifetimes, cookies, storage) arrive with the chunks that read them', () => {
  test('once filled, every catalogue service reads as the whole catalogue says, and filling again changes nothing', () => {
    const c = resolveConfig();
    expect(c.services.ga4.title).toBeUndefined();
    expect(c.services.ga4.cookies).toBeUndefined();
    withDetails(c);
    for (const n in FULL) {
      const f = FULL[n];
      expect(c.services[n], n).toEqual({
        name: n, category: f.category, title: f.title, lifetime: f.lifetime,
        hosts: f.hosts || [], cookies: f.cookies || [], storage: f.storage || [],
      });
    }
    const once = JSON.stringify(c);
    withDetails(withTitles(c));
    expect(JSON.stringify(c)).toBe(once);
  });

  test('what the site gives always wins, [] included; what it leaves out comes from the catalogue', () => {
    const c = withDetails(resolveConfig({
      services: {
        ga4: { title: 'Statistics', cookies: [], lifetime: '1 day' },
        hotjar: { storage: ['x'] },
        'my-widget': { category: 'functional' },
      },
    }));
    expect(c.services.ga4).toMatchObject({ title: 'Statistics', lifetime: '1 day', cookies: [], storage: [] });
    expect(c.services.hotjar).toMatchObject({ title: 'Hotjar', lifetime: '1 year', cookies: ['_hj*'], storage: ['x'] });
    expect(c.services['my-widget']).toMatchObject({ cookies: [], storage: [] });
    expect(c.services['my-widget'].title).toBeUndefined();
    expect(c.services['my-widget'].lifetime).toBeUndefined();
  });

  test('a site service\'s own cookies and storage are there before any chunk ran', () => {
    const c = resolveConfig({ services: { 'my-widget': { category: 'functional', cookies: ['w'] } } });
    expect(c.services['my-widget']).toMatchObject({ cookies: ['w'], storage: [] });
  });
});

describe('bad config names the key, what was expected and what was given', () => {
  const cases: [unknown, string][] = [
    ['nope', 'config: expected an object, received "nope"'],
    [[], 'config: expected an object, received an array'],
    [{ revison: 1 }, 'config.revison: unknown key; expected one of revision,'],
    [{ revision: -1 }, 'config.revision: expected a whole number from 0 to 1000000000, received -1'],
    [{ revision: '2' }, 'config.revision: expected a whole number from 0 to 1000000000, received "2"'],
    [{ revision: 1.5 }, 'config.revision: expected a whole number from 0 to 1000000000, received 1.5'],
    [{ expiresDays: 400 }, 'config.expiresDays: expected a whole number from 1 to 395, received 400'],
    [{ expiresDays: 0 }, 'config.expiresDays: expected a whole number from 1 to 395, received 0'],
    [{ privacyPolicyUrl: 'javascript:alert(1)' }, 'config.privacyPolicyUrl: expected an http(s), mailto: or relative URL, received "javascript:alert(1)"'],
    [{ privacyPolicyUrl: 3 }, 'config.privacyPolicyUrl: expected a string, received 3'],
    [{ categories: { necessary: false } }, 'config.categories.necessary: expected an object (necessary cannot be removed), received false'],
    [{ categories: { necessary: { readOnly: false } } }, 'config.categories.necessary.readOnly: expected true (necessary is always on), received false'],
    [{ categories: { analytics: { titel: 'x' } } }, 'config.categories.analytics.titel: unknown key'],
    [{ categories: { 'Bad Name': {} } }, 'config.categories: expected category names of a-z, 0-9, - and _, received "Bad Name"'],
    [{ categories: { analytics: { title: 5 } } }, 'config.categories.analytics.title: expected an object, received 5'],
    [{ categories: { analytics: { title: { english: 'x' } } } }, 'config.categories.analytics.title.english: expected a language code'],
    [{ services: { x: { hosts: ['a.com'] } } }, 'config.services.x.category: expected a category name, received undefined'],
    [{ services: { x: { category: 'marketing' } } }, 'config.services.x.category: expected one of "necessary", "functional", "analytics", "advertising", received "marketing"'],
    [{ services: { x: { category: 'analytics', hosts: 'a.com' } } }, 'config.services.x.hosts: expected an array of strings, received "a.com"'],
    [{ services: { x: { category: 'analytics', cookies: ['ok', ''] } } }, 'config.services.x.cookies[1]: expected a non-empty string, received ""'],
    [{ autoblock: 'yes' }, 'config.autoblock: expected true or false, received "yes"'],
    [{ reloadOnWithdraw: 'always' }, 'config.reloadOnWithdraw: expected true, false or "auto", received "always"'],
    [{ reloadOnWithdraw: 1 }, 'config.reloadOnWithdraw: expected true, false or "auto", received 1'],
    [{ consentMode: { mode: 'full' } }, 'config.consentMode.mode: expected one of "basic", "advanced", received "full"'],
    [{ consentMode: true }, 'config.consentMode: expected an object, received true'],
    [{ cookie: { name: 'a b' } }, 'config.cookie.name: expected a cookie name of letters, digits, - and _, received "a b"'],
    [{ cookie: { path: 'x' } }, 'config.cookie.path: expected a path starting with "/", received "x"'],
    [{ language: 'french' }, 'config.language: expected a language code such as "fr", received "french"'],
    [{ ui: { layout: 'modal' } }, 'config.ui.layout: expected one of "bar", "box", received "modal"'],
    [{ ui: { colour: 'red' } }, 'config.ui.colour: unknown key'],
    [{ translations: { fr: { title: 1 } } }, 'config.translations.fr.title: expected a string, received 1'],
    [{ nonce: 'a"b' }, 'config.nonce: expected a nonce of base64 characters'],
    [{ trustedTypesPolicy: 'my policy' }, 'config.trustedTypesPolicy: expected a Trusted Types policy name other than "default", received "my policy"'],
    [{ trustedTypesPolicy: 'default' }, 'config.trustedTypesPolicy: expected a Trusted Types policy name other than "default", received "default"'],
    [{ trustedTypesPolicy: 7 }, 'config.trustedTypesPolicy: expected a Trusted Types policy name other than "default", received 7'],
  ];
  test.each(cases)('%j', (c, msg) => {
    const m = err(c);
    expect(m.startsWith('Consentry: ')).toBe(true);
    expect(m).toContain(msg);
  });
});

test('trustedTypesPolicy is "consentry" by default and takes a name of the trusted-types grammar', () => {
  expect(resolveConfig().trustedTypesPolicy).toBe('consentry');
  expect(resolveConfig({ trustedTypesPolicy: 'shop-cmp#2' }).trustedTypesPolicy).toBe('shop-cmp#2');
  expect(resolveConfig({ trustedTypesPolicy: 'a/b@c.d%e=f_g' }).trustedTypesPolicy).toBe('a/b@c.d%e=f_g');
});

test('reloadOnWithdraw is "auto" by default and takes true, false or "auto"', () => {
  expect(resolveConfig().reloadOnWithdraw).toBe('auto');
  expect(resolveConfig({ reloadOnWithdraw: 'auto' }).reloadOnWithdraw).toBe('auto');
  expect(resolveConfig({ reloadOnWithdraw: true }).reloadOnWithdraw).toBe(true);
  expect(resolveConfig({ reloadOnWithdraw: false }).reloadOnWithdraw).toBe(false);
});

describe('every problem of a config is reported at once', () => {
  test('three bad keys give one error listing each key, expected and received value', () => {
    let e: any;
    try {
      resolveConfig({ revision: 'two', categories: 5, expiresDays: 9000 });
    } catch (x) {
      e = x;
    }
    expect(e.problems).toEqual([
      'config.categories: expected an object, received 5',
      'config.revision: expected a whole number from 0 to 1000000000, received "two"',
      'config.expiresDays: expected a whole number from 1 to 395, received 9000',
    ]);
    for (const p of e.problems) expect(e.message).toContain(p);
    expect(e.message).toMatch(/^Consentry: config: 3 problems/);
  });
});

describe('URLs from config are read with the WHATWG URL parser against the page', () => {
  const refused = ['java\tscript:alert(1)', 'java\nscript:alert(1)', '\x01javascript:alert(1)', ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'blob:https://www.shop.test/x', 'http://[::1', 'file:///etc/passwd'];
  test.each(refused)('privacyPolicyUrl %j is refused, naming the key', (u) => {
    expect(err({ privacyPolicyUrl: u })).toContain('config.privacyPolicyUrl: expected an http(s), mailto: or relative URL, received ');
  });
  test.each(refused)('a service\'s privacyPolicyUrl %j is refused, naming the key', (u) => {
    expect(err({ services: { ga4: { privacyPolicyUrl: u } } })).toContain('config.services.ga4.privacyPolicyUrl: expected an http(s), mailto: or relative URL, received ');
  });
  test.each(refused)('uiUrl and baseUrl %j are refused', (u) => {
    expect(err({ uiUrl: u })).toContain('config.uiUrl: expected an http(s) or relative URL');
    expect(err({ baseUrl: u })).toContain('config.baseUrl: expected an http(s) or relative URL');
  });
  test('http(s), relative forms and mailto links are kept as written', () => {
    for (const u of ['/privacy', 'privacy.html', '//cdn.shop.test/p', 'https://shop.test/p', 'HTTP://shop.test', '?p=1', '#privacy', 'mailto:dpo@shop.test']) {
      expect(resolveConfig({ privacyPolicyUrl: u }).privacyPolicyUrl).toBe(u);
    }
    expect(err({ uiUrl: 'mailto:dpo@shop.test' })).toContain('config.uiUrl');
    expect(resolveConfig({ services: { ga4: { privacyPolicyUrl: 'mailto:dpo@vendor.test' } } }).services.ga4.privacyPolicyUrl).toBe('mailto:dpo@vendor.test');
  });
  test('baseUrl is a folder: a missing trailing slash is added', () => {
    expect(resolveConfig({ baseUrl: '/assets/consentry' }).baseUrl).toBe('/assets/consentry/');
    expect(resolveConfig({ baseUrl: 'https://cdn.shop.test/c/' }).baseUrl).toBe('https://cdn.shop.test/c/');
  });
});

describe('service vendor and privacy link', () => {
  test('a service may name its vendor and privacy policy; the link must be http(s) or relative', () => {
    const c = resolveConfig({ services: { youtube: { vendor: 'Google Ireland Limited', privacyPolicyUrl: 'https://policies.google.com/privacy' } } });
    expect(c.services.youtube).toMatchObject({ category: 'functional', vendor: 'Google Ireland Limited', privacyPolicyUrl: 'https://policies.google.com/privacy' });
    expect(() => resolveConfig({ services: { youtube: { privacyPolicyUrl: 'javascript:alert(1)' } } })).toThrow(/config\.services\.youtube\.privacyPolicyUrl/);
    expect(() => resolveConfig({ services: { youtube: { vendor: 3 } } })).toThrow(/config\.services\.youtube\.vendor/);
  });
});

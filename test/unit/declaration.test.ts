// The cookie declaration's content: which services it lists, what config overrides, what happens
// when a lifetime is unknown, the words of every language, and `npx consentry declaration` in each format.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '../../src/catalogue/full';
import { LIFETIMES } from '../../src/catalogue/lifetimes';
import { resolveConfig } from '../../src/core/config';
import { serviceOn } from '../../src/core/grants';
import type { ConsentRecord, Declaration, DeclarationService } from '../../src/core/types';
import { DESCRIPTIONS } from '../../src/declaration/descriptions';
import { declaration, formatLifetime } from '../../src/declaration/model';
import { declarationFor } from '../../src/declaration/node';
import { toHtml } from '../../src/declaration/text';
import { WORDS } from '../../src/declaration/words';
import fr from '../../src/ui/i18n/fr';
import { main } from '../../tools/declaration/cli.mjs';
import { buildLifetimes } from '../../tools/catalogue/build-lifetimes.mjs';
import { CSV, README } from '../../tools/catalogue/build-classifier.mjs';
import { readFileSync } from 'node:fs';

const SITE = {
  language: 'fr',
  services: {
    ga4: {},
    'meta-pixel': {},
    zendesk: {},
    'atelier-chat': {
      category: 'functional', title: 'Atelier Chat', vendor: 'Atelier Couture SAS', privacyPolicyUrl: 'https://atelier.example/confidentialite',
      description: { en: 'Chat with our workshop.', fr: 'Discuter avec notre atelier.' }, hosts: ['chat.atelier.example'], cookies: ['atelier_sid'], lifetime: '13 months',
    },
  },
};

const all = (d: Declaration): DeclarationService[] => d.purposes.flatMap((p) => p.services);
const svc = (d: Declaration, name: string) => all(d).find((s) => s.name === name)!;
const names = (d: Declaration) => all(d).map((s) => s.name);
/** Intl writes "13\u00a0mois" (a no-break space between number and unit): compared here with a plain space. */
const sp = <T>(v: T): T => JSON.parse(JSON.stringify(v).replace(/\u00a0|\\u00a0/g, ' '));

describe('which services', () => {
  test('the services the config declares, by id alone for catalogue ones, plus Consentry\'s own choice; nothing else of the catalogue', () => {
    const d = declaration({ cfg: resolveConfig(SITE), lang: 'fr', strings: fr });
    expect(names(d).sort()).toEqual(['atelier-chat', 'consentry', 'ga4', 'meta-pixel', 'zendesk']);
    expect(d.purposes.map((p) => p.title)).toEqual(['Strictement nécessaires', 'Fonctionnels', 'Mesure d’audience', 'Publicité']);
    expect(all(d).every((s) => s.declared && !s.met)).toBe(true);
  });

  test('catalogue services met on the page are added and marked as met; a declared one met stays declared', () => {
    const d = declaration({ cfg: resolveConfig({ services: { ga4: {} } }), lang: 'en', seen: ['hotjar', 'ga4', 'youtube'] });
    expect(names(d)).toEqual(['consentry', 'youtube', 'ga4', 'hotjar']);
    expect(svc(d, 'hotjar')).toMatchObject({ declared: false, met: true, vendor: 'Hotjar' });
    expect(svc(d, 'ga4')).toMatchObject({ declared: true, met: true });
  });

  test('a purpose with no service listed is left out; a purpose the site drops takes its services with it', () => {
    const d = declaration({ cfg: resolveConfig({ categories: { advertising: false }, services: { ga4: {} } }), lang: 'en', seen: ['meta-pixel'] });
    expect(d.purposes.map((p) => p.name)).toEqual(['necessary', 'analytics']);
  });

  test('the visitor\'s answer per service: null before a choice, then what the record grants; necessary is always on', () => {
    const cfg = resolveConfig(SITE);
    expect(svc(declaration({ cfg, lang: 'fr', record: null }), 'ga4').granted).toBeNull();
    const rec = { categories: { necessary: true, analytics: false, functional: true, advertising: false }, services: { ga4: true, 'meta-pixel': false } } as unknown as ConsentRecord;
    const d = declaration({ cfg, lang: 'fr', record: rec, granted: (n) => serviceOn(rec, cfg, n) });
    expect([svc(d, 'ga4').granted, svc(d, 'meta-pixel').granted, svc(d, 'zendesk').granted, svc(d, 'consentry').granted]).toEqual([true, false, true, true]);
    // From the command line there is no visitor: no answer at all.
    expect('granted' in svc(declaration({ cfg, lang: 'fr' }), 'ga4')).toBe(false);
  });
});

describe('overrides and catalogue facts', () => {
  test('a catalogue service gets its vendor, privacy policy, description and cookies with the database\'s lifetimes', () => {
    const d = declaration({ cfg: resolveConfig(SITE), lang: 'fr' });
    expect(svc(d, 'ga4')).toMatchObject({
      title: 'Google Analytics 4', vendor: 'Google', privacyPolicyUrl: 'https://business.safety.google/privacy/',
      description: DESCRIPTIONS.ga4.fr,
    });
    expect(sp(svc(d, 'ga4').entries.map((e) => [e.name, e.lifetimeText, e.party, e.ocd]))).toEqual([['_ga', '2 ans', 'first', true], ['_ga_<id>', '2 ans', 'first', true]]);
    expect(sp(svc(d, 'meta-pixel').entries.map((e) => [e.name, e.lifetimeText]))).toEqual([['_fbp', '4 mois'], ['_fbc', '2 ans']]);
    expect(d.source).toBe('Certaines durées proviennent de l’Open Cookie Database (licence Apache 2.0).');
  });

  test('config overrides vendor, privacy policy, description and lifetimes of a catalogue service', () => {
    const cfg = resolveConfig({
      services: {
        ga4: {
          vendor: 'Google Ireland Limited', privacyPolicyUrl: 'https://policies.google.com/privacy', description: { fr: 'Nos statistiques de visite.' },
          lifetimes: { _ga: { en: '400 days', fr: '400 days' }, '_ga_*': '1 year' },
        },
      },
    });
    const s = svc(declaration({ cfg, lang: 'fr' }), 'ga4');
    expect(s).toMatchObject({ vendor: 'Google Ireland Limited', privacyPolicyUrl: 'https://policies.google.com/privacy', description: 'Nos statistiques de visite.' });
    expect(sp(s.entries.map((e) => [e.name, e.lifetimeText, e.ocd]))).toEqual([['_ga', '400 jours', null], ['_ga_<id>', '1 an', null]]);
    // A vendor of its own without a policy: the catalogue's policy (another company's) is not linked.
    expect(svc(declaration({ cfg: resolveConfig({ services: { ga4: { vendor: 'Proxy SARL' } } }), lang: 'fr' }), 'ga4').privacyPolicyUrl).toBeUndefined();
  });

  test('a site\'s own service: its lifetime is its cookies\', its description in the visitor\'s language, else English', () => {
    const cfg = resolveConfig(SITE);
    const s = svc(declaration({ cfg, lang: 'fr' }), 'atelier-chat');
    expect(s).toMatchObject({ vendor: 'Atelier Couture SAS', privacyPolicyUrl: 'https://atelier.example/confidentialite', description: 'Discuter avec notre atelier.', hosts: ['chat.atelier.example'] });
    expect(sp(s.entries)).toEqual([{ name: 'atelier_sid', kind: 'cookie', party: 'first', lifetime: '13 months', lifetimeText: '13 mois' }]);
    expect(svc(declaration({ cfg, lang: 'de' }), 'atelier-chat').description).toBe('Chat with our workshop.');
  });

  test('unknown lifetimes are said to be unknown, never guessed', () => {
    const cfg = resolveConfig({ services: { shop: { category: 'functional', cookies: ['shop_pref'], storage: ['shop_cart'] }, zendesk: {} } });
    const d = declaration({ cfg, lang: 'fr' });
    expect(svc(d, 'shop').entries.map((e) => [e.name, e.lifetime, e.lifetimeText])).toEqual([['shop_pref', undefined, 'Non précisée'], ['shop_cart', undefined, 'Non précisée']]);
    // Zendesk's storage keys: the database says nothing of them.
    expect(svc(d, 'zendesk').entries.find((e) => e.kind === 'storage')).toMatchObject({ name: 'ZD-<id>', lifetimeText: 'Non précisée' });
    expect(svc(declaration({ cfg, lang: 'en' }), 'shop').entries[0].lifetimeText).toBe('Not stated');
  });

  test('a vendor whose longest-lived cookie is not on the site\'s domain gets a third-party row, up to that lifetime', () => {
    const d = declaration({ cfg: resolveConfig({ services: { youtube: {} } }), lang: 'fr' });
    expect(sp(svc(d, 'youtube').entries)).toEqual([{ name: 'Cookies de Google sur ses propres domaines', kind: 'cookie', party: 'third', lifetime: '8 months', lifetimeText: 'jusqu’à 8 mois' }]);
  });

  test('French elides "de" before a vendor starting with a vowel, in links and third-party rows', () => {
    const cfg = resolveConfig({ services: { instagram: {}, vimeo: { vendor: 'Échos Vidéo SA', privacyPolicyUrl: 'https://echos.example/vie-privee' } } });
    const d = declaration({ cfg, lang: 'fr' });
    expect(svc(d, 'vimeo').entries[0].name).toBe('Cookies d’Échos Vidéo SA sur ses propres domaines');
    const html = toHtml(d);
    expect(html).toContain('>Politique de confidentialité d’Échos Vidéo SA</a>');
    expect(html).toContain('>Politique de confidentialité de Meta</a>');
    expect(html).toContain('<caption>Cookies et stockage\u00a0: Vimeo</caption>');
    expect(svc(declaration({ cfg, lang: 'en' }), 'vimeo').entries[0].name).toBe('Cookies of Échos Vidéo SA on its own domains');
  });

  test('config validation names the key: vendor, privacyPolicyUrl, description, lifetimes', () => {
    expect(() => resolveConfig({ services: { ga4: { vendor: 5 } } })).toThrow('config.services.ga4.vendor: expected a string, received 5');
    expect(() => resolveConfig({ services: { ga4: { privacyPolicyUrl: 'javascript:alert(1)' } } })).toThrow('config.services.ga4.privacyPolicyUrl: expected an http(s), mailto: or relative URL, received "javascript:alert(1)"');
    expect(() => resolveConfig({ services: { ga4: { description: ['x'] } } })).toThrow('config.services.ga4.description: expected an object, received an array');
    expect(() => resolveConfig({ services: { ga4: { lifetimes: [] } } })).toThrow('config.services.ga4.lifetimes: expected an object, received an array');
    expect(() => resolveConfig({ services: { ga4: { lifetimes: { _ga: 2 } } } })).toThrow('config.services.ga4.lifetimes._ga: expected an object, received 2');
    expect(() => resolveConfig({ services: { ga4: { lifetimes: { _ga: { fr: 2 } } } } })).toThrow('config.services.ga4.lifetimes._ga.fr: expected a string, received 2');
    expect(resolveConfig({ services: { ga4: { privacyPolicyUrl: '/privacy#google' } } }).services.ga4.privacyPolicyUrl).toBe('/privacy#google');
  });

  test('every catalogue service has an English and a French description; other languages show the purpose\'s text', () => {
    for (const n in CATALOGUE) expect([n, !!DESCRIPTIONS[n]?.en, !!DESCRIPTIONS[n]?.fr]).toEqual([n, true, true]);
    const d = declaration({ cfg: resolveConfig({ services: { hotjar: {} } }), lang: 'de' });
    expect(svc(d, 'hotjar').description).toBe(d.purposes.find((p) => p.name === 'analytics')!.description);
  });

  test('lifetimes.ts is exactly what tools/catalogue/build-lifetimes.mjs generates from the database', () => {
    expect(readFileSync('src/catalogue/lifetimes.ts', 'utf8')).toBe(buildLifetimes(CATALOGUE, readFileSync(CSV, 'utf8'), readFileSync(README, 'utf8')));
    expect(LIFETIMES).toMatchObject({ _ga: '2 years', '_ga_*': '2 years', _fbp: '4 months', __zlcmid: '1 year' });
  });
});

describe('words', () => {
  test('every language has every word, and lifetimes read naturally', () => {
    for (const l in WORDS) expect([l, Object.keys(WORDS[l]).sort()]).toEqual([l, Object.keys(WORDS.en).sort()]);
    const w = WORDS.fr;
    expect(['13 months', '1 year', '2 years', 'session', '30 minutes', 'until logout'].map((t) => formatLifetime(t, 'fr', w).replace(/\u00a0/g, ' '))).toEqual(['13 mois', '1 an', '2 ans', 'session', '30 minutes', 'until logout']);
    expect(formatLifetime('1 day', 'de', WORDS.de)).toBe('1 Tag');
  });
});

describe('npx consentry declaration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-declaration-'));
  const site = join(dir, 'site.json');
  writeFileSync(site, JSON.stringify(SITE));
  const load = () => import('../../src/declaration/node');
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await main(argv, { out: (s: string) => void (out += s), err: (s: string) => void (err += s + '\n'), load });
    return { code, out, err };
  };

  test('--format json prints the declaration of the declared services, nothing met, no answers', async () => {
    const r = await run('--config', site, '--lang', 'fr', '--format', 'json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out) as Declaration;
    expect(d).toEqual(JSON.parse(JSON.stringify(declarationFor(SITE, 'fr'))));
    expect(names(d).sort()).toEqual(['atelier-chat', 'consentry', 'ga4', 'meta-pixel', 'zendesk']);
    expect(all(d).some((s) => s.met || 'granted' in s)).toBe(false);
    expect(sp(svc(d, 'consentry').entries[0])).toMatchObject({ name: '__Host-consentry', lifetimeText: '182 jours' });
  });

  test('--format md prints headings, tables and links', async () => {
    const r = await run('--config', site, '--lang', 'fr', '--format', 'md');
    expect(r.code).toBe(0);
    r.out = sp(r.out);
    expect(r.out).toContain('## Mesure d’audience\n');
    expect(r.out).toContain('### Google Analytics 4\n');
    expect(r.out).toContain('| Nom | Type | Conservation | Déposé par |\n| --- | --- | --- | --- |\n| `_ga` | Cookie | 2 ans | Ce site (cookie interne) |\n| `_ga_<id>` | Cookie | 2 ans | Ce site (cookie interne) |');
    expect(r.out).toContain('| `atelier_sid` | Cookie | 13 mois | Ce site (cookie interne) |');
    expect(r.out).toContain('Fournisseur : Atelier Couture SAS · [Politique de confidentialité d’Atelier Couture SAS](<https://atelier.example/confidentialite>)');
    expect(r.out).toContain('Certaines durées proviennent de l’Open Cookie Database');
  });

  test('--format html (the default) prints a fragment with real tables, text escaped', async () => {
    writeFileSync(join(dir, 'evil.json'), JSON.stringify({ services: { x: { category: 'analytics', title: '<img src=x onerror=alert(1)>', cookies: ['a"b'] } } }));
    const r = await run('--config', join(dir, 'evil.json'), '--heading-level', '3');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<div class="consentry-declaration" lang="en" dir="ltr">/);
    expect(r.out).toContain('<h3>Analytics</h3>');
    expect(r.out).toContain('<h4>&#60;img src=x onerror=alert(1)&#62;</h4>');
    expect(r.out).toContain('<caption>Cookies and storage: &#60;img src=x onerror=alert(1)&#62;</caption>');
    expect(r.out).toContain('<th scope="col">Name</th><th scope="col">Type</th><th scope="col">Lifetime</th><th scope="col">Set by</th>');
    expect(r.out).toContain('<tr><th scope="row">a&#34;b</th><td>Cookie</td><td>Not stated</td><td>This site (first-party)</td></tr>');
    expect(r.out).not.toContain('<img');
    const fr = await run('--config', site, '--format', 'html');
    expect(fr.out).toContain('lang="fr"');
    expect(fr.out).toContain('<a href="https://business.safety.google/privacy/">Politique de confidentialité de Google</a>');
  });

  test('usage errors, a bad config and an unknown language exit with 2 and say what to fix', async () => {
    expect((await run()).err).toContain('--config <file> is required');
    expect((await run('--config', site, '--format', 'pdf')).err).toContain('--format: expected html, md or json, received "pdf"');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ services: { ga4: { vendor: 1 } } }));
    const bad = await run('--config', join(dir, 'bad.json'));
    expect(bad).toMatchObject({ code: 2, out: '' });
    expect(bad.err).toContain('config.services.ga4.vendor: expected a string, received 1');
    expect((await run('--config', site, '--lang', 'xx')).err).toContain('unknown language "xx"; expected one of en, fr, de, es, it, nl, pt, pl, ar');
    expect((await run('--config', join(dir, 'missing.json'))).code).toBe(2);
  });
});

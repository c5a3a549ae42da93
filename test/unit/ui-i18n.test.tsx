/// <reference types="vite/client" />
// Every shipped language is complete: the same keys as English, the same placeholders, real
// translations (not English copies), and cookie lifetimes in the visitor's language.
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/core/chunks';
import en from '../../src/ui/i18n/en';
import { lifetime, list, setLang, T } from '../../src/ui/text';

const files = import.meta.glob<{ default: Record<string, string> }>('../../src/ui/i18n/*.ts', { eager: true });
const lang = (l: string) => files[`../../src/ui/i18n/${l}.ts`]?.default;
const holes = (s: string) => (s.match(/\{\w+\}/g) || []).sort();

describe('translations', () => {
  test('a file for every language the core can pick, and nothing else', () => {
    expect(Object.keys(files).map((f) => /(\w+)\.ts$/.exec(f)![1]).sort()).toEqual([...LANGS].sort());
  });

  for (const l of LANGS.filter((x) => x !== 'en')) {
    test(`${l}: same keys and placeholders as English, every string translated`, () => {
      const t = lang(l);
      expect(Object.keys(t).sort()).toEqual(Object.keys(en).sort());
      const copies: string[] = [];
      for (const k in en) {
        const s = t[k];
        expect(typeof s === 'string' && s.trim().length > 0, `${l}.${k} is empty`).toBe(true);
        expect(holes(s), `${l}.${k} placeholders`).toEqual(holes(en[k as keyof typeof en]));
        if (s === en[k as keyof typeof en]) copies.push(k);
      }
      // Only a label that is the same word in both languages may equal the English one.
      expect(copies.filter((k) => k !== 'services')).toEqual([]);
      // Closing the banner refuses: the text says so in every language (checked by a human once, by length here).
      expect(t.bannerText.length).toBeGreaterThan(150);
    });
  }

  test('French uses the labels the spec names', () => {
    const fr = lang('fr');
    expect([fr.acceptAll, fr.rejectAll, fr.customize]).toEqual(['Tout accepter', 'Tout refuser', 'Personnaliser']);
  });
});

describe('formatting', () => {
  test('catalogue lifetimes read in the visitor’s language', () => {
    setLang('en', {});
    expect(lifetime('2 years (Chrome caps any cookie at 400 days)')).toBe('Cookies kept for 2 years');
    expect(lifetime('24 hours')).toBe('Cookies kept for 24 hours');
    expect(lifetime('session')).toBe('Cookies kept for the visit only');
    expect(lifetime(undefined)).toBeUndefined();
    setLang('fr', lang('fr'));
    expect(lifetime('13 months')).toBe('Cookies conservés pendant 13\u00a0mois');
    expect(lifetime({ en: '1 day', fr: 'un jour' })).toBe('Cookies conservés pendant un jour');
    expect(lifetime('2 ans')).toBe('Cookies conservés pendant 2 ans');
    setLang('de', lang('de'));
    expect(lifetime('1 year')).toBe('Speicherdauer der Cookies: 1 Jahr');
    expect(lifetime('Session')).toBe('Speicherdauer der Cookies: bis zum Ende des Besuchs');
    setLang('en', {});
  });

  test('lists of purposes', () => {
    setLang('en', {});
    expect(list(['Analytics', 'Advertising'])).toBe('Analytics and Advertising');
    setLang('fr', lang('fr'));
    expect(list(['Mesure d’audience', 'Publicité'])).toBe('Mesure d’audience et Publicité');
    setLang('en', {});
  });

  test('site overrides win over the shipped strings', () => {
    setLang('fr', lang('fr'), { acceptAll: 'Accepter' });
    expect([T.acceptAll, T.rejectAll]).toEqual(['Accepter', 'Tout refuser']);
    setLang('en', {});
  });
});

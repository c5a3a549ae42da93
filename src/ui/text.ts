// Words of the interface: the strings of the chosen language (English, then the loaded language,
// then the site's overrides) and the few things that need the locale to be formatted.
import type { Text } from '../core/types';
import en from './i18n/en';

/** Strings in use, by key. */
export let T: Record<string, string> = en;
/** Language in use. */
export let L = 'en';

/** Picks the strings of `locale`; a key the site overrides in `config.translations` wins. */
export function setLang(locale: string, loaded: Record<string, string>, site?: Record<string, string>): void {
  L = locale;
  T = { ...en, ...loaded, ...site };
}

/** Fills `{name}` placeholders. */
export const fill = (s: string, v: Record<string, string | number>): string =>
  s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? '' + v[k] : m));

/** A config text in the language in use (a plain string, or `{ en: …, fr: … }`). */
export function txt(t?: Text): string | undefined {
  if (!t || typeof t == 'string') return t;
  return t[L] || t.en || Object.values(t)[0];
}

/** "Kept for 2 years" in the language in use, from the catalogue's English "2 years" or "session". */
export function lifetime(t?: Text): string | undefined {
  let s = txt(t);
  if (!s) return;
  const m = /^(\d+)\s*(second|minute|hour|day|week|month|year)s?\b/i.exec(s);
  if (/^session/i.test(s)) s = T.session;
  else if (m) {
    try {
      s = new Intl.NumberFormat(L, { style: 'unit', unit: m[2].toLowerCase(), unitDisplay: 'long' }).format(+m[1]);
    } catch {
      // An old browser without unit formatting shows the catalogue's English.
    }
  }
  return fill(T.lifetime, { t: s });
}

/** "Analytics and Advertising" in the language in use. */
export function list(a: string[]): string {
  try {
    return new Intl.ListFormat(L).format(a);
  } catch {
    return a.join(', ');
  }
}

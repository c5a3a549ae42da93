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

/** Fills the `{key}` placeholders of `s`. */
export const fill = (s: string, key: string, v: string | number): string => s.split('{' + key + '}').join('' + v);

/** A config text in the language in use (a plain string, or `{ en: …, fr: … }`). */
export function txt(t?: Text): string | undefined {
  return t && typeof t != 'string' ? t[L] || t.en || Object.values(t)[0] : t;
}

/** "Kept for 2 years" in the language in use, from the catalogue's English "2 years" or "session". */
export function lifetime(t?: Text): string | undefined {
  let s = txt(t);
  if (!s) return;
  const m = /^(?:session|(\d+)\s*(second|minute|hour|day|week|month|year)s?\b)/i.exec(s);
  if (m) {
    if (!m[1]) s = T.session;
    else {
      try {
        s = new Intl.NumberFormat(L, { style: 'unit', unit: m[2].toLowerCase(), unitDisplay: 'long' }).format(+m[1]);
      } catch {
        // An old browser without unit formatting shows the catalogue's English.
      }
    }
  }
  return fill(T.lifetime, 't', s);
}

/** "Analytics and Advertising" in the language in use. */
export function list(a: string[]): string {
  try {
    return new Intl.ListFormat(L).format(a);
  } catch {
    return a.join(', ');
  }
}

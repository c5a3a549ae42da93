// What the cookie declaration says, computed once from the config, the services met on the page
// and the visitor's record; the page (dom.ts) and the command line (text.ts) only lay it out.
// No DOM here: the command line runs it in Node.
import { withStored } from '../catalogue/details';
import { LIFETIMES } from '../catalogue/lifetimes';
import { withTitles } from '../catalogue/titles';
import { VENDORS } from '../catalogue/vendors';
import type {
  ConsentRecord, Declaration, DeclarationEntry, DeclarationService, ResolvedConfig, Text,
} from '../core/types';
import en from '../ui/i18n/en';
import { DESCRIPTIONS } from './descriptions';
import { WORDS, type Words } from './words';

export interface Input {
  cfg: ResolvedConfig;
  /** One of the bundled languages. */
  lang: string;
  /** Interface strings of `lang` (the purposes' titles and texts); English fills the gaps. */
  strings?: Record<string, string>;
  /** Services met on the page; none from the command line. */
  seen?: string[];
  /** The visitor's record (null before a choice); `undefined` from the command line: no answers. */
  record?: ConsentRecord | null;
  /** Whether a service is granted now (the first stage's answer, so that the chunk never re-implements it). */
  granted?: (service: string) => boolean;
  /** The page is served over https (the consent cookie is then `__Host-<name>`). */
  https?: boolean;
}

/** `{x}` placeholders filled. */
export const put = (s: string, x: Record<string, string>): string => s.replace(/\{(\w)\}/g, (m, k: string) => x[k] ?? m);

/** `s` with a vendor's name put in, elided in French before a vowel ("de Atelier" → "d’Atelier"). */
export function withVendor(s: string, vendor: string, lang: string): string {
  const t = s.replace('{v}', () => (lang == 'fr' ? '\u0000' : '') + vendor);
  return t.replace(/ de \u0000(?=[AEIOUYÉÈÊaeiouyéèê])/, ' d’').replace('\u0000', '');
}

/** The link text to a vendor's privacy policy ("Politique de confidentialité d’Atelier SAS" in French). */
export const policyText = (w: Words, vendor: string, lang: string): string => withVendor(w.policy, vendor, lang);

/** Who sets an entry: this site (a first-party cookie), another site (third-party), or, for browser storage, this site. */
export const partyText = (e: DeclarationEntry, w: Words): string => (e.kind == 'storage' ? w.site : e.party == 'first' ? w.first : w.third);

/** A config text in `lang`: its own version, else English, else the first one given. */
function pick(t: Text | undefined, lang: string): string | undefined {
  return t && typeof t != 'string' ? t[lang] || t.en || Object.values(t)[0] : t;
}

/** "13 months" → "13 mois" in `lang`; "session" → the words' session; anything else as written. */
export function formatLifetime(s: string, lang: string, w: Words): string {
  const m = /^\s*(?:(session)|(\d+)\s*(second|minute|hour|day|week|month|year)s?)\s*$/i.exec(s);
  if (!m) return s;
  if (m[1]) return w.sessionLife;
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: m[3].toLowerCase(), unitDisplay: 'long' }).format(+m[2]);
  } catch {
    return s;
  }
}

/** A prefix `_ga_*` reads `_ga_<id>`; `_hj*` reads `_hj…`. */
const shown = (n: string) => n.replace(/\*$/, /[_.-]\*$/.test(n) ? '<id>' : '…');

/** The cookie declaration for `i`: the services the config declares plus those met on the page, by purpose. */
export function declaration(i: Input): Declaration {
  // The catalogue's titles, lifetimes, cookies and storage, which the first stage does not carry.
  const cfg = withStored(withTitles(i.cfg));
  const lang = i.lang;
  const w = { ...en, ...WORDS.en, ...i.strings, ...WORDS[lang], ...cfg.translations[lang] } as Words & Record<string, string>;
  const seen = i.seen || [];
  let ocd = false;
  const life = (raw: string | undefined, fromOcd?: boolean): Pick<DeclarationEntry, 'lifetime' | 'lifetimeText' | 'ocd'> => {
    if (!raw) return { lifetimeText: w.unknown };
    if (fromOcd) ocd = true;
    return { lifetime: raw, lifetimeText: formatLifetime(raw, lang, w), ...(fromOcd ? { ocd: true } : {}) };
  };
  const answer = (name: string, readOnly: boolean): Pick<DeclarationService, 'granted'> =>
    i.record === undefined ? {} : { granted: readOnly || (i.record && !!i.granted?.(name)) };

  const purposes = cfg.categories.map((c) => {
    const title = pick(c.title, lang) || w[c.name + 'Title'] || c.name;
    const description = pick(c.description, lang) || w[c.name + 'Text'] || '';
    const services: DeclarationService[] = [];
    if (c.name === 'necessary') {
      const k = cfg.cookie;
      const days = cfg.expiresDays + ' days';
      services.push({
        name: 'consentry', title: w.own, vendor: w.site, description: w.ownText, hosts: [],
        entries: [
          { name: (i.https && !k.domain && k.path === '/' ? '__Host-' : '') + k.name, kind: 'cookie', party: 'first', ...life(days) },
          { name: 'consentry', kind: 'storage', party: 'first', ...life(days) },
        ],
        declared: true, met: false, readOnly: true, ...answer('', true),
      });
    }
    for (const n of c.services) {
      const s = cfg.services[n];
      const met = seen.indexOf(n) >= 0;
      if (!s.site && !met) continue;
      const known = VENDORS[n];
      // The lifetime of a site's own service is how long its cookies live; a catalogue service's
      // is that of its longest-lived cookie, which says nothing of the others (every catalogue
      // service has a description).
      const own = DESCRIPTIONS[n] ? undefined : pick(s.lifetime, lang);
      const per = (k: string) => pick(s.lifetimes?.[k], lang);
      const entries: DeclarationEntry[] = s.cookies.map((k) => ({
        name: shown(k), kind: 'cookie', party: 'first', ...(per(k) ? life(per(k)) : LIFETIMES[k] ? life(LIFETIMES[k], true) : life(own)),
      }));
      for (const k of s.storage) entries.push({ name: shown(k), kind: 'storage', party: 'first', ...life(per(k)) });
      const title = pick(s.title, lang) || n;
      const vendor = s.vendor || known?.vendor;
      // A service that stores nothing on the site's domain but states a lifetime (video players,
      // maps, social embeds) sets its cookies on its own domains, from its frames or requests.
      const longest = pick(s.lifetime, lang);
      if (s.hosts.length && longest && !entries.length) {
        entries.push({ name: withVendor(w.vendorCookies, vendor || title, lang), kind: 'cookie', party: 'third', lifetime: longest, lifetimeText: put(w.upTo, { t: formatLifetime(longest, lang, w) }) });
      }
      const d = s.description;
      services.push({
        name: n, title, vendor,
        privacyPolicyUrl: s.privacyPolicyUrl || (s.vendor ? undefined : known?.privacyPolicyUrl),
        description: (typeof d == 'object' && d[lang]) || DESCRIPTIONS[n]?.[lang] || pick(d, lang) || description,
        hosts: s.hosts.slice(), entries, declared: !!s.site, met, readOnly: c.readOnly, ...answer(n, c.readOnly),
      });
    }
    return { name: c.name, title, description, readOnly: c.readOnly, services };
  }).filter((p) => p.services.length);
  return { language: lang, dir: lang == 'ar' ? 'rtl' : 'ltr', purposes, ...(ocd ? { source: w.source } : {}) };
}

// Cookie names → category and vendor, for cookies of vendors the catalogue does not know.
// Loaded lazily (its own chunk): only the clean-up and reports need it. The data comes from the
// Open Cookie Database through tools/catalogue/build-classifier.mjs, whose header says which
// names it keeps and how categories are mapped.
import { OCD } from './ocd-data';

export type CookieCategory = 'necessary' | 'functional' | 'analytics' | 'advertising';

export interface CookieClass {
  category: CookieCategory;
  vendor: string;
}

const CATEGORIES: CookieCategory[] = ['necessary', 'functional', 'analytics', 'advertising'];

let exact: Map<string, CookieClass> | undefined;
let lower: Map<string, CookieClass>;
/** Longest first, so that `_gat_gtag_` wins over `_gat`. */
let prefixes: [string, CookieClass][];
let lowerPrefixes: [string, CookieClass][];

function load(): void {
  exact = new Map();
  lower = new Map();
  prefixes = [];
  for (const line of OCD.split('\n')) {
    const names = line.split('|');
    const c: CookieClass = { category: CATEGORIES[+line[0]], vendor: names[0].slice(1) };
    for (let i = 1; i < names.length; i++) {
      const n = names[i];
      if (n.endsWith('*')) prefixes.push([n.slice(0, -1), c]);
      else {
        exact.set(n, c);
        // Lines come most restrictive category first: on a case clash the stricter one stays.
        const l = n.toLowerCase();
        if (!lower.has(l)) lower.set(l, c);
      }
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  lowerPrefixes = prefixes.map(([p, c]) => [p.toLowerCase(), c]);
}

function byPrefix(list: [string, CookieClass][], name: string): CookieClass | undefined {
  for (const [p, c] of list) if (name.startsWith(p)) return c;
}

/** The category and vendor of a cookie (or storage key) name, or undefined when unknown. */
export function classifyCookie(name: string): CookieClass | undefined {
  if (!exact) load();
  const l = name.toLowerCase();
  const c = exact!.get(name) || lower.get(l) || byPrefix(prefixes, name) || byPrefix(lowerPrefixes, l);
  return c && { category: c.category, vendor: c.vendor };
}

/** `classifyCookie` for each name, in the same order. */
export function classifyCookies(names: string[]): (CookieClass | undefined)[] {
  return names.map(classifyCookie);
}

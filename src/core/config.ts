// Config parsing: every key is checked, defaults are applied, catalogue and site services merged.
// Every problem is collected, then reported at once in one ConsentryError: a site owner fixes
// the whole config in one round instead of one key per reload.
import { bad, ConsentryError } from './errors';
import { CATALOGUE } from '../catalogue/index';
import { dict, own } from './dict';
import type {
  Category, CategoryConfig, ConsentryConfig, ResolvedConfig, Service, ServiceConfig, Text,
} from './types';

import { NECESSARY } from './constants';

export { NECESSARY };
export const DEFAULT_CATEGORIES = [NECESSARY, 'functional', 'analytics', 'advertising'];
export const MAX_DAYS = 395;

const NAME = /^[a-z][a-z0-9_-]{0,39}$/;
const LANG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

type Obj = Record<string, unknown>;

/** Problems found by the resolveConfig call in progress. */
let found: ConsentryError[] = [];

/** Notes a problem and gives the value that stands in for the bad one. */
function no<T>(e: ConsentryError, d: T): T {
  found.push(e);
  return d;
}

const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(key: string, v: unknown): Obj {
  return isObj(v) ? v : no(bad(key, 'an object', v), {});
}

/** A site's object's own keys: a key it inherits (a prototype set with `__proto__`) is never read as config. */
const names = (o: Obj) => Object.keys(o);

function keys(key: string, o: Obj, allowed: string[]): void {
  for (const k of names(o)) {
    if (allowed.indexOf(k) < 0) no(new ConsentryError(`${key}.${k}: unknown key; expected one of ${allowed.join(', ')}`), 0);
  }
}

function bool(key: string, v: unknown, d: boolean): boolean {
  if (v === undefined) return d;
  return typeof v === 'boolean' ? v : no(bad(key, 'true or false', v), d);
}

function int(key: string, v: unknown, min: number, max: number, d: number): number;
function int(key: string, v: unknown, min: number, max: number): number | undefined;
function int(key: string, v: unknown, min: number, max: number, d?: number): number | undefined {
  if (v === undefined) return d;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    return no(bad(key, `a whole number from ${min} to ${max}`, v), d);
  }
  return v;
}

function str(key: string, v: unknown, re?: RegExp, what = 'a string'): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || (re && !re.test(v))) return no(bad(key, what, v), undefined);
  return v;
}

function oneOf<T extends string>(key: string, v: unknown, list: readonly T[], d: T): T {
  if (v === undefined) return d;
  if (list.indexOf(v as T) < 0) return no(bad(key, 'one of ' + list.map((x) => `"${x}"`).join(', '), v), d);
  return v as T;
}

function strings(key: string, v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return no(bad(key, 'an array of strings', v), undefined);
  const n = found.length;
  v.forEach((s, i) => {
    if (typeof s !== 'string' || !s) no(bad(`${key}[${i}]`, 'a non-empty string', s), 0);
  });
  return found.length > n ? undefined : v.slice();
}

function text(key: string, v: unknown): Text | undefined {
  if (v === undefined || typeof v === 'string') return v;
  const o = obj(key, v);
  const t = dict<string>();
  for (const l of names(o)) {
    if (!LANG.test(l)) no(bad(`${key}.${l}`, 'a language code such as "fr"', l), 0);
    else if (typeof o[l] !== 'string') no(bad(`${key}.${l}`, 'a string', o[l]), 0);
    else t[l] = o[l] as string;
  }
  return t;
}

/** The page's base URL, against which the browser resolves a relative link (none on a server). */
const pageBase = () => (typeof document !== 'undefined' && document.baseURI) || 'https://localhost/';

/**
 * A URL from config, read the way the browser will read it: the WHATWG URL parser (which drops
 * tabs, newlines and leading control characters, so `java\tscript:` is `javascript:`) against
 * the page's base URL. Only http(s) — and relative forms of it — and, for links, mailto survive.
 */
function url(key: string, v: unknown, mailto = false): string | undefined {
  const s = str(key, v);
  if (s === undefined) return s;
  let p = '';
  try {
    p = new URL(s, pageBase()).protocol;
  } catch {
    // not a URL at all: refused below
  }
  if (p === 'http:' || p === 'https:' || (mailto && p === 'mailto:')) return s;
  return no(bad(key, mailto ? 'an http(s), mailto: or relative URL' : 'an http(s) or relative URL', v), undefined);
}

/** A folder URL from config: a `/` is added when missing, so that file names resolve inside it. */
function folder(key: string, v: unknown): string | undefined {
  const s = url(key, v);
  return s === undefined || /\/$/.test(s) ? s : s + '/';
}

/** `reloadOnWithdraw`: `'auto'` (default) reloads only when a withdrawn service ran on the page. */
function reloadMode(key: string, v: unknown): boolean | 'auto' {
  if (v === undefined || v === 'auto') return 'auto';
  return typeof v === 'boolean' ? v : no(bad(key, 'true, false or "auto"', v), 'auto');
}

/** How one key is read: its value, or what stands in when it is missing or wrong (the problem noted). */
type Rule = (key: string, v: unknown) => unknown;
const yes = (d?: boolean): Rule => (key, v) => bool(key, v, d as boolean);
const whole = (min: number, max: number, d?: number): Rule => (key, v) => int(key, v, min, max, d as number);
const like = (re: RegExp, what: string, d?: string): Rule => (key, v) => str(key, v, re, what) ?? d;
const choice = (list: readonly string[], d: string): Rule => (key, v) => oneOf(key, v, list, d);
const link: Rule = (key, v) => url(key, v, true);

/**
 * Reads an object of known keys by their rules, in the rules' order: a key of no rule is reported
 * with the list of known ones. Missing (`undefined`), the object is read as `{}`: every default.
 */
function group(key: string, v: unknown, rules: Record<string, Rule | 0>): Obj {
  const o = v === undefined ? {} : obj(key, v);
  keys(key, o, Object.keys(rules));
  return fields(key, o, rules);
}

function fields(key: string, o: Obj, rules: Record<string, Rule | 0>): Obj {
  const out: Obj = {};
  for (const k in rules) {
    const r = rules[k];
    if (r) out[k] = r(key + '.' + k, o[k]);
  }
  return out;
}

/** The top level, in the order an unknown key's message lists them; `0`: read by `resolve` itself. */
const TOP: Record<string, Rule | 0> = {
  revision: whole(0, 1e9, 0), privacyPolicyUrl: link, expiresDays: whole(1, MAX_DAYS, 182), categories: 0,
  services: 0, language: like(LANG, 'a language code such as "fr"'), translations: 0, autoblock: yes(true),
  guard: yes(false), reloadOnWithdraw: reloadMode, consentMode: 0, gpc: yes(true),
  cookie: (key, v) => group(key, v, {
    name: like(/^[A-Za-z0-9_-]{1,64}$/, 'a cookie name of letters, digits, - and _', 'consentry'),
    domain: (k, d) => (str(k, d, /^\.?[a-z0-9.-]+$/i, 'a domain such as "example.com"') as string | undefined)?.replace(/^\./, ''),
    path: like(/^\/[^;\s]*$/, 'a path starting with "/"', '/'),
  }),
  nonce: like(/^[A-Za-z0-9+/=_-]+$/, 'a nonce of base64 characters'),
  // The grammar of a name in the `trusted-types` directive; "default" would make Consentry's
  // policy the one the browser runs every plain string of the page through.
  trustedTypesPolicy: like(/^(?!default$)[\w#=/@.%-]+$/, 'a Trusted Types policy name other than "default"', 'consentry'),
  ui: (key, v) => group(key, v, {
    layout: choice(['bar', 'box'], 'box'),
    position: choice(['bottom', 'top', 'bottom-left', 'bottom-right', 'center'], 'bottom'),
    theme: choice(['light', 'dark', 'auto'], 'auto'),
    floatingButton: yes(false), injectCss: yes(true), autoShow: yes(true),
  }),
  baseUrl: (key, v) => folder(key, v),
  uiUrl: (key, v) => url(key, v),
};

/** `consentMode`, when not `false`. */
const MODE: Record<string, Rule> = {
  mode: choice(['basic', 'advanced'], 'basic'), waitForUpdate: whole(0, 60000, 500),
  region: strings, adsDataRedaction: yes(), urlPassthrough: yes(),
};

/** A category's keys; `readOnly` defaults by name (`necessary` is always on). */
const CATEGORY: Record<string, Rule> = { title: text, description: text, revision: whole(0, 1e9), readOnly: yes() };

/** Per cookie or storage key: its lifetime (`{ "_ga_*": "2 years" }`). */
function lifetimes(key: string, v: unknown): Record<string, Text> | undefined {
  if (v === undefined) return v;
  const o = obj(key, v);
  for (const k in o) text(`${key}.${k}`, o[k]);
  return o as Record<string, Text>;
}

function category(key: string, name: string, v: unknown): Category {
  const c = group(key, v, CATEGORY);
  const readOnly = (c.readOnly ?? name === NECESSARY) as boolean;
  if (name === NECESSARY && !readOnly) no(bad(key + '.readOnly', 'true (necessary is always on)', false), 0);
  return { ...c, name, readOnly: readOnly || name === NECESSARY, services: [] } as Category;
}

function service(key: string, name: string, v: Obj, base?: ServiceConfig): Service | undefined {
  keys(key, v, ['category', 'title', 'description', 'hosts', 'cookies', 'storage', 'lifetime', 'lifetimes', 'vendor', 'privacyPolicyUrl']);
  const cat = v.category === undefined && base ? base.category : str(key + '.category', v.category, NAME, 'a category name');
  if (!cat) {
    // A missing category (a wrong one was noted by `str`).
    if (v.category === undefined) no(bad(key + '.category', 'a category name', v.category), 0);
    return undefined;
  }
  return {
    name,
    category: cat,
    title: text(key + '.title', v.title) ?? base?.title,
    description: text(key + '.description', v.description) ?? base?.description,
    hosts: strings(key + '.hosts', v.hosts) ?? base?.hosts ?? [],
    cookies: strings(key + '.cookies', v.cookies) ?? base?.cookies ?? [],
    storage: strings(key + '.storage', v.storage) ?? base?.storage ?? [],
    lifetime: text(key + '.lifetime', v.lifetime) ?? base?.lifetime,
    lifetimes: lifetimes(key + '.lifetimes', v.lifetimes),
    vendor: str(key + '.vendor', v.vendor),
    // A vendor's privacy contact may be an address, as the site's own may.
    privacyPolicyUrl: url(key + '.privacyPolicyUrl', v.privacyPolicyUrl, true),
  };
}

/**
 * Validates a config and fills in defaults. Throws one ConsentryError listing every problem
 * (key, what was expected, what was given); its `problems` holds them one by one.
 */
export function resolveConfig(input?: unknown): ResolvedConfig {
  const outer = found;
  found = [];
  try {
    const c = resolve(input);
    if (!found.length) return c;
    if (found.length === 1) throw Object.assign(found[0], { problems: [found[0].message.slice(11)] });
    const problems = found.map((e) => e.message.slice(11));
    throw Object.assign(
      new ConsentryError(`config: ${problems.length} problems (no banner shows and trackers stay blocked until they are fixed):\n- ${problems.join('\n- ')}`),
      { problems },
    );
  } finally {
    found = outer;
  }
}

function resolve(input?: unknown): ResolvedConfig {
  const c = (input === undefined || input === null ? {} : obj('config', input)) as ConsentryConfig & Obj;
  keys('config', c, Object.keys(TOP));

  const cats: Category[] = [];
  const byName = dict<Category>();
  const given = c.categories === undefined ? {} : obj('config.categories', c.categories);
  const add = (name: string, v: CategoryConfig | false | undefined) => {
    const key = 'config.categories.' + name;
    if (v === false && name === NECESSARY) no(bad(key, 'an object (necessary cannot be removed)', v), 0);
    else if (v === false) return;
    const cat = category(key, name, v === false ? undefined : v);
    cats.push(cat);
    byName[name] = cat;
  };
  for (const n of DEFAULT_CATEGORIES) add(n, own(given, n) as CategoryConfig | false | undefined);
  for (const n of names(given)) {
    if (DEFAULT_CATEGORIES.indexOf(n) >= 0) continue;
    if (!NAME.test(n)) no(bad('config.categories', 'category names of a-z, 0-9, - and _', n), 0);
    else add(n, given[n] as CategoryConfig | false);
  }

  const services = dict<Service>();
  for (const n in CATALOGUE) {
    const s = CATALOGUE[n];
    services[n] = {
      name: n, category: s.category, title: s.title, description: s.description,
      hosts: s.hosts || [], cookies: s.cookies || [], storage: s.storage || [], lifetime: s.lifetime,
    };
  }
  const svc = c.services === undefined ? {} : obj('config.services', c.services);
  for (const n of names(svc)) {
    const key = 'config.services.' + n;
    if (!NAME.test(n)) {
      no(bad('config.services', 'service names of a-z, 0-9, - and _', n), 0);
      continue;
    }
    const v = svc[n];
    if (v === false) {
      delete services[n];
      continue;
    }
    if (!isObj(v)) {
      no(bad(key, 'an object', v), 0);
      continue;
    }
    const s = service(key, n, v, CATALOGUE[n]);
    if (!s) continue;
    if (!byName[s.category]) {
      no(bad(key + '.category', 'one of ' + cats.map((x) => `"${x.name}"`).join(', '), s.category), 0);
      continue;
    }
    s.site = true;
    services[n] = s;
  }
  // A catalogue service whose category the site dropped stays known (so it stays blocked)
  // but belongs to no category that can be granted.
  for (const n in services) byName[services[n].category]?.services.push(n);

  const tr = c.translations === undefined ? {} : obj('config.translations', c.translations);
  const translations = dict<Record<string, string>>();
  for (const l of names(tr)) {
    if (!LANG.test(l)) {
      no(bad('config.translations', 'language codes such as "fr"', l), 0);
      continue;
    }
    const t = obj('config.translations.' + l, tr[l]);
    const out = (translations[l] = dict<string>());
    for (const k of names(t)) {
      if (typeof t[k] !== 'string') no(bad(`config.translations.${l}.${k}`, 'a string', t[k]), 0);
      else out[k] = t[k] as string;
    }
  }

  const consentMode = c.consentMode === false ? false : group('config.consentMode', c.consentMode, MODE);
  // The cookie, the interface and every plain key, by their rules (TOP).
  return { ...fields('config', c, TOP), categories: cats, services, translations, consentMode } as ResolvedConfig;
}

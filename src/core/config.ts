// Config parsing: every key is checked, defaults are applied, catalogue and site services merged.
// Every problem is collected, then reported at once in one ConsentryError: a site owner fixes
// the whole config in one round instead of one key per reload.
import { explain, type Expected, type Problem } from './config-messages';
import { ConsentryError } from './errors';
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

/** Problems found by the checkConfig call in progress. */
let found: Problem[] = [];

/** A problem: the key, the code of what it expected (config-messages.ts), the value received. */
const bad = (key: string, expected: Expected, got: unknown, detail?: unknown): Problem => [key, expected, got, detail];

/** Notes a problem and gives the value that stands in for the bad one. */
function no<T>(p: Problem, d: T): T {
  found.push(p);
  return d;
}

const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(key: string, v: unknown): Obj {
  return isObj(v) ? v : no(bad(key, 'object', v), {});
}

/** A site's object's own keys: a key it inherits (a prototype set with `__proto__`) is never read as config. */
const names = (o: Obj) => Object.keys(o);

function keys(key: string, o: Obj, allowed: string[]): void {
  for (const k of names(o)) {
    if (allowed.indexOf(k) < 0) no(bad(`${key}.${k}`, 'unknown', 0, allowed), 0);
  }
}

function bool(key: string, v: unknown, d: boolean): boolean {
  if (v === undefined) return d;
  return typeof v === 'boolean' ? v : no(bad(key, 'bool', v), d);
}

function int(key: string, v: unknown, min: number, max: number, d: number): number;
function int(key: string, v: unknown, min: number, max: number): number | undefined;
function int(key: string, v: unknown, min: number, max: number, d?: number): number | undefined {
  if (v === undefined) return d;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    return no(bad(key, 'int', v, [min, max]), d);
  }
  return v;
}

function str(key: string, v: unknown, re?: RegExp, what: Expected = 'string'): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || (re && !re.test(v))) return no(bad(key, what, v), undefined);
  return v;
}

function oneOf<T extends string>(key: string, v: unknown, list: readonly T[], d: T): T {
  if (v === undefined) return d;
  if (list.indexOf(v as T) < 0) return no(bad(key, 'oneOf', v, list), d);
  return v as T;
}

function strings(key: string, v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return no(bad(key, 'strings', v), undefined);
  const n = found.length;
  v.forEach((s, i) => {
    if (typeof s !== 'string' || !s) no(bad(`${key}[${i}]`, 'nonEmpty', s), 0);
  });
  return found.length > n ? undefined : v.slice();
}

function text(key: string, v: unknown): Text | undefined {
  if (v === undefined || typeof v === 'string') return v;
  const o = obj(key, v);
  const t = dict<string>();
  for (const l of names(o)) {
    if (!LANG.test(l)) no(bad(`${key}.${l}`, 'lang', l), 0);
    else if (typeof o[l] !== 'string') no(bad(`${key}.${l}`, 'string', o[l]), 0);
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
  return no(bad(key, mailto ? 'link' : 'url', v), undefined);
}

/** A folder URL from config: a `/` is added when missing, so that file names resolve inside it. */
function folder(key: string, v: unknown): string | undefined {
  const s = url(key, v);
  return s === undefined || /\/$/.test(s) ? s : s + '/';
}

/** `reloadOnWithdraw`: `'auto'` (default) reloads only when a withdrawn service ran on the page. */
function reloadMode(key: string, v: unknown): boolean | 'auto' {
  if (v === undefined || v === 'auto') return 'auto';
  return typeof v === 'boolean' ? v : no(bad(key, 'reload', v), 'auto');
}

/** How one key is read: its value, or what stands in when it is missing or wrong (the problem noted). */
type Rule = (key: string, v: unknown) => unknown;
const yes = (d?: boolean): Rule => (key, v) => bool(key, v, d as boolean);
const whole = (min: number, max: number, d?: number): Rule => (key, v) => int(key, v, min, max, d as number);
const like = (re: RegExp, what: Expected, d?: string): Rule => (key, v) => str(key, v, re, what) ?? d;
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
  services: 0, language: like(LANG, 'lang'), translations: 0, autoblock: yes(true),
  guard: yes(false), reloadOnWithdraw: reloadMode, consentMode: 0, gpc: yes(true),
  cookie: (key, v) => group(key, v, {
    name: like(/^[A-Za-z0-9_-]{1,64}$/, 'cookieName', 'consentry'),
    domain: (k, d) => (str(k, d, /^\.?[a-z0-9.-]+$/i, 'domain') as string | undefined)?.replace(/^\./, ''),
    path: like(/^\/[^;\s]*$/, 'path', '/'),
  }),
  nonce: like(/^[A-Za-z0-9+/=_-]+$/, 'nonce'),
  // The grammar of a name in the `trusted-types` directive; "default" would make Consentry's
  // policy the one the browser runs every plain string of the page through.
  trustedTypesPolicy: like(/^(?!default$)[\w#=/@.%-]+$/, 'policy', 'consentry'),
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
  if (name === NECESSARY && !readOnly) no(bad(key + '.readOnly', 'necessaryOn', false), 0);
  return { ...c, name, readOnly: readOnly || name === NECESSARY, services: [] } as Category;
}

function service(key: string, name: string, v: Obj, base?: ServiceConfig): Service | undefined {
  keys(key, v, ['category', 'title', 'description', 'hosts', 'cookies', 'storage', 'lifetime', 'lifetimes', 'vendor', 'privacyPolicyUrl']);
  const cat = v.category === undefined && base ? base.category : str(key + '.category', v.category, NAME, 'category');
  if (!cat) {
    // A missing category (a wrong one was noted by `str`).
    if (v.category === undefined) no(bad(key + '.category', 'category', v.category), 0);
    return undefined;
  }
  // What the site leaves out of a catalogue service stays out here, `undefined`, not `[]`: the
  // chunks that read titles, lifetimes, cookies and storage fill it from the catalogue's details
  // (src/catalogue/titles.ts, details.ts), and what the site gave, `[]` included, wins.
  const none = () => (base ? undefined : []) as string[];
  return {
    name,
    category: cat,
    title: text(key + '.title', v.title),
    description: text(key + '.description', v.description),
    hosts: strings(key + '.hosts', v.hosts) ?? base?.hosts ?? [],
    cookies: strings(key + '.cookies', v.cookies) ?? none(),
    storage: strings(key + '.storage', v.storage) ?? none(),
    lifetime: text(key + '.lifetime', v.lifetime),
    lifetimes: lifetimes(key + '.lifetimes', v.lifetimes),
    vendor: str(key + '.vendor', v.vendor),
    // A vendor's privacy contact may be an address, as the site's own may.
    privacyPolicyUrl: url(key + '.privacyPolicyUrl', v.privacyPolicyUrl, true),
  };
}

/**
 * Validates a config and fills in defaults. `problems` lists what is wrong, as codes (key, what
 * was expected, what was given) that config-messages.ts puts in words; empty, `config` is valid.
 */
export function checkConfig(input?: unknown): { config: ResolvedConfig; problems: Problem[] } {
  const outer = found;
  found = [];
  try {
    return { config: resolve(input), problems: found };
  } finally {
    found = outer;
  }
}

/** The error of a config's problems, put in words (`explain`): the message lists them all, `problems` one by one. */
export const configError = (e: { message: string; problems: string[] }) => Object.assign(new ConsentryError(e.message), { problems: e.problems });

/**
 * Validates a config and fills in defaults. Throws one ConsentryError listing every problem
 * (key, what was expected, what was given); its `problems` holds them one by one.
 */
export function resolveConfig(input?: unknown): ResolvedConfig {
  const { config, problems } = checkConfig(input);
  if (problems.length) throw configError(explain(problems));
  return config;
}

function resolve(input?: unknown): ResolvedConfig {
  const c = (input === undefined || input === null ? {} : obj('config', input)) as ConsentryConfig & Obj;
  keys('config', c, Object.keys(TOP));

  const cats: Category[] = [];
  const byName = dict<Category>();
  const given = c.categories === undefined ? {} : obj('config.categories', c.categories);
  const add = (name: string, v: CategoryConfig | false | undefined) => {
    const key = 'config.categories.' + name;
    if (v === false && name === NECESSARY) no(bad(key, 'keepNecessary', v), 0);
    else if (v === false) return;
    const cat = category(key, name, v === false ? undefined : v);
    cats.push(cat);
    byName[name] = cat;
  };
  for (const n of DEFAULT_CATEGORIES) add(n, own(given, n) as CategoryConfig | false | undefined);
  for (const n of names(given)) {
    if (DEFAULT_CATEGORIES.indexOf(n) >= 0) continue;
    if (!NAME.test(n)) no(bad('config.categories', 'categoryNames', n), 0);
    else add(n, given[n] as CategoryConfig | false);
  }

  // Catalogue services with their category and hosts only: the first stage carries no more of
  // the catalogue. Title, lifetime, cookies and storage are filled in place by the chunks that
  // read them (src/catalogue/titles.ts `withTitles`, details.ts `withStored`).
  const services = dict<Service>();
  for (const n in CATALOGUE) {
    const s = CATALOGUE[n];
    services[n] = { name: n, category: s.category, hosts: s.hosts || [] } as Service;
  }
  const svc = c.services === undefined ? {} : obj('config.services', c.services);
  for (const n of names(svc)) {
    const key = 'config.services.' + n;
    if (!NAME.test(n)) {
      no(bad('config.services', 'serviceNames', n), 0);
      continue;
    }
    const v = svc[n];
    if (v === false) {
      delete services[n];
      continue;
    }
    if (!isObj(v)) {
      no(bad(key, 'object', v), 0);
      continue;
    }
    const s = service(key, n, v, CATALOGUE[n]);
    if (!s) continue;
    if (!byName[s.category]) {
      no(bad(key + '.category', 'oneOf', s.category, cats.map((x) => x.name)), 0);
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
      no(bad('config.translations', 'langs', l), 0);
      continue;
    }
    const t = obj('config.translations.' + l, tr[l]);
    const out = (translations[l] = dict<string>());
    for (const k of names(t)) {
      if (typeof t[k] !== 'string') no(bad(`config.translations.${l}.${k}`, 'string', t[k]), 0);
      else out[k] = t[k] as string;
    }
  }

  const consentMode = c.consentMode === false ? false : group('config.consentMode', c.consentMode, MODE);
  // The cookie, the interface and every plain key, by their rules (TOP).
  return { ...fields('config', c, TOP), categories: cats, services, translations, consentMode } as ResolvedConfig;
}

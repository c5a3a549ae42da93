// Reading the visitor's choice from the consent cookie on a server (`consentry/server`'s readConsent).
import { resolveConfig } from '../core/config';
import { own } from '../core/dict';
import { current, decode, meet, staleCategories } from '../core/record';
import { HOST, readCookies } from '../storage/cookie';
import type { ConsentryConfig, ConsentRecord } from '../core/types';

/** What a server may rely on. */
export interface ServerConsent {
  id: string;
  method: ConsentRecord['method'];
  revision: number;
  updatedAt: string;
  expiresAt: string;
  /**
   * Per category, `true` only when granted as a whole (every service, including ones met later);
   * a partly granted purpose is `false` here, its granted services `true` in `services`.
   * `necessary` is always true.
   */
  categories: Record<string, boolean>;
  /**
   * Choice per service. With `config` every service is listed; without it only the services
   * whose choice differs from their category's (a service not listed follows its category):
   * a service is granted when `services[name] ?? categories[its category]` is true.
   */
  services: Record<string, boolean>;
  /** Global Privacy Control was on when decided, or `Sec-GPC: 1` was sent with this request. */
  gpc: boolean;
}

export interface ReadOptions {
  /** The site's current `config.revision`; an older record counts as no choice. Default 0. */
  revision?: number;
  /** The site's Consentry config (the same as the browser's): enables per-service answers and per-category revisions. */
  config?: ConsentryConfig;
  /** Cookie name when not `consentry` (also taken from `config.cookie.name`). */
  cookieName?: string;
  /** Clock, for tests. */
  now?: number;
}

type HeaderBag = { get?(name: string): string | null } | Record<string, string | string[] | undefined>;
type RequestLike = { headers: HeaderBag };

function header(h: HeaderBag, name: string): string | undefined {
  if (typeof (h as any).get === 'function') return (h as any).get(name) ?? undefined;
  const v = (h as Record<string, string | string[] | undefined>)[name] ?? (h as any)[name.toLowerCase()];
  return Array.isArray(v) ? v.join('; ') : v;
}

/**
 * The granted categories and services from a `Cookie` header or a request (Node's
 * IncomingMessage, a Fetch `Request`, or anything with `headers`); null when no copy of the
 * cookie is valid, current and of the site's revision. Several copies (under `<name>` and
 * `__Host-<name>`, from several domains or paths) grant only what all of them grant. `Sec-GPC: 1`
 * refuses advertising unless it was granted explicitly while GPC was on, as in the browser.
 * Never throws on bad cookies.
 */
export function readConsent(input: string | RequestLike | null | undefined, options: ReadOptions = {}): ServerConsent | null {
  const cfg = options.config !== undefined ? resolveConfig(options.config) : undefined;
  const name = options.cookieName || cfg?.cookie.name || 'consentry';
  let jar: string | undefined;
  let gpcHeader = false;
  if (typeof input === 'string') jar = input;
  else if (input && typeof input === 'object' && input.headers) {
    jar = header(input.headers, 'cookie');
    gpcHeader = (header(input.headers, 'sec-gpc') || '').trim() === '1';
  }
  if (!jar) return null;
  const revision = options.revision ?? cfg?.revision ?? 0;
  const site = { ...(cfg || resolveConfig()), revision };
  const copies: ConsentRecord[] = [];
  for (const raw of readCookies(HOST + name, jar).concat(readCookies(name, jar))) {
    const r = decode(raw, cfg);
    // A copy that is unreadable, expired or of an older revision grants nothing: none is obeyed.
    if (!r || !current(r, site, options.now)) return null;
    copies.push(r);
  }
  const r = meet(copies);
  if (!r) return null;
  const categories = { ...r.categories };
  const services = { ...r.services };
  // A record of an older version may say true for a purpose with a service refused: that purpose
  // is partly granted (the more protective reading). Without a config, membership comes from the
  // catalogue; a refused service it does not know could be in any purpose, so none stays whole.
  const members = cfg || resolveConfig();
  for (const k in services) {
    if (services[k]) continue;
    const s = members.services[k];
    if (s) {
      if (own(categories, s.category) && !members.categories.find((c) => c.name === s.category)?.readOnly) partly(s.category);
    } else for (const c in categories) if (c !== 'necessary' && categories[c]) partly(c);
  }
  function partly(cat: string): void {
    categories[cat] = false;
    // Without a config, the services not listed followed the whole purpose: those of the catalogue
    // stay granted as they were, listed explicitly.
    if (!cfg) for (const n of members.categories.find((c) => c.name === cat)?.services || []) if (own(services, n) === undefined) services[n] = true;
  }
  const off = (cat: string) => {
    categories[cat] = false;
    for (const n of members.categories.find((c) => c.name === cat)?.services || []) services[n] = false;
    // Without a config a listed service the catalogue does not know may be of this purpose: refused.
    if (!cfg) for (const n in services) if (!members.services[n]) services[n] = false;
  };
  if (cfg) for (const c of staleCategories(r, cfg)) off(c);
  // Sec-GPC: 1 is an opt-out of sale/sharing: advertising (whole or partly granted) is refused for this request unless the
  // visitor granted it while GPC was on (the browser asks again in the same case).
  if (gpcHeader && !r.gpc) off('advertising');
  return {
    id: r.id, method: r.method, revision: r.revision, updatedAt: r.updatedAt, expiresAt: r.expiresAt,
    categories, services, gpc: r.gpc || gpcHeader,
  };
}


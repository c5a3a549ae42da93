// `consentry/server`: read the visitor's choice from the consent cookie on a Node server.
import { resolveConfig } from './core/config';
import { current, decode, staleCategories } from './core/record';
import { readCookie } from './storage/cookie';
import type { ConsentryConfig, ConsentRecord } from './core/types';

export type { ConsentRecord, ConsentryConfig } from './core/types';

/** What a server may rely on. */
export interface ServerConsent {
  id: string;
  method: ConsentRecord['method'];
  revision: number;
  updatedAt: string;
  expiresAt: string;
  /** Choice per category; `necessary` is always true. */
  categories: Record<string, boolean>;
  /**
   * Choice per service. With `config` every service is listed; without it only the services
   * whose choice differs from their category's (a service not listed follows its category).
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
 * IncomingMessage, a Fetch `Request`, or anything with `headers`); null when the cookie is
 * missing, malformed, expired or from an older revision. Never throws on bad cookies.
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
  const raw = readCookie(name, jar);
  if (!raw) return null;
  const r = decode(raw, cfg);
  const revision = options.revision ?? cfg?.revision ?? 0;
  if (!r || !current(r, { ...(cfg || resolveConfig()), revision }, options.now)) return null;
  const categories = { ...r.categories };
  const services = { ...r.services };
  const off = (cat: string) => {
    categories[cat] = false;
    if (cfg) for (const s of cfg.categories.find((c) => c.name === cat)?.services || []) services[s] = false;
    else for (const s in services) services[s] = false; // unknown membership: refuse every exception
  };
  if (cfg) for (const c of staleCategories(r, cfg)) off(c);
  // Sec-GPC: 1 is an opt-out of sale/sharing; advertising is refused for this request whatever was stored.
  if (gpcHeader && categories.advertising) off('advertising');
  return {
    id: r.id, method: r.method, revision: r.revision, updatedAt: r.updatedAt, expiresAt: r.expiresAt,
    categories, services, gpc: r.gpc || gpcHeader,
  };
}

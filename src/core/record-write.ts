// The consent record, writing half: a new decision's record and its cookie form. Only the store
// chunk (and Node tools) need it; reading and comparing records is record.ts's.
import { NECESSARY } from './constants';
import { own } from './dict';
import { DAY, fnv, M, METHODS, SCHEMA, serviceDefault } from './record';
import type { ConsentMethod, ConsentRecord, ResolvedConfig } from './types';

/** A random v4 UUID; falls back to getRandomValues where randomUUID is missing (http pages). */
export function uuid(): string {
  const c = globalThis.crypto;
  if (c && c.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  b[6] = (b[6] & 15) | 64;
  b[8] = (b[8] & 63) | 128;
  const h = Array.from(b, (x) => (x + 256).toString(16).slice(1)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Makes the record of a new decision. `base` keeps the id and creation date of the visitor's earlier record. */
export function makeRecord(
  cfg: ResolvedConfig, method: ConsentMethod, categories: Record<string, boolean>,
  services: Record<string, boolean>, locale: string, gpc: boolean, base: ConsentRecord | null,
  now = Date.now(),
): ConsentRecord {
  const revisions: Record<string, number> = {};
  services = { ...services };
  for (const c of cfg.categories) {
    if (c.revision !== undefined) revisions[c.name] = c.revision;
    // Services of an always-on category are always on, whatever the caller passed.
    if (c.readOnly) for (const s of c.services) services[s] = true;
  }
  const t = new Date(now).toISOString();
  return {
    schema: SCHEMA,
    id: base ? base.id : uuid(),
    revision: cfg.revision,
    revisions,
    categories: { ...categories, [NECESSARY]: true },
    services,
    method,
    createdAt: base && Date.parse(base.createdAt) <= now ? base.createdAt : t,
    updatedAt: t,
    expiresAt: new Date(now + cfg.expiresDays * DAY).toISOString(),
    locale,
    gpc,
  };
}

const pack = (m: Record<string, boolean | number>) =>
  Object.keys(m).map((k) => k + ':' + +m[k]).join('.');

/** The cookie value of a record; `summary` marks a protective summary that IndexedDB completes. */
export function encode(r: ConsentRecord, cfg: ResolvedConfig, summary = false): string {
  const dev: Record<string, boolean> = {};
  for (const k in r.services) if (r.services[k] !== serviceDefault(r, cfg, k)) dev[k] = r.services[k];
  const d = (s: string) => Date.parse(s).toString(36);
  const m = M[METHODS.indexOf(r.method)];
  const body = [
    'v' + SCHEMA, r.id, r.revision, summary ? m.toUpperCase() : m, d(r.createdAt), d(r.updatedAt),
    d(r.expiresAt), r.locale, +r.gpc, pack(r.categories), pack(dev), pack(r.revisions),
  ].join('~');
  return body + '~' + fnv(body);
}

/**
 * A more protective form of a record, for a cookie that cannot hold the whole record: a purpose
 * not granted with every one of its services is refused, so no service is granted by exception.
 */
export function summary(r: ConsentRecord, cfg: ResolvedConfig): ConsentRecord {
  const categories = { ...r.categories };
  const services: Record<string, boolean> = {};
  for (const c of cfg.categories) if (!c.readOnly && own(categories, c.name)) for (const s of c.services) if (own(r.services, s) === false) categories[c.name] = false;
  for (const k in r.services) services[k] = serviceDefault({ ...r, categories }, cfg, k);
  categories[NECESSARY] = true;
  return { ...r, categories, services };
}

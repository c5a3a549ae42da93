// The consent record: validation, migration of older schemas, reading its cookie form, and
// comparing records. Making a record and writing its cookie form: record-write.ts (store chunk).
import { NECESSARY } from './constants';
import { own } from './dict';
import type { ConsentMethod, ConsentRecord, ResolvedConfig } from './types';

export const SCHEMA = 2;
export const DAY = 864e5;
export const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'dismiss'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = /^[a-z][a-z0-9_-]{0,39}$/;
const LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

const isDate = (s: unknown): s is string =>
  typeof s === 'string' && !isNaN(Date.parse(s)) && new Date(Date.parse(s)).toISOString() === s;

function boolMap(v: unknown): v is Record<string, boolean> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const k in v) if (!KEY.test(k) || typeof (v as Record<string, unknown>)[k] !== 'boolean') return false;
  return true;
}

function numMap(v: unknown): v is Record<string, number> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const k in v) {
    const n = (v as Record<string, unknown>)[k];
    if (!KEY.test(k) || typeof n !== 'number' || !Number.isInteger(n) || n < 0) return false;
  }
  return true;
}

/**
 * Brings a stored value of any known schema to the current one, or returns null when it is
 * not a record we wrote. Never throws: stored data is untrusted.
 */
export function migrate(v: unknown): ConsentRecord | null {
  try {
    if (typeof v !== 'object' || v === null) return null;
    let r = v as Record<string, unknown>;
    if (r.schema === 1) {
      // Schema 1 (0.0.x previews): epoch-millisecond dates, no per-category revisions,
      // no services map and no GPC flag.
      const ms = (x: unknown) => (typeof x === 'number' && isFinite(x) ? new Date(x).toISOString() : x);
      r = {
        ...r,
        schema: 2,
        revisions: r.revisions ?? {},
        services: r.services ?? {},
        createdAt: ms(r.createdAt),
        updatedAt: ms(r.updatedAt),
        expiresAt: ms(r.expiresAt),
        gpc: r.gpc ?? false,
      };
    }
    return valid(r) ? normalise(r) : null;
  } catch {
    return null;
  }
}

function normalise(r: ConsentRecord): ConsentRecord {
  return {
    schema: SCHEMA, id: r.id, revision: r.revision, revisions: { ...r.revisions },
    categories: { ...r.categories, [NECESSARY]: true }, services: { ...r.services },
    method: r.method, createdAt: r.createdAt, updatedAt: r.updatedAt, expiresAt: r.expiresAt,
    locale: r.locale, gpc: r.gpc,
  };
}

/** Strict shape check of a current-schema record. */
export function valid(r: any): r is ConsentRecord {
  return (
    !!r && r.schema === SCHEMA && typeof r.id === 'string' && UUID.test(r.id) &&
    Number.isInteger(r.revision) && r.revision >= 0 && numMap(r.revisions) &&
    boolMap(r.categories) && r.categories[NECESSARY] === true && boolMap(r.services) &&
    METHODS.indexOf(r.method) >= 0 && isDate(r.createdAt) && isDate(r.updatedAt) &&
    isDate(r.expiresAt) && Date.parse(r.createdAt) <= Date.parse(r.updatedAt) &&
    Date.parse(r.updatedAt) < Date.parse(r.expiresAt) &&
    typeof r.locale === 'string' && LOCALE.test(r.locale) && typeof r.gpc === 'boolean'
  );
}

/** Categories whose own revision was raised since the record was made. */
export function staleCategories(r: ConsentRecord, cfg: ResolvedConfig): string[] {
  const out: string[] = [];
  for (const c of cfg.categories) {
    if (c.revision !== undefined && !c.readOnly && (own(r.revisions, c.name) ?? 0) < c.revision) out.push(c.name);
  }
  return out;
}

/** Whether a record still answers for this config: not expired, not from an older revision. */
export function current(r: ConsentRecord | null, cfg: ResolvedConfig, now = Date.now()): r is ConsentRecord {
  return !!r && r.revision >= cfg.revision && Date.parse(r.expiresAt) > now &&
    Date.parse(r.updatedAt) - now < DAY; // a record from the future is a clock or forgery problem
}

// ---- cookie form ----------------------------------------------------------------------------
// v2~id~revision~method~created~updated~expires~locale~gpc~categories~services~revisions~sum
// Dates are epoch ms in base 36; maps are `name:1.name:0`; services hold only the entries that
// differ from their category so that the cookie stays far below 1 KB; `sum` (FNV-1a) catches
// truncation and hand edits.

export const M = 'acrd'; // index = METHODS index

export function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function unpack(s: string, num: boolean): Record<string, any> | null {
  const o: Record<string, any> = {};
  if (!s) return o;
  for (const e of s.split('.')) {
    const i = e.indexOf(':');
    const k = e.slice(0, i);
    const v = e.slice(i + 1);
    if (i < 1 || !KEY.test(k) || !/^\d{1,10}$/.test(v)) return null;
    o[k] = num ? +v : v === '1' ? true : v === '0' ? false : null;
    if (o[k] === null) return null;
  }
  return o;
}

/** Service value a record implies when it holds no explicit entry: the category's. */
export function serviceDefault(r: ConsentRecord, cfg: ResolvedConfig, name: string): boolean {
  const s = cfg.services[name];
  return !!(s && own(r.categories, s.category));
}

/** One cookie copy: the record it holds, and whether it is only a protective summary of it. */
export interface Copy {
  record: ConsentRecord;
  summary: boolean;
}

/**
 * Parses a cookie value back to a record, or null. With a config, services are filled in from
 * it; without one (a server that knows no config), `services` holds only the explicit exceptions.
 */
export function decode(v: string, cfg?: ResolvedConfig): ConsentRecord | null {
  const c = decodeCopy(v, cfg);
  return c && c.record;
}

/** `decode`, telling a full copy from a summary written when the full one would not fit. */
export function decodeCopy(v: string, cfg?: ResolvedConfig): Copy | null {
  try {
    const p = v.split('~');
    if (p.length !== 13 || p[0] !== 'v' + SCHEMA || fnv(p.slice(0, 12).join('~')) !== p[12]) return null;
    const date = (s: string) => (/^[0-9a-z]{1,10}$/.test(s) ? new Date(parseInt(s, 36)).toISOString() : '');
    const categories = unpack(p[9], false);
    const dev = unpack(p[10], false);
    const revisions = unpack(p[11], true);
    if (!categories || !dev || !revisions || !/^\d{1,10}$/.test(p[2]) || !/^[01]$/.test(p[8])) return null;
    const m = p[3].toLowerCase();
    const r = {
      schema: SCHEMA, id: p[1], revision: +p[2], revisions, categories, services: {} as Record<string, boolean>,
      method: METHODS[M.indexOf(m)], createdAt: date(p[4]), updatedAt: date(p[5]), expiresAt: date(p[6]),
      locale: p[7], gpc: p[8] === '1',
    } as ConsentRecord;
    if (p[3].length !== 1) return null;
    if (cfg) for (const k in cfg.services) r.services[k] = serviceDefault(r, cfg, k);
    Object.assign(r.services, dev);
    return valid(r) ? { record: r, summary: m !== p[3] } : null;
  } catch {
    return null;
  }
}

// ---- several answers --------------------------------------------------------------------------

/** How many optional categories and services a record grants. */
function grants(r: ConsentRecord): number {
  let n = 0;
  for (const k in r.categories) if (k !== NECESSARY && r.categories[k]) n++;
  for (const k in r.services) if (r.services[k]) n++;
  return n;
}

/** A key that orders records deterministically whatever the insertion order of their maps. */
function key(r: ConsentRecord): string {
  const m = (o: Record<string, boolean>) => Object.keys(o).sort().map((k) => k + +o[k]).join();
  return [r.id, r.method, m(r.categories), m(r.services), r.gpc].join('|');
}

/**
 * Whether `a` is the decision to obey rather than `b`: the later one; at the same millisecond the
 * one granting fewer services (the more protective); then a fixed order, so that every tab
 * and both stores pick the same record.
 */
export function wins(a: ConsentRecord, b: ConsentRecord | null | undefined): boolean {
  if (!b) return true;
  const t = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  if (t) return t > 0;
  const g = grants(b) - grants(a);
  if (g) return g > 0;
  return key(a) <= key(b);
}

/** Two records hold the same decision. */
export function same(a: ConsentRecord | null | undefined, b: ConsentRecord | null | undefined): boolean {
  return !!a && !!b && a.updatedAt === b.updatedAt && key(a) === key(b);
}

/**
 * What every record grants, and nothing more: the answer when several copies disagree and none
 * can be told to be the latest. Dates, id and method come from the winning copy.
 */
export function meet(list: ConsentRecord[]): ConsentRecord | null {
  let top: ConsentRecord | null = null;
  for (const r of list) if (wins(r, top)) top = r;
  if (!top || list.length < 2) return top;
  const out = { ...top, categories: { ...top.categories }, services: { ...top.services } };
  // A name one copy leaves out is refused (the union of names, the intersection of grants).
  for (const r of list) {
    for (const k in r.categories) out.categories[k] = !!own(out.categories, k);
    for (const k in r.services) out.services[k] = !!own(out.services, k);
  }
  for (const r of list) {
    for (const k in out.categories) out.categories[k] = out.categories[k] && !!own(r.categories, k);
    for (const k in out.services) out.services[k] = out.services[k] && !!own(r.services, k);
    if (r.method !== out.method) out.method = 'custom';
    // GPC refuses advertising unless every copy was decided under it.
    out.gpc = out.gpc && r.gpc;
  }
  out.categories[NECESSARY] = true;
  return out;
}

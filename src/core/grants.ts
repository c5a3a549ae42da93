// What a record grants. A purpose is granted *as a whole* (`categories[name]` true, no service of
// it refused: every service, including ones met later) or *partly* (`categories[name]` false,
// the services the visitor switched on true in `services`). A partly granted purpose releases
// only those services: nothing the visitor did not switch on, and no service met later.
import { dict, own } from './dict';
import type { ConsentRecord, ResolvedConfig } from './types';

/** Purposes granted as a whole, per record (records are never changed once made). */
const wholes = new WeakMap<ConsentRecord, Record<string, boolean>>();

/**
 * Whether a record grants a purpose as a whole. A record of an older version may say `true` for
 * a purpose with a service refused: read as partly granted, the more protective answer.
 */
export function whole(r: ConsentRecord, cfg: ResolvedConfig, category: string): boolean {
  let m = wholes.get(r);
  if (!m) wholes.set(r, (m = dict()));
  let v = m[category];
  if (v === undefined) {
    v = !!own(r.categories, category);
    const c = cfg.categories.find((x) => x.name === category);
    if (v && c) for (const s of c.services) if (own(r.services, s) === false) v = false;
    m[category] = v;
  }
  return v;
}

/** Whether a record grants a service: its own answer, else (met after the decision) its purpose as a whole. */
export function serviceOn(r: ConsentRecord, cfg: ResolvedConfig, name: string): boolean {
  const v = own(r.services, name);
  if (v !== undefined) return v;
  const s = cfg.services[name];
  return !!s && whole(r, cfg, s.category);
}

/** Called with each service met on the page for the first time (an effect whose answer depends on what the site uses). */
export const metListeners: ((service: string) => void)[] = [];

/** Whether `next` withdraws anything `prev` granted (a purpose or a service). */
export function withdrew(prev: ConsentRecord | null, next: ConsentRecord | null): boolean {
  if (!prev) return false;
  for (const k in prev.categories) if (own(prev.categories, k) && !(next && own(next.categories, k))) return true;
  for (const k in prev.services) if (own(prev.services, k) && !(next && own(next.services, k))) return true;
  return false;
}

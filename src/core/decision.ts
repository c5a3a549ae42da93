// The record of a decision, built from the visitor's (or the site's) choice and the state it
// is made in. Part of the store chunk: only a decision needs it.
import { NECESSARY } from './constants';
import { ConsentryError } from './errors';
import { serviceOn, whole } from './grants';
import { makeRecord } from './record-write';
import { S } from './state';
import type { ConsentChoice, ConsentMethod, ConsentRecord } from './types';

/**
 * Builds the record of a decision. Throws a ConsentryError for unknown names. A purpose is
 * stored as granted only when granted as a whole (accept all, or the purpose itself switched on
 * with none of its services off); switching services on grants those services only.
 */
export function decision(method: ConsentMethod, choice?: ConsentChoice): ConsentRecord {
  const cfg = S.cfg;
  if (!cfg) throw new ConsentryError('no valid config: call init() with a valid config first');
  const cats: Record<string, boolean> = {};
  const svcs: Record<string, boolean> = {};
  const all = method === 'accept-all';
  // Closing a banner that asks again for some purposes only refuses those; the others are kept.
  const base = method === 'custom' || (method === 'dismiss' && S.stale.length) ? S.rec : null;
  // A known service of no category (the site dropped it) can never be granted.
  for (const k in cfg.services) svcs[k] = false;
  for (const c of cfg.categories) {
    // GPC: advertising stays off unless the visitor turns it on explicitly (never by "accept all").
    const on = c.readOnly || (all ? !(S.gpc && c.name === 'advertising') : !!base && whole(base, cfg, c.name));
    cats[c.name] = on;
    for (const s of c.services) svcs[s] = on || (!!base && serviceOn(base, cfg, s));
  }
  if (choice) {
    if (typeof choice !== 'object') throw new ConsentryError('setConsent: expected { categories?, services? }, received ' + typeof choice);
    for (const k of Object.keys(choice)) {
      if (k !== 'categories' && k !== 'services') {
        throw new ConsentryError(`setConsent.${k}: unknown key; expected categories or services`);
      }
    }
    const given = choice.categories || {};
    for (const k of Object.keys(given)) {
      const c = cfg.categories.find((x) => x.name === k);
      if (!c) throw new ConsentryError(`setConsent.categories.${k}: unknown category; expected one of ${cfg.categories.map((x) => x.name).join(', ')}`);
      if (typeof given[k] !== 'boolean') throw new ConsentryError(`setConsent.categories.${k}: expected true or false, received ${typeof given[k]}`);
      if (c.readOnly && !given[k]) throw new ConsentryError(`setConsent.categories.${k}: ${k} is always on and cannot be refused`);
      cats[k] = c.readOnly || given[k];
      // Services follow a category the choice names, unless named themselves below.
      for (const s of c.services) svcs[s] = cats[k];
    }
    const gs = choice.services || {};
    for (const k of Object.keys(gs)) {
      if (!cfg.services[k]) throw new ConsentryError(`setConsent.services.${k}: unknown service`);
      if (typeof gs[k] !== 'boolean') throw new ConsentryError(`setConsent.services.${k}: expected true or false, received ${typeof gs[k]}`);
      // One service switched on grants that service only, never its purpose nor its other services.
      svcs[k] = gs[k];
    }
  }
  // A purpose with a service off is partly granted: stored false, so that a service met later is held.
  for (const c of cfg.categories) {
    if (c.readOnly) for (const s of c.services) svcs[s] = true;
    else if (cats[c.name]) for (const s of c.services) if (!svcs[s]) cats[c.name] = false;
  }
  cats[NECESSARY] = true;
  return makeRecord(cfg, method, cats, svcs, S.locale, S.gpc, S.prior);
}

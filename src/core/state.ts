// Consent state: the resolved config, the visitor's current record, and who listens to changes.
// Effects (blocking, signals) subscribe here; nothing here touches storage or the DOM.
import { NECESSARY, resolveConfig } from './config';
import { ConsentryError } from './errors';
import { makeRecord, staleCategories } from './record';
import type { ConsentChoice, ConsentMethod, ConsentRecord, ResolvedConfig } from './types';

/** Called with the effective record after every change (decision, other tab, restore, reset). */
export type Listener = (record: ConsentRecord | null, previous: ConsentRecord | null) => void;

/** The shared state; read through the functions below. */
export const S = {
  /** Null until a valid config is known: everything is then refused (fail closed). */
  cfg: null as ResolvedConfig | null,
  /** The stored record as the visitor made it (may be stale for some categories). */
  stored: null as ConsentRecord | null,
  /** What applies now: `stored` with re-asked categories turned off. */
  rec: null as ConsentRecord | null,
  /** Categories asked again because their own revision was raised. */
  stale: [] as string[],
  /** Global Privacy Control is on and honoured on this page. */
  gpc: false,
  /** Interface language. */
  locale: 'en',
  /** The visitor's last record even when no longer current (old revision, expired): its id is kept. */
  prior: null as ConsentRecord | null,
  /** Services met on this page (blocked or running), in the order they were first seen. */
  seen: [] as string[],
};

const listeners: Listener[] = [];
let zero: ResolvedConfig | undefined;

/** The services to recognise: the site's config, or with a bad config the catalogue (still blocked). */
export function known(): ResolvedConfig {
  return S.cfg || (zero ||= resolveConfig());
}

/** Registers an effect; returns the function that removes it. */
export function subscribe(l: Listener): () => void {
  listeners.push(l);
  return () => {
    const i = listeners.indexOf(l);
    if (i >= 0) listeners.splice(i, 1);
  };
}

/** Replaces the stored record and tells every listener what now applies. */
export function setRecord(stored: ConsentRecord | null): void {
  const prev = S.rec;
  S.stored = stored;
  S.stale = stored && S.cfg ? staleCategories(stored, S.cfg) : [];
  // GPC turned on since advertising was granted without it: the signal wins, and advertising is
  // asked again (CCPA regulations §7025(c)(3)); a grant made under GPC stands.
  if (stored && S.gpc && !stored.gpc && stored.categories.advertising && S.stale.indexOf('advertising') < 0) S.stale.push('advertising');
  let eff = stored;
  if (stored && S.stale.length) {
    eff = { ...stored, categories: { ...stored.categories }, services: { ...stored.services } };
    for (const c of S.stale) eff.categories[c] = false;
    for (const k in eff.services) if (S.stale.indexOf(S.cfg!.services[k]?.category) >= 0) eff.services[k] = false;
  }
  S.rec = eff;
  for (const l of listeners.slice()) {
    try {
      l(eff, prev);
    } catch (e) {
      console.error(e);
    }
  }
}

/** Whether a category (and, when given, one of its services) may run now. */
export function granted(category: string, service?: string): boolean {
  const cfg = S.cfg;
  if (!cfg) return false;
  let cat;
  for (const c of cfg.categories) if (c.name === category) cat = c;
  if (!cat) return false;
  if (service !== undefined) {
    const s = cfg.services[service];
    // A service named under another category than its own is a tagging mistake: refuse.
    if (s && s.category !== category) return false;
  }
  if (cat.readOnly) return true;
  const r = S.rec;
  if (!r || !r.categories[category]) return false;
  if (service === undefined) return true;
  const v = r.services[service];
  // A service added to the config after the decision follows its category.
  return v === undefined ? true : v;
}

/** Whether a service may run, by its name alone (its category comes from the config). */
export function serviceGranted(service: string): boolean {
  const s = S.cfg?.services[service];
  return !!s && granted(s.category, service);
}

/** Builds the record of a decision. Throws a ConsentryError for unknown names. */
export function decision(method: ConsentMethod, choice?: ConsentChoice): ConsentRecord {
  const cfg = S.cfg;
  if (!cfg) throw new ConsentryError('no valid config: call init() with a valid config first');
  const cats: Record<string, boolean> = {};
  const svcs: Record<string, boolean> = {};
  const all = method === 'accept-all';
  // Closing a banner that asks again for some purposes only refuses those; the others are kept.
  const base = method === 'custom' || (method === 'dismiss' && S.stale.length) ? S.rec : null;
  for (const c of cfg.categories) {
    // GPC: advertising stays off unless the visitor turns it on explicitly (never by "accept all").
    cats[c.name] = c.readOnly || (all ? !(S.gpc && c.name === 'advertising') : !!(base && base.categories[c.name]));
  }
  for (const k in cfg.services) {
    const cat = cfg.services[k].category;
    svcs[k] = !!cats[cat] && (base && base.categories[cat] && base.services[k] !== undefined ? base.services[k] : true);
  }
  if (choice) {
    if (typeof choice !== 'object') throw new ConsentryError('setConsent: expected { categories?, services? }, received ' + typeof choice);
    for (const k in choice) {
      if (k !== 'categories' && k !== 'services') {
        throw new ConsentryError(`setConsent.${k}: unknown key; expected categories or services`);
      }
    }
    const given = choice.categories || {};
    for (const k in given) {
      const c = cfg.categories.find((x) => x.name === k);
      if (!c) throw new ConsentryError(`setConsent.categories.${k}: unknown category; expected one of ${cfg.categories.map((x) => x.name).join(', ')}`);
      if (typeof given[k] !== 'boolean') throw new ConsentryError(`setConsent.categories.${k}: expected true or false, received ${typeof given[k]}`);
      if (c.readOnly && !given[k]) throw new ConsentryError(`setConsent.categories.${k}: ${k} is always on and cannot be refused`);
      cats[k] = c.readOnly || given[k];
      // Services follow a category the choice names, unless named themselves below.
      for (const s of c.services) svcs[s] = cats[k];
    }
    const gs = choice.services || {};
    for (const k in gs) {
      const s = cfg.services[k];
      if (!s) throw new ConsentryError(`setConsent.services.${k}: unknown service`);
      if (typeof gs[k] !== 'boolean') throw new ConsentryError(`setConsent.services.${k}: expected true or false, received ${typeof gs[k]}`);
      svcs[k] = gs[k];
      // Granting one service implies its purpose: a placeholder's "allow YouTube" grants the
      // category for that service only, the other services of the category stay as they were.
      if (gs[k] && !cats[s.category]) {
        cats[s.category] = true;
        for (const o of cfg.categories.find((x) => x.name === s.category)?.services || []) {
          if (!(o in gs)) svcs[o] = false;
        }
      }
    }
  }
  cats[NECESSARY] = true;
  return makeRecord(cfg, method, cats, svcs, S.locale, S.gpc, S.prior);
}

// Consent state: the one owner of the visitor's current record. It changes only through the
// actions below, each naming its cause; effects (blocking, clean-up, signals, storage, events,
// interface) subscribe and receive `{ record, previous, cause }`, so none has to guess why the
// record changed. Nothing here touches storage or the DOM.
import { checkConfig } from './config';
import { own } from './dict';
import { serviceOn, whole } from './grants';
import { current, staleCategories } from './record';
import type { ConsentRecord, ResolvedConfig } from './types';

/**
 * Why the record changed: `restore` (read from the cookie or IndexedDB at start), `decide` (the
 * visitor, or the site through the API, made a decision on this page), `tab` (a decision or reset
 * made in another tab of the site), `reset` (the choice was forgotten on this page).
 */
export type Cause = 'restore' | 'decide' | 'tab' | 'reset';

/** What every effect receives: the record that applies now, the one before it, and why. */
export interface Change {
  record: ConsentRecord | null;
  previous: ConsentRecord | null;
  cause: Cause;
}

export type Effect = (change: Change) => void;

/** The shared state; read through the functions below, changed only by the actions. */
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

const effects: Effect[] = [];
let zero: ResolvedConfig | undefined;

/** The services to recognise: the site's config, or with a bad config the catalogue (still blocked). */
export function known(): ResolvedConfig {
  return S.cfg || (zero ||= checkConfig().config);
}

/** Registers an effect; returns the function that removes it. Effects run in registration order. */
export function subscribe(e: Effect): () => void {
  effects.push(e);
  return () => {
    const i = effects.indexOf(e);
    if (i >= 0) effects.splice(i, 1);
  };
}

function apply(cause: Cause, stored: ConsentRecord | null): void {
  const previous = S.rec;
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
  const change: Change = { record: eff, previous, cause };
  for (const e of effects.slice()) {
    try {
      e(change);
    } catch (err) {
      console.error(err);
    }
  }
}

/** A record read from storage at start; an expired or older-revision one keeps only its id. */
export function restore(r: ConsentRecord | null): void {
  S.prior = r || S.prior;
  apply('restore', r && S.cfg && current(r, S.cfg) ? r : null);
}

/** A decision made on this page (by the visitor or the site's code). */
export function decide(r: ConsentRecord): void {
  S.prior = r;
  apply('decide', r);
}

/** A decision (or, with null, a reset) made in another tab. */
export function tab(r: ConsentRecord | null): void {
  if (r) S.prior = r;
  apply('tab', r && S.cfg && current(r, S.cfg) ? r : null);
}

/** Forgets the choice on this page; the next decision gets a new id. */
export function reset(): void {
  S.prior = null;
  apply('reset', null);
}

/**
 * Whether a category (and, when given, one of its services) may run now. A category alone is
 * granted only as a whole: a partly granted purpose releases nothing that names no service.
 */
export function granted(category: string, service?: string): boolean {
  const cfg = S.cfg;
  if (!cfg) return false;
  let cat;
  for (const c of cfg.categories) if (c.name === category) cat = c;
  if (!cat) return false;
  const s = service === undefined ? undefined : cfg.services[service];
  // A service tagged under another category than its own (a tagging mistake, or a site that
  // counts it elsewhere): it runs only when both readings allow it, the tag's purpose as a whole
  // and the service in its own purpose.
  if (s && s.category !== category) return granted(category) && granted(s.category, service);
  if (cat.readOnly) return true;
  const r = S.rec;
  if (!r) return false;
  // A service the config does not know (a site's own `data-service` name) follows its purpose as a whole.
  return s ? serviceOn(r, cfg, service!) : whole(r, cfg, category);
}

/** Whether a service may run, by its name alone (its category comes from the config). */
export function serviceGranted(service: string): boolean {
  const s = S.cfg?.services[service];
  return !!s && granted(s.category, service);
}

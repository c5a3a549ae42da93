// Events: handlers registered with `on`, the same as window CustomEvents, and dataLayer pushes.
import { dict, own } from './dict';
import { S, subscribe } from './state';
import type { ChangeDetail, ConsentRecord, EventMap, EventName } from './types';

type Handler<K extends EventName> = (detail: EventMap[K]) => void;

const handlers: { [K in EventName]?: Handler<K>[] } = dict();
let readyFired = false;
let readyValue: EventMap['ready'] = null;

/** Logs without ever throwing into the host page. */
export function report(e: unknown): void {
  try {
    console.error(e);
  } catch {
    // no console
  }
}

/** Subscribes to an event; returns the function that unsubscribes. */
export function on<K extends EventName>(name: K, handler: Handler<K>): () => void {
  if (typeof handler !== 'function') throw new TypeError('Consentry.on: handler must be a function');
  const list = (handlers[name] ||= []) as Handler<K>[];
  list.push(handler);
  // `ready` happens once per page: late subscribers still hear it.
  if (name === 'ready' && readyFired) {
    const v = readyValue as EventMap[K];
    Promise.resolve().then(() => list.indexOf(handler) >= 0 && call(handler, v));
  }
  return () => {
    const i = list.indexOf(handler);
    if (i >= 0) list.splice(i, 1);
  };
}

function call<K extends EventName>(h: Handler<K>, v: EventMap[K]): void {
  try {
    h(v);
  } catch (e) {
    // A site's handler that throws must not stop the others nor Consentry itself.
    report(e);
  }
}

function layer(name: EventName, detail: unknown): Record<string, unknown> {
  if (name === 'error') return { message: (detail as Error).message };
  if (name === 'change') {
    const d = detail as EventMap['change'];
    return { categories: d.record.categories, services: d.record.services, method: d.record.method, changed: d.changed };
  }
  if (name === 'ready') {
    const r = detail as EventMap['ready'];
    return r ? { categories: r.categories, services: r.services, method: r.method } : { categories: null };
  }
  return detail as Record<string, unknown>;
}

/** Fires an event to handlers, as `consentry:<name>` on window, and to `window.dataLayer`. */
export function emit<K extends EventName>(name: K, detail: EventMap[K]): void {
  if (name === 'ready') {
    if (readyFired) return;
    readyFired = true;
    readyValue = detail as EventMap['ready'];
  }
  for (const h of (handlers[name] || []).slice()) call(h as Handler<K>, detail);
  try {
    dispatchEvent(new CustomEvent('consentry:' + name, { detail }));
  } catch (e) {
    report(e);
  }
  try {
    const dl = (window as any).dataLayer;
    if (dl && typeof dl.push === 'function') dl.push({ event: 'consentry_' + name, consentry: layer(name, detail) });
  } catch (e) {
    report(e);
  }
}

/** Reports an error to the console and as an `error` event. */
export function fail(e: unknown): Error {
  const err = e instanceof Error ? e : new Error(String(e));
  report(err);
  emit('error', err);
  return err;
}

/**
 * What a decision changed for the site: categories it has (necessary never changes) and the
 * services it declared or met on this page, against what applied before (nothing optional
 * before a first decision), so that `changed` never lists the whole catalogue.
 */
export function detail(record: ConsentRecord, previous: ConsentRecord | null): ChangeDetail {
  const cfg = S.cfg!;
  const changed = { categories: [] as string[], services: [] as string[] };
  const ro = dict<boolean>();
  for (const c of cfg.categories) {
    ro[c.name] = c.readOnly;
    const was = previous ? !!own(previous.categories, c.name) : c.readOnly;
    if (was !== !!own(record.categories, c.name)) changed.categories.push(c.name);
  }
  for (const k in cfg.services) {
    const s = cfg.services[k];
    if (!s.site && S.seen.indexOf(k) < 0) continue;
    const was = previous ? !!own(previous.services, k) : ro[s.category];
    if (was !== !!own(record.services, k)) changed.services.push(k);
  }
  return { record, previous, changed };
}

/** The `change` event effect: every decision stored here or in another tab, never a restoration. */
export function startEvents(): void {
  subscribe(({ record, previous, cause }) => {
    if (record && (cause === 'decide' || cause === 'tab')) emit('change', detail(record, previous));
  });
}

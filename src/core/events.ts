// Events: handlers registered with `on`, the same as window CustomEvents, and dataLayer pushes.
import { dict } from './dict';
import type { EventMap, EventName } from './types';

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

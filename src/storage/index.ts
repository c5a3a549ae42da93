// Storage, first stage: reads the choice at start (the cookie copies at once, IndexedDB after) and
// listens to the other tabs. Everything that writes (decisions, repairs, messages to other tabs)
// is the store chunk's (storage/store.ts), loaded when needed: at once on a first visit, on a
// decision, an API write, a message from another tab, or when the two stores disagree at start.
import { chunks, STORE_FALLBACK, reported } from '../core/chunks';
import { decodeCopy, meet, migrate, same, type Copy } from '../core/record';
import { restore, subscribe } from '../core/state';
import type { ConsentRecord, ResolvedConfig } from '../core/types';
import { openChannel } from './channel';
import { cookieJar, cookieName, HOST, readCookies } from './cookie';
import { readDurable } from './idb';

/** The store chunk's module. */
export type Store = typeof import('./store');

/** The cookie copies this page sees. */
export interface Copies {
  /** Under the name this config writes (`__Host-` on https without `domain`). */
  trusted: Copy[];
  /** Under the other name: a pre-migration copy, or one another subdomain may have planted. */
  other: Copy[];
  /** A copy that does not decode (truncated, edited): it grants nothing, so nothing is obeyed at once. */
  broken: boolean;
  /** Raw values of the trusted name, to skip a rewrite of what is already there. */
  raw: string[];
}

/**
 * Shared with the store chunk: the sender to the other tabs, the count of changes made on this
 * page or in another tab (a start-up read never overrides one), and whether a service withdrawn
 * since ran on this page (blocking's answer, for `reloadOnWithdraw: 'auto'`).
 */
export const sync = {
  send: null as ((d: unknown) => void) | null,
  changes: 0,
  ran: (): boolean => true,
  /** The clean-up a decision started (blocking): a decision's promise resolves once it is done. */
  cleaning: undefined as Promise<unknown> | undefined,
};

let loading: Promise<Store> | null = null;
/** The store chunk once loaded: calls made after that are synchronous, as before the split. */
let ready: Store | null = null;

/** The store chunk, loaded once (a failed load is reported and tried again at the next call). */
export function store(): Promise<Store> {
  const c = chunks.store;
  if (!c) return Promise.reject(new Error('the store is not available in this build'));
  return (loading ||= reported(c(), STORE_FALLBACK).then((m) => (ready = m), (e) => {
    loading = null;
    throw e;
  }));
}

/** Calls `f` with the store: at once when it is loaded, else once it is. */
export function withStore<T>(f: (s: Store) => T | Promise<T>): Promise<T> {
  if (ready) {
    try {
      return Promise.resolve(f(ready));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  return store().then(f);
}

function read(cfg: ResolvedConfig): Copies {
  const t = cfg.cookie;
  const mine = cookieName(t);
  // `document.cookie` read once: each read asks the browser's cookie store.
  const jar = cookieJar();
  const out: Copies = { trusted: [], other: [], broken: false, raw: readCookies(mine, jar) };
  for (const n of [HOST + t.name, t.name]) {
    for (const v of readCookies(n, jar)) {
      const c = decodeCopy(v, cfg);
      if (!c) out.broken = true;
      else (n === mine ? out.trusted : out.other).push(c);
    }
  }
  return out;
}

/**
 * What may be obeyed before IndexedDB answers: only what every copy grants, and nothing unless a
 * copy under the trusted name is among them.
 */
export function atOnce(c: Copies): ConsentRecord | null {
  return c.trusted.length && !c.broken ? meet(c.trusted.concat(c.other).map((x) => x.record)) : null;
}

/** Resolves when every write asked so far has reached IndexedDB (or failed). */
export function written(): Promise<unknown> {
  return ready ? ready.written() : loading ? loading.then((s) => s.written(), () => {}) : Promise.resolve();
}

/**
 * Starts the storage effect, then the `change` event's: a `change` handler already reads the new
 * cookie. Decisions are made, and other tabs' heard, by the store chunk: it is loaded whenever one
 * is applied, and both effects are its own.
 */
export function startStorage(): void {
  subscribe((c) => ready && ready.effect(c));
  subscribe((c) => ready && ready.announce(c));
}

/**
 * Restores the choice: from the cookie at once (synchronously), then from IndexedDB. When both
 * hold the same decision (a returning visitor's usual page view) nothing more is loaded;
 * otherwise the store chunk repairs whichever is behind. Opens the cross-tab channel.
 */
export function load(cfg: ResolvedConfig): Promise<void> {
  const copies = read(cfg);
  const now = atOnce(copies);
  restore(now);
  sync.send = openChannel(cfg.cookie.name, (d) => {
    withStore((s) => s.message(d)).catch(() => {});
  });
  const at = sync.changes;
  return (async () => {
    let d: ConsentRecord | null = null;
    let ok = true;
    try {
      const v = await readDurable();
      d = v ? migrate(v.record) : null;
    } catch {
      ok = false; // private mode, blocked or hung: the cookie (or memory) carries the choice
    }
    // A decision made while IndexedDB was read is newer than anything stored.
    if (at !== sync.changes) return;
    const c = copies.trusted;
    const clean = !copies.other.length && !copies.broken;
    // One whole copy under the trusted name, and nothing else.
    const one = clean && c.length === 1 && !c[0].summary && copies.raw.length === 1;
    const none = clean && !copies.raw.length;
    // The stores agree: IndexedDB holds the decision of the one whole copy, or neither holds one;
    // without IndexedDB, there is one whole copy or none.
    if (ok ? (d ? one && same(c[0].record, d) : none) : one || none) return;
    await withStore((s) => s.reconcile(copies, d, ok, at)).catch(() => {
      // reported by the loader: the cookie's answer (or none) stays in force
    });
  })();
}

/** Starts loading the store before it is asked for (a first visit, where a decision is expected). */
export function preload(): void {
  store().catch(() => {});
}

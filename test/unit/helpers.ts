// Fresh library instances for unit tests: each test gets new module state, an empty cookie jar
// and an empty IndexedDB, as a first visit would.
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';

export type Api = typeof import('../../src/index');

export function clearCookies(): void {
  for (const c of document.cookie.split(';')) {
    const n = c.split('=')[0].trim();
    // A `__Host-` cookie is only deleted by a Secure write.
    if (n) document.cookie = n + '=; Max-Age=0; Path=/' + (n.startsWith('__Host-') ? '; Secure' : '');
  }
}

const RealBC = globalThis.BroadcastChannel;
let generation = 0;

/** New IndexedDB, no cookies, new module graph (whose cross-tab channel hears no earlier instance). */
export async function fresh(opts: { keepStorage?: boolean } = {}): Promise<Api> {
  const g = ++generation;
  if (RealBC) {
    (globalThis as any).BroadcastChannel = class extends RealBC {
      constructor(name: string) {
        super(name + '#' + g);
      }
    };
  }
  if (!opts.keepStorage) {
    clearCookies();
    (globalThis as any).indexedDB = new IDBFactory();
  }
  vi.resetModules();
  return import('../../src/index');
}

/**
 * Lets pending microtasks, IndexedDB callbacks and zero-delay timers run: `turns` turns of the
 * event loop, not a wait of some milliseconds (fake-indexeddb answers on the next turns).
 */
export async function settle(turns = 10): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setTimeout(r, 0));
}

/** Reads the stored state straight from IndexedDB. */
export async function stored(): Promise<any> {
  const { get, createStore } = await import('idb-keyval');
  return get('state', createStore('consentry', 'consent'));
}

/** Writes raw stored state into IndexedDB (for corruption and migration fixtures). */
export async function putStored(v: unknown): Promise<void> {
  const { set, createStore } = await import('idb-keyval');
  await set('state', v, createStore('consentry', 'consent'));
}

/** The consent cookie's value: on the unit tests' https origin it is `__Host-consentry`. */
export function cookie(name = '__Host-consentry'): string | undefined {
  for (const p of document.cookie.split(';')) {
    const i = p.indexOf('=');
    if (p.slice(0, i).trim() === name) return decodeURIComponent(p.slice(i + 1));
  }
  return undefined;
}

/** Replaces document.cookie for a test (wherever the DOM implementation defines it). */
export function stubCookie(get: () => string, set: (v: string) => void): () => void {
  let o: any = document;
  while (o && !Object.getOwnPropertyDescriptor(o, 'cookie')) o = Object.getPrototypeOf(o);
  const owner = o;
  const desc = Object.getOwnPropertyDescriptor(owner, 'cookie')!;
  Object.defineProperty(owner, 'cookie', { configurable: true, get, set });
  return () => Object.defineProperty(owner, 'cookie', desc);
}

// Durable store: the record and a bounded history of decisions in IndexedDB, through idb-keyval.
// Reading it is the first stage's; writing it (`writeDurable`) the store chunk's.
import { get, promisifyRequest, type UseStore } from 'idb-keyval';
import type { ConsentRecord } from '../core/types';

/** What is kept under one key, so that record and history change in one transaction. */
export interface Durable {
  record: ConsentRecord | null;
  history: ConsentRecord[];
}

export const DB = 'consentry';
const STORE = 'consent';
export const KEY = 'state';
/** Decisions kept for the site's proof of consent. */
export const HISTORY = 50;
/** A blocked or hung IndexedDB must not hold the page back. */
const TIMEOUT = 2000;

let db: Promise<IDBDatabase> | null = null;

// Like idb-keyval's createStore, but the connection closes itself when another context deletes
// or upgrades the database (so a deletion is never blocked) and reopens on next use.
function open(): Promise<IDBDatabase> {
  if (!db) {
    const req = indexedDB.open(DB);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    const p = (db = promisifyRequest(req).then((d) => {
      d.onversionchange = () => {
        d.close();
        if (db === p) db = null;
      };
      d.onclose = () => {
        if (db === p) db = null;
      };
      return d;
    }));
    p.catch(() => {
      if (db === p) db = null;
    });
  }
  return db;
}

export const store: UseStore = (mode, cb) =>
  open().then((d) => cb(d.transaction(STORE, mode).objectStore(STORE)));

export function timed<T>(p: Promise<T>): Promise<T> {
  return new Promise((ok, fail) => {
    const t = setTimeout(() => fail(new Error('IndexedDB did not answer within ' + TIMEOUT + ' ms')), TIMEOUT);
    p.then((v) => { clearTimeout(t); ok(v); }, (e) => { clearTimeout(t); fail(e); });
  });
}

/** Reads the stored state as it is (unvalidated: the caller migrates and checks it). */
export function readDurable(): Promise<{ record?: unknown; history?: unknown } | undefined> {
  return timed(new Promise((ok, fail) => {
    try { get(KEY, store).then(ok, fail); } catch (e) { fail(e); }
  }));
}

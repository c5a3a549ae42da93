// Storage: reads the choice at start (cookie copies at once, IndexedDB after), and as an effect
// writes every decision to the cookie, IndexedDB and the other tabs. The two stores and every tab
// converge on one record: the latest decision, and at the same millisecond the one granting less.
import { ConsentryError } from '../core/errors';
import { report } from '../core/events';
import { decodeCopy, encode, meet, migrate, same, summary, wins, type Copy } from '../core/record';
import { restore, S, subscribe, tab, type Change } from '../core/state';
import type { ConsentRecord, ResolvedConfig } from '../core/types';
import { openChannel } from './channel';
import { clearCookie, cookieName, HOST, readCookies, writeCookie } from './cookie';
import { readDurable, writeDurable } from './idb';

/** A cookie under 1 KB whatever the browser counts; the name and attributes take the rest. */
const MAX = 1000;

/** The cookie copies this page sees. */
interface Copies {
  /** Under the name this config writes (`__Host-` on https without `domain`). */
  trusted: Copy[];
  /** Under the other name: a pre-migration copy, or one another subdomain may have planted. */
  other: Copy[];
  /** A copy that does not decode (truncated, edited): it grants nothing, so nothing is obeyed at once. */
  broken: boolean;
  /** Raw values of the trusted name, to skip a rewrite of what is already there. */
  raw: string[];
}

let send: ((d: unknown) => void) | null = null;
/** IndexedDB writes, in the order the decisions were made. */
let chain: Promise<unknown> = Promise.resolve();
/** Counts changes made on this page or in another tab: a start-up read never overrides one. */
let changes = 0;

function read(cfg: ResolvedConfig): Copies {
  const t = cfg.cookie;
  const mine = cookieName(t);
  const out: Copies = { trusted: [], other: [], broken: false, raw: readCookies(mine) };
  for (const n of [HOST + t.name, t.name]) {
    for (const v of readCookies(n)) {
      const c = decodeCopy(v, cfg);
      if (!c) out.broken = true;
      else (n === mine ? out.trusted : out.other).push(c);
    }
  }
  return out;
}

const records = (l: Copy[]) => l.map((c) => c.record);

/**
 * What may be obeyed before IndexedDB answers: only what every copy grants, and nothing unless a
 * copy under the trusted name is among them.
 */
function atOnce(c: Copies): ConsentRecord | null {
  return c.trusted.length && !c.broken ? meet(records(c.trusted.concat(c.other))) : null;
}

/**
 * The latest decision once IndexedDB has answered. Its record confirms the cookie copies of the
 * same id (a summary of the same decision defers to it); a copy of another id is obeyed only when
 * the site shares the cookie across subdomains on purpose (`cookie.domain`).
 */
function settle(c: Copies, durable: ConsentRecord | null, cfg: ResolvedConfig): ConsentRecord | null {
  if (!durable) return atOnce(c);
  let best = durable;
  for (const x of c.trusted.concat(c.other)) {
    const r = x.record;
    const ok = r.id === durable.id || (cfg.cookie.domain && c.trusted.indexOf(x) >= 0);
    if (!ok || (x.summary && r.updatedAt === durable.updatedAt)) continue;
    if (wins(r, best)) best = r;
  }
  return best;
}

/** The cookie value for a record: whole, or a protective summary when the whole would not fit. */
function mirror(r: ConsentRecord, cfg: ResolvedConfig): { value: string | null; whole: number } {
  const v = encode(r, cfg);
  if (v.length <= MAX) return { value: v, whole: v.length };
  const s = encode(summary(r, cfg), cfg, true);
  return { value: s.length <= MAX ? s : null, whole: v.length };
}

/** Writes the cookie, removing every other copy; a record that cannot fit leaves no copy at all. */
function writeMirror(r: ConsentRecord, cfg: ResolvedConfig): void {
  const { value, whole } = mirror(r, cfg);
  if (whole > MAX) {
    report(new ConsentryError(`cookie ${cookieName(cfg.cookie)}: the record needs ${whole} bytes, expected at most ${MAX}; ` +
      (value ? 'a summary granting only whole purposes was written, IndexedDB holds the full choice' : 'no cookie was written, IndexedDB holds the choice')));
  }
  // A write the browser did not keep must not leave the previous, perhaps broader, copy behind.
  if (value === null || !writeCookie(cfg.cookie, value, new Date(r.expiresAt))) clearCookie(cfg.cookie);
}

function durable(r: ConsentRecord | null): Promise<unknown> {
  // IndexedDB unavailable: the cookie, or this page's memory, holds the choice.
  return (chain = chain.then(() => writeDurable(r)).catch(() => {}));
}

/** Resolves when every write asked so far has reached IndexedDB (or failed). */
export function written(): Promise<unknown> {
  return chain;
}

function post(d: unknown): void {
  try {
    send && send(d);
  } catch (e) {
    report(e);
  }
}

function onMessage(data: unknown): void {
  const d = data as { record?: unknown; reset?: boolean } | null;
  if (!d || !S.cfg) return;
  if (d.reset) {
    changes++;
    return tab(null);
  }
  const r = migrate(d.record);
  if (!r || same(r, S.stored)) return;
  if (S.stored && !wins(r, S.stored)) {
    // Ours wins (later, or granting less at the same millisecond): the other tab adopts it from
    // our own message; the stores, which it may have written last, get ours again.
    writeMirror(S.stored, S.cfg);
    durable(S.stored);
    return;
  }
  changes++;
  tab(r);
}

function effect({ cause }: Change): void {
  const cfg = S.cfg;
  if (!cfg) return;
  const r = S.stored;
  if (cause === 'decide' && r) {
    changes++;
    writeMirror(r, cfg);
    durable(r);
    post({ record: r });
  } else if (cause === 'tab' && r) {
    // Both tabs write the winner: whichever write lands last, the stores hold it.
    writeMirror(r, cfg);
    durable(r);
  } else if (cause === 'reset') {
    changes++;
    clearCookie(cfg.cookie);
    durable(null);
    post({ reset: true });
  }
}

/** Starts the storage effect: before events, so that a `change` handler already reads the new cookie. */
export function startStorage(): void {
  subscribe(effect);
}

/**
 * Restores the choice: from the cookie at once (synchronously), then from IndexedDB, repairing
 * whichever store is behind. Opens the cross-tab channel.
 */
export function load(cfg: ResolvedConfig): Promise<void> {
  const copies = read(cfg);
  restore(atOnce(copies));
  send = openChannel(cfg.cookie.name, onMessage);
  const at = changes;
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
    if (at !== changes) return;
    const best = ok ? settle(copies, d, cfg) : atOnce(copies);
    if (!same(best, S.stored) && (best || S.stored)) restore(best);
    if (best) {
      const v = mirror(best, cfg).value;
      const whole = copies.raw.length === 1 && copies.raw[0] === v && !copies.other.length && !copies.broken;
      if (!whole) writeMirror(best, cfg);
      if (ok && !same(best, d)) durable(best);
    } else if (copies.other.length && !copies.trusted.length) {
      // Only copies nobody confirmed (planted by another subdomain, or left by another config).
      clearCookie(cfg.cookie);
    }
  })();
}

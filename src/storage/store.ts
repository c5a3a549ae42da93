// The store chunk (consentry-store.js): everything that writes the choice. Decisions made on this
// page (built and applied here), the cookie and IndexedDB writes that follow every decision, the
// cross-tab messages, and the repair of whichever store is behind at start. A returning visitor
// whose stores agree never loads it; a first visit loads it at once, a decision or an API write
// on any other page view. It reads and changes the core only through its actions (core/state).
import { ConsentryError } from '../core/errors';
import { fail, report } from '../core/events';
import { decision } from '../core/decision';
import { withdrew } from '../core/grants';
export { announce } from '../core/change';
// The undo of a release, run by the first stage's blocking effect on a change this chunk applied.
export { withdraw } from '../blocking/withdraw';
import { migrate, same, wins } from '../core/record';
import { encode, summary } from '../core/record-write';
import { decide, reset as forget, restore, S, tab, type Change } from '../core/state';
import type { ConsentChoice, ConsentMethod, ConsentRecord, ResolvedConfig } from '../core/types';
import { cookieName } from './cookie';
import { clearCookie, writeCookie } from './cookie-write';
import { update } from 'idb-keyval';
import { HISTORY, KEY, store as idb, timed, type Durable } from './idb';
import { atOnce, sync, type Copies } from './index';

/** A cookie under 1 KB whatever the browser counts; the name and attributes take the rest. */
const MAX = 1000;

/** IndexedDB writes, in the order the decisions were made. */
let chain: Promise<unknown> = Promise.resolve();

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

/**
 * Writes the record in one transaction with what is already there: a record that loses to the
 * stored one (an older decision, or the broader of two made at the same millisecond in two tabs)
 * leaves the stored one in place, so tabs converge whatever order their writes land in. Every
 * decision that reaches the store is in the history, also one first restored from the cookie
 * because a reload cut its own write short; `null` forgets the record and keeps the history.
 */
function writeDurable(record: ConsentRecord | null): Promise<void> {
  return timed(new Promise((ok, fail) => {
    try {
      update<Durable>(KEY, (old) => {
        const history = old && Array.isArray(old.history) ? old.history.slice() : [];
        const was = old && old.record ? migrate(old.record) : null;
        if (record && !history.some((h) => same(migrate(h), record))) history.push(record);
        const keep = record && was && !wins(record, was) ? was : record;
        return { record: keep, history: history.slice(-HISTORY) };
      }, idb).then(ok, fail);
    } catch (e) { fail(e); }
  }));
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
    sync.send && sync.send(d);
  } catch (e) {
    report(e);
  }
}

/** A message from another tab: its decision (the later one wins), or its reset. */
export function message(data: unknown): void {
  const d = data as { record?: unknown; reset?: boolean } | null;
  if (!d || !S.cfg) return;
  if (d.reset) {
    sync.changes++;
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
  sync.changes++;
  tab(r);
}

/** The storage effect (subscribed in its place by the first stage): every decision, here or in another tab, is written. */
export function effect({ record, previous, cause }: Change): void {
  const cfg = S.cfg;
  if (!cfg) return;
  // Reload (`reloadOnWithdraw`): after a withdrawal, here or in another tab, the page reloads once
  // the decision is stored (its write is queued below) — with 'auto' only when a withdrawn service ran here.
  const m = cfg.reloadOnWithdraw;
  if ((cause === 'decide' || cause === 'tab') && m && withdrew(previous, record) && (m === true || sync.ran())) {
    Promise.resolve().then(written).then(() => location.reload());
  }
  const r = S.stored;
  if (cause === 'decide' && r) {
    sync.changes++;
    writeMirror(r, cfg);
    durable(r);
    post({ record: r });
  } else if (cause === 'tab' && r) {
    // Both tabs write the winner: whichever write lands last, the stores hold it.
    writeMirror(r, cfg);
    durable(r);
  } else if (cause === 'reset') {
    sync.changes++;
    clearCookie(cfg.cookie);
    durable(null);
    post({ reset: true });
  }
}

/**
 * After IndexedDB answered at start (`ok`: it did; `d`: its record) and the stores disagree: the
 * latest decision applies, and whichever store is behind is repaired. `at`: the count of changes
 * when the read began (a decision made meanwhile is newer than anything stored).
 */
export function reconcile(copies: Copies, d: ConsentRecord | null, ok: boolean, at: number): void {
  const cfg = S.cfg;
  if (!cfg || at !== sync.changes) return;
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
}

/**
 * Makes and applies a decision, then resolves once it is stored and the clean-up it started (what
 * it refuses: cookies, storage; unclaimed cookies classified) is done. Two decisions of one page are
 * never at the same millisecond: the later one must win over the earlier in every store, whatever
 * the clock says (a tie would go to the more protective one).
 */
export function commit(method: ConsentMethod, choice?: ConsentChoice): Promise<ConsentRecord> {
  let r: ConsentRecord;
  try {
    if (!S.cfg) throw new ConsentryError('no valid config: init() must succeed before a decision');
    r = decision(method, choice);
  } catch (e) {
    return Promise.reject(fail(e));
  }
  const last = S.stored && Date.parse(S.stored.updatedAt);
  if (last && Date.parse(r.updatedAt) <= last && r.id === S.stored!.id) r.updatedAt = new Date(last + 1).toISOString();
  sync.cleaning = undefined;
  decide(r);
  // Stored, and applied: what it refuses has been cleaned up (its cookies and storage removed).
  return Promise.all([written(), sync.cleaning]).then(() => r);
}

/** Forgets the choice on this page (history is kept); resolves once stored and cleaned up. */
export function reset(): Promise<unknown> {
  sync.cleaning = undefined;
  forget();
  return Promise.all([written(), sync.cleaning]);
}

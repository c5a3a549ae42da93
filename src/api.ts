// Every public function lives here. Data flows one way: signals in (config, storage, other tabs,
// the visitor's intents) → state (core/state) → storage and effects (blocking, signals) out.
import { resolveConfig } from './core/config';
import { ConsentryError, show } from './core/errors';
import { emit, fail, on as onEvent, report } from './core/events';
import { current, decode, encode, migrate } from './core/record';
import { decision, granted, S, setRecord, subscribe } from './core/state';
import type {
  ChangeDetail, ConsentChoice, ConsentMethod, ConsentRecord, ConsentryConfig, EventMap, EventName,
  LoadScriptOptions, View,
} from './core/types';
import type { UiBridge, UiModule } from './core/ui-port';
import { chunks, LANGS, type Strings } from './core/chunks';
import { clearCookie, readCookie, writeCookie } from './storage/cookie';
import { openChannel } from './storage/channel';
import { readDurable, writeDurable } from './storage/idb';
import { startBlocking, grantedNodes } from './blocking/index';
import { startSignals } from './signals/index';
import { version as v } from './version';

export type * from './core/types';

/** The library version. */
export const version: string = v;


let started: Promise<ConsentRecord | null> | null = null;
let failed: Promise<never> | null = null;
let send: ((d: unknown) => void) | null = null;
let chain: Promise<unknown> = Promise.resolve();
let decisions = 0;
let ui: Promise<UiModule> | null = null;
let view: View | null = null;
let strings: Strings = {};
let effectsOn = false;


function pickLocale(pref?: string): string {
  const tries = [pref, document.documentElement.lang, ...(navigator.languages || [navigator.language])];
  for (const t of tries) {
    const l = (t || '').toLowerCase().split('-')[0];
    if (LANGS.indexOf(l) >= 0) return l;
  }
  return 'en';
}

// Effects start once, synchronously, before any other script of the page can run, and stay in
// place whatever happens to the config: a page with a bad config stays blocked (fail closed).
function effects(): void {
  if (effectsOn) return;
  effectsOn = true;
  try {
    startSignals();
  } catch (e) {
    fail(e);
  }
  try {
    // A placeholder's button grants its service only (setConsent is hoisted; blocking never imports the API).
    startBlocking(setConsent);
  } catch (e) {
    fail(e);
  }
  try {
    document.addEventListener('click', onClick, true);
    addEventListener('hashchange', onHash);
  } catch (e) {
    report(e);
  }
}

function onClick(e: Event): void {
  const t = e.target as Element | null;
  const a = t && t.closest && t.closest('[data-consentry-open],a[href="#consentry-preferences"]');
  if (a) {
    e.preventDefault();
    showPreferences(a);
  }
}

function onHash(): void {
  if (location.hash === '#consentry-preferences') showPreferences();
}

function restoreCookie(r: ConsentRecord): void {
  const cfg = S.cfg!;
  const value = encode(r, cfg);
  if (value.length > 1000) {
    report(new ConsentryError('the consent cookie would exceed 1 KB; it is kept in IndexedDB only'));
    return;
  }
  writeCookie(cfg.cookie, value, new Date(r.expiresAt));
}

function adopt(r: ConsentRecord | null): void {
  S.prior = r || S.prior;
  setRecord(current(r, S.cfg!) ? r : null);
}

/** Starts Consentry: validates config, restores the visitor's choice, blocks what is not granted. Idempotent. */
export function init(config?: ConsentryConfig): Promise<ConsentRecord | null> {
  // After a failed start, init() without a config repeats the failure (the script tag's config
  // was bad: zero-config must not quietly replace it); a new config is a new attempt.
  return config === undefined && failed ? failed : start(() => config);
}

/** `init` with a config that may fail to be read (the script tag's JSON block). */
export function start(source: () => unknown): Promise<ConsentRecord | null> {
  if (started) return started;
  effects();
  try {
    S.cfg = resolveConfig(source());
  } catch (e) {
    S.cfg = null;
    const err = fail(e);
    // A later init() with a corrected config may try again; trackers stay blocked meanwhile.
    (failed = Promise.reject(err)).catch(() => {});
    return failed;
  }
  const cfg = S.cfg;
  S.locale = pickLocale(cfg.language);
  S.gpc = cfg.gpc && (navigator as any).globalPrivacyControl === true;
  const raw = readCookie(cfg.cookie.name);
  const fromCookie = raw === undefined ? null : decode(raw, cfg);
  adopt(fromCookie);
  const at = decisions;
  send = openChannel(cfg.cookie.name, onMessage);
  // No choice in the cookie: the banner will most likely show, so its files load while
  // IndexedDB is read (a visitor who lost only the cookie downloads them for nothing).
  if (!S.rec && cfg.ui.autoShow && chunks.ui) load().catch(() => {});
  return (started = (async () => {
    let durable: ConsentRecord | null = null;
    let idbOk = true;
    try {
      const d = await readDurable();
      durable = d ? migrate(d.record) : null;
    } catch {
      idbOk = false; // private mode, blocked or hung: the cookie (or memory) carries the choice
    }
    // A decision made while IndexedDB was read is newer than anything stored.
    if (at === decisions) {
      const newer = !fromCookie ? durable : !durable ? fromCookie
        : Date.parse(durable.updatedAt) > Date.parse(fromCookie.updatedAt) ? durable : fromCookie;
      if (newer && newer !== fromCookie) {
        restoreCookie(newer);
        adopt(newer);
      }
      if (newer && idbOk && newer !== durable) writeDurable(newer, false).catch(report);
    }
    emit('ready', S.rec);
    if ((!S.rec || S.stale.length) && cfg.ui.autoShow) showBanner();
    // The one case the interface loads for a returning visitor: the site asked for the floating button.
    else if (S.rec && cfg.ui.floatingButton && chunks.ui) load().then((m) => m.float && m.float(bridge)).catch(report);
    if (location.hash === '#consentry-preferences') showPreferences();
    return S.rec;
  })().catch((e) => {
    report(e);
    return S.rec;
  }));
}

function onMessage(data: unknown): void {
  const d = data as { record?: unknown; reset?: boolean } | null;
  if (!d || !S.cfg) return;
  if (d.reset) {
    adopt(null);
    return;
  }
  const r = migrate(d.record);
  if (!r || (S.stored && Date.parse(r.updatedAt) < Date.parse(S.stored.updatedAt))) return;
  const prev = S.rec;
  decisions++;
  adopt(r);
  if (S.rec) {
    if (view) hide();
    emit('change', detail(S.rec, prev));
  }
}

function detail(record: ConsentRecord, previous: ConsentRecord | null): ChangeDetail {
  const changed = { categories: [] as string[], services: [] as string[] };
  for (const k in record.categories) if (!previous || previous.categories[k] !== record.categories[k]) changed.categories.push(k);
  for (const k in record.services) if (!previous || previous.services[k] !== record.services[k]) changed.services.push(k);
  return { record, previous, changed };
}

function commit(method: ConsentMethod, choice?: ConsentChoice): Promise<ConsentRecord> {
  let r: ConsentRecord;
  try {
    if (!S.cfg) throw new ConsentryError('no valid config: init() must succeed before a decision');
    r = decision(method, choice);
  } catch (e) {
    return Promise.reject(fail(e));
  }
  decisions++;
  const prev = S.rec;
  S.prior = r;
  setRecord(r);
  restoreCookie(r);
  // Writes are chained so that two quick decisions reach IndexedDB in the order they were made.
  const write = (chain = chain.then(() => writeDurable(r, true)).catch(() => {
    // IndexedDB unavailable: the cookie, or this page's memory, holds the choice.
  }));
  try {
    send && send({ record: r });
  } catch (e) {
    report(e);
  }
  emit('change', detail(S.rec!, prev));
  if (view) hide();
  if (S.cfg.reloadOnWithdraw && prev) {
    for (const k in prev.categories) {
      if (prev.categories[k] && !S.rec!.categories[k]) {
        write.then(() => location.reload());
        break;
      }
    }
  }
  return write.then(() => r);
}

/** The visitor's current choice, or null before any (synchronous). */
export function getConsent(): ConsentRecord | null {
  return S.rec;
}

const warned: Record<string, 1> = {};

/** Whether a category (and optionally one of its services) is granted now (synchronous). */
export function hasConsent(category: string, service?: string): boolean {
  const cfg = S.cfg;
  if (cfg && !cfg.categories.some((c) => c.name === category) && !warned[category]) {
    warned[category] = 1;
    report(new ConsentryError(`hasConsent: unknown category ${show(category)}; expected one of ${cfg.categories.map((c) => c.name).join(', ')}`));
  }
  return granted(category, service);
}

/** Grants every category (advertising stays off under GPC) and stores it. */
export function acceptAll(): Promise<ConsentRecord> {
  return commit('accept-all');
}

/** Refuses every optional category and stores it. */
export function rejectAll(): Promise<ConsentRecord> {
  return commit('reject-all');
}

/** Records a refusal made by closing the banner (× or Esc). */
export function dismiss(): Promise<ConsentRecord> {
  return commit('dismiss');
}

/** Stores a partial choice; unspecified categories and services keep their current value. */
export function setConsent(choice: ConsentChoice): Promise<ConsentRecord> {
  if (!choice || typeof choice !== 'object') {
    return Promise.reject(fail(new ConsentryError(`setConsent: expected { categories?, services? }, received ${show(choice)}`)));
  }
  return commit('custom', choice);
}

const bridge: UiBridge = {
  get config() {
    return S.cfg!;
  },
  get locale() {
    return S.locale;
  },
  get strings() {
    return strings;
  },
  record: () => S.rec,
  stale: () => S.stale,
  gpc: () => S.gpc,
  seen: () => S.seen.slice(),
  acceptAll,
  rejectAll,
  dismiss,
  save: setConsent,
  closed(v) {
    if (view === v) {
      view = null;
      emit('hide', { view: v });
    }
  },
  open: (v) => (v === 'banner' ? showBanner() : showPreferences()),
};

/** The interface chunk and the strings of the visitor's language, loaded in parallel (English is in the chunk). */
function load(): Promise<UiModule> {
  const lang = S.locale;
  return (ui ||= Promise.all([
    chunks.ui!(),
    lang !== 'en' && chunks.lang ? chunks.lang(lang).catch((): Strings => ({})) : ({} as Strings),
  ]).then(([m, s]) => {
    strings = s;
    return m;
  }).catch((e) => {
    ui = null;
    throw e;
  }));
}

function open(v: View, opener?: Element | null): void {
  if (!S.cfg) {
    fail(new ConsentryError(`show${v === 'banner' ? 'Banner' : 'Preferences'}: no valid config, nothing to show`));
    return;
  }
  if (!chunks.ui) {
    fail(new ConsentryError('the interface is not available in this build'));
    return;
  }
  const opened = opener || (document.activeElement as Element | null);
  load().then((m) => {
    const was = view;
    m.show(v, bridge, opened);
    view = v;
    if (was && was !== v) emit('hide', { view: was });
    if (was !== v) emit('show', { view: v });
  }).catch((e) => fail(new ConsentryError('the interface could not be loaded: ' + (e && e.message))));
}

/** Shows the first layer. */
export function showBanner(): void {
  open('banner');
}

/** Opens the preference centre; focus returns to `opener` (or the focused element) when it closes. */
export function showPreferences(opener?: Element | null): void {
  open('preferences', opener);
}

/** Hides whatever Consentry shows. */
export function hide(): void {
  const v = view;
  if (!v || !ui) return;
  view = null;
  ui.then((m) => m.hide()).catch(report);
  emit('hide', { view: v });
}

/** Subscribes to `ready`, `change`, `show`, `hide` or `error`; returns the unsubscribe function. */
export function on<K extends EventName>(event: K, handler: (detail: EventMap[K]) => void): () => void {
  // Reported, not thrown: a typo in a site's handler code must not break the rest of its page.
  if (['ready', 'change', 'show', 'hide', 'error'].indexOf(event) < 0) {
    fail(new ConsentryError(`on: unknown event ${show(event)}; expected ready, change, show, hide or error`));
  } else if (typeof handler !== 'function') {
    fail(new ConsentryError(`on: handler: expected a function, received ${show(handler)}`));
  } else return onEvent(event, handler);
  return () => {};
}

function checkCategory(fn: string, category: unknown, service?: unknown): ConsentryError | null {
  if (typeof category !== 'string') return new ConsentryError(`${fn}: category: expected a string, received ${show(category)}`);
  if (service !== undefined && typeof service !== 'string') return new ConsentryError(`${fn}: service: expected a string, received ${show(service)}`);
  const cfg = S.cfg;
  if (cfg && !cfg.categories.some((c) => c.name === category)) {
    return new ConsentryError(`${fn}: unknown category ${show(category)}; expected one of ${cfg.categories.map((c) => c.name).join(', ')}`);
  }
  if (cfg && typeof service === 'string' && !cfg.services[service]) return new ConsentryError(`${fn}: unknown service ${show(service)}`);
  return null;
}

/** Resolves once the category (and service) is granted; at once if it already is. */
export function whenGranted(category: string, service?: string): Promise<void> {
  const err = checkCategory('whenGranted', category, service);
  if (err) return Promise.reject(fail(err));
  return new Promise((ok) => {
    if (granted(category, service)) return ok();
    const off = subscribe(() => {
      if (granted(category, service)) {
        off();
        ok();
      }
    });
  });
}

const loaded: Record<string, Promise<void>> = {};

/** Loads a script once its category (and service) is granted; resolves when it has loaded. */
export function loadScript(src: string, options: LoadScriptOptions): Promise<void> {
  if (typeof src !== 'string' || !src) return Promise.reject(fail(new ConsentryError(`loadScript: src: expected a URL, received ${show(src)}`)));
  if (!options || typeof options !== 'object') return Promise.reject(fail(new ConsentryError(`loadScript: options: expected { category, service?, attributes? }, received ${show(options)}`)));
  const err = checkCategory('loadScript', options.category, options.service);
  if (err) return Promise.reject(fail(err));
  return (loaded[src] ||= whenGranted(options.category, options.service).then(() => new Promise<void>((ok, ko) => {
    const s = document.createElement('script');
    for (const k in options.attributes || {}) s.setAttribute(k, options.attributes![k]);
    if (S.cfg?.nonce) s.nonce = S.cfg.nonce;
    grantedNodes.add(s);
    s.onload = () => ok();
    s.onerror = () => {
      delete loaded[src];
      ko(new ConsentryError('loadScript: could not load ' + src));
    };
    s.src = src;
    document.head.appendChild(s);
  })));
}

/** Forgets the choice (history is kept), cleans up what was granted, and shows the banner again. */
export async function reset(): Promise<void> {
  if (!S.cfg) return;
  clearCookie(S.cfg.cookie);
  S.prior = null; // a forgotten visitor gets a new id
  setRecord(null);
  try {
    send && send({ reset: true });
  } catch (e) {
    report(e);
  }
  await (chain = chain.then(() => writeDurable(null, false)).catch(() => {}));
  showBanner();
}

// Every public function lives here, and nothing else: data flows one way, signals in (config,
// storage, other tabs, the visitor's intents) → state (core/state, changed by actions that name
// their cause) → effects out (signals, blocking, storage, events, interface), each subscribed.
import { checkConfig, configError } from './core/config';
import type { Problem } from './core/config-messages';
import { dict } from './core/dict';
import { ConsentryError, show } from './core/errors';
import { emit, fail, on as onEvent, report } from './core/events';
import { granted, S, serviceGranted, subscribe } from './core/state';
import type {
  ConsentChoice, ConsentMethod, ConsentRecord, ConsentryConfig, DeclarationOptions, EventMap, EventName, ResolvedConfig,
  LoadScriptOptions, TrustedScriptURL, View,
} from './core/types';
import type { UiChunk, UiHost } from './core/ui-port';
import { chunks, LANGS, type Strings } from './core/chunks';
import { load as loadStored, preload, startStorage, sync, withStore } from './storage/index';
import { startBlocking, grantedNodes, ranWithdrawn } from './blocking/index';
import { metListeners } from './core/grants';
import { startSignals } from './signals/index';
import { version as v } from './version';
import { isURL, refused, trust } from './core/tt';

export type * from './core/types';

/** The library version. */
export const version: string = v;


let started: Promise<ConsentRecord | null> | null = null;
let failed: Promise<never> | null = null;
let ui: Promise<UiChunk> | null = null;
/** The interface chunk once it runs: `hide()` and a decision close what it shows at once. */
let shown: UiChunk | null = null;
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
// Order matters: signals hear a change first (a Consent Mode update before blocking releases a
// tag), then blocking, storage (a `change` handler reads the new cookie), events, the interface.
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
    // The storage effect (with the reload after a withdrawal, `reloadOnWithdraw`), then the `change` event's.
    sync.ran = ranWithdrawn;
    startStorage();
    // Interface effect: a decision here or in another tab closes what is shown.
    subscribe(({ cause }) => {
      if (cause === 'decide' || cause === 'tab') hide();
    });
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

/** Starts Consentry: validates config, restores the visitor's choice, blocks what is not granted. Idempotent. */
export function init(config?: ConsentryConfig): Promise<ConsentRecord | null> {
  // After a failed start, init() without a config repeats the failure (the script tag's config
  // was bad: zero-config must not quietly replace it); a new config is a new attempt.
  return config === undefined && failed ? failed : again(config) || start(() => config);
}

/** The config the running start was given, to tell a repeated init() from a conflicting one. */
let given: string | undefined;
let byTag = false;

/**
 * A second init() with another config once Consentry runs: rejected, never silently ignored.
 * The usual cause is the script tag, which starts Consentry itself unless told not to.
 */
function again(config?: ConsentryConfig): Promise<never> | null {
  if (!started || config === undefined) return null;
  let same: boolean;
  try {
    same = JSON.stringify(config) === given;
  } catch {
    same = false;
  }
  if (same) return null;
  // Its words are loaded with those of a config's problems (without them, the first sentence alone).
  const p = words(S.cfg).then((m) => m.conflict(byTag), () => 'init: the new config is ignored').then((m) => {
    throw fail(new ConsentryError(m));
  });
  p.catch(() => {});
  return p;
}

/** The script tag starts Consentry: a later init() with another config names `data-manual`. */
export function startFromTag(source: () => unknown): Promise<ConsentRecord | null> {
  byTag = true;
  return start(source);
}

/** `init` with a config that may fail to be read (the script tag's JSON block). */
export function start(source: () => unknown): Promise<ConsentRecord | null> {
  if (started) return started;
  effects();
  try {
    const raw = source();
    const checked = checkConfig(raw);
    if (checked.problems.length) {
      // Trackers stay blocked while the words of the problems load; the error is reported then.
      (failed = explained(checked.problems, checked.config).then((e) => {
        throw fail(e);
      })).catch(() => {});
      return failed;
    }
    S.cfg = checked.config;
    try {
      given = JSON.stringify(raw === undefined || raw === null ? {} : raw);
    } catch {
      given = undefined;
    }
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
  const stored = loadStored(cfg);
  // No choice in the cookie, or one asked again, and the banner will show: a decision is expected,
  // so the store loads at once, and the banner's files too while IndexedDB is read (a visitor who
  // lost only the cookie downloads them for nothing). A site that shows nothing by itself
  // (`autoShow: false`) loads the store with its first decision.
  if ((!S.rec || S.stale.length) && cfg.ui.autoShow) preload();
  if (!S.rec && cfg.ui.autoShow && chunks.ui) load().catch(() => {});
  return (started = stored.then(() => {
    emit('ready', S.rec);
    if ((!S.rec || S.stale.length) && cfg.ui.autoShow) showBanner();
    // The one case the interface loads for a returning visitor: the site asked for the floating button.
    else if (S.rec && cfg.ui.floatingButton && chunks.ui) load().then((m) => m.float(host)).catch(report);
    if (location.hash === '#consentry-preferences') showPreferences();
    // Pages with a declaration element load its chunk; others load nothing more.
    const scan = () => document.querySelectorAll('[data-consentry-declaration]').forEach((e) => renderDeclaration(e).catch(() => {}));
    if (document.readyState == 'loading') addEventListener('DOMContentLoaded', scan);
    else scan();
    return S.rec;
  }).catch((e) => {
    report(e);
    return S.rec;
  }));
}

/** The words of config errors (a chunk of the script-tag build), loaded when there is one. */
function words(cfg: ResolvedConfig | null): Promise<typeof import('./core/config-messages')> {
  const c = chunks.configErrors;
  return c ? c(cfg) : Promise.reject();
}

/**
 * The error of a config with problems, in words (config-messages.ts, a chunk of the script-tag
 * build); without them (the file cannot load), each bad key and the value received.
 */
function explained(list: Problem[], cfg: ResolvedConfig): Promise<ConsentryError> {
  return words(cfg).then((m) => configError(m.explain(list)), () => {
    const problems = list.map(([key, , got]) => key + ': not valid, received ' + show(got));
    return configError({
      message: `config: ${problems.join('; ')} (no banner shows and trackers stay blocked until they are fixed)`,
      problems,
    });
  });
}

/** A decision, made and stored by the store chunk (at once when it is loaded). */
function commit(method: ConsentMethod, choice?: ConsentChoice): Promise<ConsentRecord> {
  return withStore((s) => s.commit(method, choice));
}

/** The visitor's current choice, or null before any (synchronous). */
export function getConsent(): ConsentRecord | null {
  return S.rec;
}

const warned = dict<1>();

/** Whether a category (and optionally one of its services) is granted now (synchronous). */
export function hasConsent(category: string, service?: string): boolean {
  const cfg = S.cfg;
  if (cfg && !cfg.categories.some((c) => c.name === category) && !warned[category]) {
    warned[category] = 1;
    report(new ConsentryError(`hasConsent: unknown category ${show(category)}; expected one of ${cfg.categories.map((c) => c.name).join(', ')}`));
  }
  return granted(category, service);
}

/** Grants every category (advertising stays off under GPC) and stores it; resolves with the record once stored (README, JS API). */
export function acceptAll(): Promise<ConsentRecord> {
  return commit('accept-all');
}

/** Refuses every optional category and stores it; resolves with the record once stored and the refused services' cookies and storage are cleaned up (README, JS API). */
export function rejectAll(): Promise<ConsentRecord> {
  return commit('reject-all');
}

/** Records a refusal made by closing the banner (× or Esc). */
export function dismiss(): Promise<ConsentRecord> {
  return commit('dismiss');
}

/** Stores a partial choice; unspecified categories and services keep their current value. Resolves with the record once stored and what it refuses is cleaned up; rejects with a ConsentryError naming an unknown key or name (README, JS API). */
export function setConsent(choice: ConsentChoice): Promise<ConsentRecord> {
  if (!choice || typeof choice !== 'object') {
    return Promise.reject(fail(new ConsentryError(`setConsent: expected { categories?, services? }, received ${show(choice)}`)));
  }
  return commit('custom', choice);
}

/** What the interface chunk reads and calls (src/ui/port.ts makes it the bridge its views read). */
const host: UiHost = { S, strings: {}, commit, open, emit };

/** The interface chunk and the strings of the visitor's language, loaded in parallel (English is in the chunk). */
function load(): Promise<UiChunk> {
  const lang = S.locale;
  return (ui ||= Promise.all([
    chunks.ui!(),
    lang !== 'en' && chunks.lang ? chunks.lang(lang).catch((): Strings => ({})) : ({} as Strings),
  ]).then(([m, s]) => {
    host.strings = s;
    return (shown = m);
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
  // The chunk tells the page (`show`, and `hide` for a view it replaces).
  load().then((m) => m.show(v, host, opened)).catch((e) => {
    // Refused by Trusted Types: the refusal of Consentry's policy was reported (it names the fix).
    if (!(refused && e instanceof TypeError)) fail(new ConsentryError('the interface could not be loaded: ' + (e && e.message)));
  });
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
  if (shown) shown.hide().catch(report);
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

/**
 * Resolves once the category (and service) is granted; at once if it already is. Never resolves
 * while refused; rejects at once (with the same error as the `error` event) for a name the config
 * does not know or an argument of the wrong type (README: "API").
 */
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

/** Scripts asked for, by URL (a URL is any string a site passes, `constructor` included). */
const loaded = dict<Promise<void>>();

/**
 * Loads a script once its category (and service) is granted; resolves when it has loaded. Rejects
 * for a bad argument or unknown name (at once), or when the script fails to load (a later call
 * tries again); waits, without rejecting, while consent is refused (README: "API").
 */
export function loadScript(src: string | TrustedScriptURL, options: LoadScriptOptions): Promise<void> {
  // A TrustedScriptURL of the site's own policy is set as it is; a string, through Consentry's policy.
  const trusted = isURL(src);
  if (!trusted && (typeof src !== 'string' || !src)) return Promise.reject(fail(new ConsentryError(`loadScript: src: expected a URL or TrustedScriptURL, received ${show(src)}`)));
  if (!options || typeof options !== 'object') return Promise.reject(fail(new ConsentryError(`loadScript: options: expected { category, service?, attributes? }, received ${show(options)}`)));
  const err = checkCategory('loadScript', options.category, options.service);
  if (err) return Promise.reject(fail(err));
  const key = String(src);
  return (loaded[key] ||= whenGranted(options.category, options.service).then(() => new Promise<void>((ok, ko) => {
    const s = document.createElement('script');
    for (const k of Object.keys(options.attributes || {})) s.setAttribute(k, options.attributes![k]);
    if (S.cfg?.nonce) s.nonce = S.cfg.nonce;
    grantedNodes.add(s);
    s.onload = () => ok();
    s.onerror = () => {
      delete loaded[key];
      ko(new ConsentryError('loadScript: could not load ' + key));
    };
    // Refused by Trusted Types (the page's CSP refused Consentry's policy, as reported), this throws: a rejection.
    s.src = trusted ? src : trust('createScriptURL', key);
    document.head.appendChild(s);
  })));
}

/** Forgets the choice (history is kept), cleans up what was granted, and shows the banner again; resolves once stored and cleaned up (README, JS API). */
export async function reset(): Promise<void> {
  if (!S.cfg) return;
  await withStore((s) => s.reset());
  showBanner();
}

/**
 * Fills `element` with the cookie declaration (purposes, services, cookies, lifetimes, the visitor's
 * answers with a switch each) and keeps it current. Resolves once drawn; rejects (and reports) when
 * Consentry has no valid config, `element` is not an element, or the declaration file cannot load.
 */
export function renderDeclaration(element: Element, options: DeclarationOptions = {}): Promise<void> {
  return Promise.resolve(started).then(() => {
    const c = chunks.declaration;
    if (!element?.nodeType || !S.cfg || !c) {
      throw fail(new ConsentryError(S.cfg ? 'renderDeclaration: expected an element, received ' + show(element) : 'no valid config: init() must succeed first'));
    }
    // The chunk picks the language and loads its strings.
    return c().then((render) => render(element, {
      config: S.cfg!, locale: S.locale, record: () => S.rec, seen: () => S.seen.slice(), save: setConsent, open: () => showPreferences(),
      ...options, chunks, subscribe, met: metListeners, granted: serviceGranted,
    }));
  });
}

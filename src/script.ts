// Script-tag entry: defines `window.Consentry` and starts at once (unless `data-manual`), so
// that blocking is in place before the next element of <head> is parsed.
import * as api from './api';
import { chunks, CLASSIFY_FALLBACK, CLEAN_FALLBACK, DECLARATION_FALLBACK, EMBED_FALLBACK, LANG_FALLBACK, LATE_FALLBACK, reported, TITLES_FALLBACK } from './core/chunks';
import { ConsentryError } from './core/errors';
import * as errors from './core/errors';
import * as events from './core/events';
import * as record from './core/record';
import * as state from './core/state';
import { S } from './core/state';
import * as storage from './storage/index';
import type { UiChunk } from './core/ui-port';
import { fail } from './core/events';
import { lendTitles } from './core/titled';
import { trust } from './core/tt';
import { late, look } from './late';

/** This script; when the browser does not say (a call from another script's task), the tag that loaded it. */
const me = (document.currentScript ||
  [].slice.call(document.querySelectorAll('script[src]')).reverse().find((s: HTMLScriptElement) => /\/consentry(\.min)?\.js([?#]|$)/.test(s.src))) as HTMLScriptElement | null | undefined || null;
/** How the page was when this script started, before blocking changes anything. */
const begun = look(me);
/** The folder consentry.js was loaded from: the default place of every file loaded when needed. */
const folderOf = (u: string) => u.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
const here = me && me.src ? folderOf(me.src) : '';

/**
 * Where a file loaded when needed lives: `baseUrl`, else the folder of a (deprecated) `uiUrl`,
 * else beside consentry.js. Read here, in the first stage: no chunk can say where the chunks are.
 * `c`: the config (for a config's error messages, the one with problems: a bad `baseUrl` is none).
 */
function at(file: string, c = S.cfg): string {
  const b = (c && (c.baseUrl || (c.uiUrl && folderOf(c.uiUrl)))) || here;
  return new URL(file, new URL(b, document.baseURI)).href;
}

/**
 * The interface chunk: beside consentry.js, or at the deprecated `uiUrl`, with a warning (its words
 * are with those of config errors) said before anything shows.
 */
let warned = false;
function ui(): Promise<UiChunk> {
  const c = S.cfg;
  const u = c && c.uiUrl;
  return Promise.all([
    chunk<UiChunk>(u ? new URL(u, document.baseURI).href : at('consentry-ui.js'), 'ConsentryUI'),
    u && !warned && (warned = true) && chunks.configErrors!(c).then((m) => console.warn(m.uiUrlDeprecated(u)), () => {}),
  ]).then(([m]) => m);
}

/** Loads a chunk file that sets `window[global]` when it runs (the caller keeps the promise). */
function chunk<T>(url: string, global: string): Promise<T> {
  return new Promise<T>((ok, ko) => {
    const w = window as any;
    if (w[global]) return ok(w[global]);
    const s = document.createElement('script');
    const n = S.cfg?.nonce || (me && me.nonce);
    if (n) s.nonce = n;
    s.onload = () => (w[global] ? ok(w[global]) : ko(new Error(url + ' did not define ' + global)));
    s.onerror = () => ko(new Error('could not load ' + url));
    s.src = trust('createScriptURL', url);
    document.head.appendChild(s);
  });
}

chunks.ui = () => ui().then(lendTitles);
chunks.lang = (l) => reported(chunk<Record<string, string>>(at(`consentry-${l}.js`), 'ConsentryLang_' + l), LANG_FALLBACK);
chunks.classify = () =>
  reported(chunk<{ classifyCookie: (n: string) => { category: string } | undefined }>(at('consentry-classifier.js'), 'ConsentryClassifier'), CLASSIFY_FALLBACK)
    .then((m) => m.classifyCookie);
chunks.embed = () =>
  reported(chunk<typeof import('./blocking/placeholder')>(at('consentry-embed.js'), 'ConsentryEmbed'), EMBED_FALLBACK);
chunks.titles = () =>
  reported(chunk<typeof import('./catalogue/titles')>(at('consentry-titles.js'), 'ConsentryTitles'), TITLES_FALLBACK).then((m) => m.withTitles);
chunks.late = () =>
  reported(chunk<typeof import('./late-message')>(at('consentry-late.js'), 'ConsentryLate'), LATE_FALLBACK).then((m) => m.lateMessage);
/**
 * The first stage's modules a chunk shares (one instance of each: the state, its effects and
 * events). A chunk built with them external is a function of this object (rollup.config.mjs,
 * `shared`), called once here: nothing of it is reachable from the page.
 */
const core = { errors, events, state, storage, record };
// Not through `reported`: a config error reports itself once, with or without its words.
chunks.configErrors = (cfg) => chunk<typeof import('./core/config-messages')>(at('consentry-config-errors.js', cfg), 'ConsentryConfigErrors');
chunks.store = () => chunk<(c: typeof core) => typeof import('./storage/store')>(at('consentry-store.js'), 'ConsentryStore').then((f) => f(core));
chunks.clean = () => reported(chunk<typeof import('./blocking/clean')>(at('consentry-clean.js'), 'ConsentryClean'), CLEAN_FALLBACK).then((m) => m.clean);
chunks.declaration = () =>
  reported(chunk<typeof import('./declaration/dom').render>(at('consentry-declaration.js'), 'ConsentryDeclaration'), DECLARATION_FALLBACK);

const Consentry = {
  init: api.init, getConsent: api.getConsent, hasConsent: api.hasConsent, acceptAll: api.acceptAll,
  rejectAll: api.rejectAll, setConsent: api.setConsent, showBanner: api.showBanner,
  showPreferences: api.showPreferences, hide: api.hide, on: api.on, whenGranted: api.whenGranted,
  loadScript: api.loadScript, reset: api.reset, renderDeclaration: api.renderDeclaration, version: api.version,
};
(window as any).Consentry = Consentry;

/** Config sources, first found wins: the JSON block, then `window.consentryConfig`, then none. */
function config(): unknown {
  const el = document.getElementById('consentry-config');
  if (el) {
    try {
      return JSON.parse(el.textContent || '');
    } catch (e) {
      throw new ConsentryError('#consentry-config: expected valid JSON, received a parse error: ' + (e as Error).message);
    }
  }
  return (window as any).consentryConfig;
}

if (!me || !me.hasAttribute('data-manual')) {
  // The error was already reported on the console and as an `error` event; no unhandled rejection.
  api.startFromTag(config).catch(() => {});
}
try {
  late(begun);
} catch (e) {
  fail(e);
}

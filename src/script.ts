// Script-tag entry: defines `window.Consentry` and starts at once (unless `data-manual`), so
// that blocking is in place before the next element of <head> is parsed.
import * as api from './api';
import { chunks } from './core/chunks';
import { ConsentryError } from './core/errors';
import { S } from './core/state';
import type { UiModule } from './core/ui-port';

const me = document.currentScript as HTMLScriptElement | null;
const base = me && me.src ? me.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '') : '';

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
    s.src = url;
    document.head.appendChild(s);
  });
}

chunks.ui = () => chunk<UiModule>(S.cfg?.uiUrl || base + 'consentry-ui.js', 'ConsentryUI');
chunks.lang = (l) => chunk<Record<string, string>>(`${base}consentry-${l}.js`, 'ConsentryLang_' + l);
chunks.classify = () =>
  chunk<{ classifyCookie: (n: string) => { category: string } | undefined }>(base + 'consentry-classifier.js', 'ConsentryClassifier')
    .then((m) => m.classifyCookie);

const Consentry = {
  init: api.init, getConsent: api.getConsent, hasConsent: api.hasConsent, acceptAll: api.acceptAll,
  rejectAll: api.rejectAll, setConsent: api.setConsent, showBanner: api.showBanner,
  showPreferences: api.showPreferences, hide: api.hide, on: api.on, whenGranted: api.whenGranted,
  loadScript: api.loadScript, reset: api.reset, version: api.version,
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
  api.start(config).catch(() => {});
}

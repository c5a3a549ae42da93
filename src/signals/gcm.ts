// Google Consent Mode v2: one `default` placed ahead of every Google tag, one `update` per change.
import { granted, S } from '../core/state';
import type { ConsentModeConfig } from '../core/types';
import { A, AP, D, G, w } from './util';

/** What Consentry has put in front of the site's dataLayer: replayed into a replacing array. */
const head: IArguments[] = [];
let last: IArguments | undefined;

/** The seven Consent Mode types; `on` false gives the default (all denied but security). */
function types(on: boolean): Record<string, unknown> {
  const g = (c: string) => (on && granted(c) ? G : D);
  const f = g('functional');
  const m = g('advertising');
  return {
    ad_storage: m, ad_user_data: m, ad_personalization: m, analytics_storage: g('analytics'),
    functionality_storage: f, personalization_storage: f, security_storage: G,
  };
}

/** Inserts at the front of a dataLayer no Google tag has read yet (they override `push` when they run). */
function lead(dl: any[], items: IArguments[]): void {
  if (dl.push === AP.push) AP.unshift.apply(dl, items);
  else for (const x of items) dl.push(x);
}

/**
 * Pushes the `default` (and the optional `set` commands) before anything the site has queued,
 * defines `gtag` when the site has not, and keeps them first when the site later assigns a
 * new array to `window.dataLayer` (`dataLayer = [{…}]` above the GTM snippet).
 */
export function consentDefault(): void {
  const cm: ConsentModeConfig = (S.cfg && S.cfg.consentMode) || {};
  const d = types(false);
  if (cm.waitForUpdate !== 0) d.wait_for_update = cm.waitForUpdate || 500;
  if (cm.region) d.region = cm.region;
  head.push(A('consent', 'default', d));
  if (cm.adsDataRedaction !== undefined) head.push(A('set', 'ads_data_redaction', cm.adsDataRedaction));
  if (cm.urlPassthrough !== undefined) head.push(A('set', 'url_passthrough', cm.urlPassthrough));
  let dl: any[] = w.dataLayer || [];
  lead(dl, head);
  try {
    Object.defineProperty(w, 'dataLayer', {
      configurable: true,
      enumerable: true,
      get: () => dl,
      set(v) {
        if (v && v !== dl && v.indexOf && v.indexOf(head[0]) < 0) lead(v, last ? head.concat(last) : head);
        dl = v;
      },
    });
  } catch {
    w.dataLayer = dl; // a `var dataLayer` declared before Consentry cannot be redefined
  }
  w.gtag ||= function () {
    // Google tags read `arguments` objects, not arrays.
    (w.dataLayer ||= []).push(arguments);
  };
}

/** Pushes one `update` with the seven types as they apply now. */
export function consentUpdate(): void {
  (w.dataLayer ||= []).push((last = A('consent', 'update', types(true))));
}

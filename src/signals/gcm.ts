// Google Consent Mode v2: one `default` placed ahead of every Google tag, one `update` per change.
import { granted, S, serviceGranted } from '../core/state';
import type { ConsentModeConfig } from '../core/types';
import { A, AP, D, G, w } from './util';

/** What Consentry has put in front of the site's dataLayer: replayed into a replacing array. */
const head: IArguments[] = [];
let last: IArguments | undefined;
/** Consentry's own entries at the front of a dataLayer no Google tag has read yet. */
const mine: IArguments[] = [];

/** The Google services behind `analytics_storage`, and behind the three `ad_*` types. */
export const GOOGLE_ANALYTICS = ['ga4', 'ga-universal', 'firebase'];
export const GOOGLE_ADS = ['google-ads'];

/**
 * Whether the Google services of one signal that the site uses (declared in its config, met on
 * the page, or granted by the visitor) are all granted. None used: only a purpose granted as a
 * whole grants it (every Google service met later is then granted too). Another vendor's
 * service never counts: granting Meta Pixel grants no Google signal.
 */
function google(list: string[], category: string): boolean {
  const cfg = S.cfg;
  let used = 0;
  for (const n of list) {
    const s = cfg && cfg.services[n];
    if (!s) continue;
    const ok = serviceGranted(n);
    if (ok || s.site || S.seen.indexOf(n) >= 0) {
      if (!ok) return false;
      used++;
    }
  }
  return used > 0 || granted(category);
}

/** The seven Consent Mode types; `on` false gives the default (all denied but security). */
function types(on: boolean): Record<string, unknown> {
  const f = on && granted('functional') ? G : D;
  const m = on && google(GOOGLE_ADS, 'advertising') ? G : D;
  return {
    ad_storage: m, ad_user_data: m, ad_personalization: m,
    analytics_storage: on && google(GOOGLE_ANALYTICS, 'analytics') ? G : D,
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

/**
 * Pushes one `update` with the seven types as they apply now. While no Google tag has read the
 * dataLayer (its `push` is still the array's own), the update goes right after Consentry's
 * earlier commands, ahead of what the site queued: a returning visitor's page whose inline gtag
 * snippet sits above consentry.js reads `[default, update, js, config]`, so `config` is
 * processed with the visitor's choice, not before it.
 */
export function consentUpdate(): void {
  const dl = (w.dataLayer ||= []);
  last = A('consent', 'update', types(true));
  if (dl.push !== AP.push) return void dl.push(last);
  let i = 0;
  while (i < dl.length && (head.indexOf(dl[i]) >= 0 || mine.indexOf(dl[i]) >= 0)) i++;
  mine.push(last);
  AP.splice.call(dl, i, 0, last);
}

/**
 * A Google service met for the first time may change a signal (a site using GA4 and Universal
 * whose visitor granted GA4 only): a new `update` follows when one of the seven types changed.
 */
export function consentMet(service: string): void {
  if (!last || (GOOGLE_ANALYTICS.indexOf(service) < 0 && GOOGLE_ADS.indexOf(service) < 0)) return;
  const t = types(true);
  const was = last[2];
  for (const k in t) {
    if (t[k] !== was[k]) return consentUpdate();
  }
}

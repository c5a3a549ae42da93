// Signals effect: tells Google tags (Consent Mode v2) and vendors with a consent API what the
// visitor chose. Global Privacy Control needs nothing here: the core keeps advertising refused
// under GPC, and every signal follows the categories.
import { S, subscribe } from '../core/state';
import { metListeners } from '../core/grants';
import { consentDefault, consentMet, consentUpdate } from './gcm';
import { tellVendors, watchVendors } from './vendors';

let started = false;
let gcm = false;

/** The first signals, once the config is known: the Consent Mode default and the vendor traps. */
function begin(): void {
  if (started) return;
  started = true;
  // An invalid config (S.cfg null) still gets the all-denied default: fail closed.
  gcm = !S.cfg || S.cfg.consentMode !== false;
  if (gcm) consentDefault();
  watchVendors();
}

/**
 * Starts the signals. Called by init before the config is read, so that this effect is the
 * first to hear every change: an `update` is in the dataLayer before blocking releases a tag
 * that calls `gtag('config', …)` inline. The default itself waits for the config (whether
 * Consent Mode is on, its region…), which init resolves in the same task: the restore of the
 * stored choice calls the listener right after, or, with a config that failed, the microtask
 * below does, still before the page's next script runs.
 */
export function startSignals(): void {
  subscribe(({ record, previous }) => {
    begin();
    if (gcm && (record || previous)) consentUpdate();
    tellVendors();
  });
  // Shopify hears decisions and resets from the store chunk (src/signals/shopify.ts), which makes every one.
  metListeners.push((s) => gcm && consentMet(s));
  queueMicrotask(begin);
}

// Vendor consent calls, by catalogue service: each vendor hears the choice through its own API,
// first when its global appears (ahead of whatever the site's snippet queues next), then on
// every change of what it is allowed.
import { granted, S, serviceGranted } from '../core/state';
import { A, D, G, safe, trap, w } from './util';

type Send = (v: any, key: string, first?: boolean) => void;

const isArr = Array.isArray;

/** In front of a queue the vendor has not read yet (the site's own commands follow), else at the end. */
function put(q: any, first: boolean | undefined, ...items: unknown[]): void {
  first && isArr(q) ? q.unshift(...items) : q.push(...items);
}

// [window global, service, state to signal now, how to signal it]
const VENDORS: [string, string, () => string, Send][] = [
  // Meta: `revoke` must precede `fbq('init')`. The snippet assigns `window.fbq` before creating
  // its queue, so the queue is trapped too; once fbevents.js runs, `fbq` takes calls directly.
  ['fbq', 'meta-pixel', () => (serviceGranted('meta-pixel') ? 'grant' : 'revoke'),
    (f, k, first) => (first && !f.callMethod ? trap(f, 'queue', (q) => q.unshift(A('consent', k))) : f('consent', k))],
  // TikTok: hold until the visitor has chosen, then grant or revoke.
  ['ttq', 'tiktok-pixel', () => (S.rec ? (serviceGranted('tiktok-pixel') ? 'grantConsent' : 'revokeConsent') : 'holdConsent'),
    (q, k, first) => (first && isArr(q) ? q.unshift([k]) : q[k] ? q[k]() : q.push([k]))],
  // Microsoft UET: a flat queue, `default` before the tag reads it, `update` afterwards.
  ['uetq', 'microsoft-uet', () => (serviceGranted('microsoft-uet') ? G : D),
    (q, k, first) => put(q, first, 'consent', first ? 'default' : 'update', { ad_storage: k })],
  // Clarity consent v2: analytics storage follows the service, ad storage also needs advertising
  // (key: '' refused, else the ad storage value).
  ['clarity', 'clarity', () => (serviceGranted('clarity') ? (granted('advertising') ? G : D) : ''),
    (f, k) => f('consentv2', { ad_Storage: k || D, analytics_Storage: k ? G : D })],
  // Matomo: nothing is tracked until consent is given for the page; withdrawal forgets it.
  ['_paq', 'matomo', () => (serviceGranted('matomo') ? 'setConsentGiven' : 'forgetConsentGiven'),
    (q, k, first) => (first ? put(q, true, ['requireConsent'], ...(k[0] === 's' ? [[k]] : [])) : q.push([k]))],
];

const sent: Record<string, string> = {};

/** Waits for each vendor the config knows (a service the site removed is left alone). */
export function watchVendors(): void {
  for (const [g, s, key, send] of VENDORS) {
    if (!S.cfg || S.cfg.services[s]) trap(w, g, (v) => safe(() => send(v, (sent[g] = key()), true)));
  }
}

/** Tells every vendor met so far what changed for it. */
export function tellVendors(): void {
  for (const [g, , key, send] of VENDORS) {
    const v = w[g];
    const k = v && g in sent ? key() : sent[g];
    if (k !== sent[g]) safe(() => send(v, (sent[g] = k)));
  }
}

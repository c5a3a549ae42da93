// Which service a URL belongs to, and whether that service may run now.
import { granted, known, S } from '../core/state';
import type { ResolvedConfig } from '../core/types';

let from: ResolvedConfig | undefined;
/** Host → [path prefix, service], longest prefix first; rebuilt when the config changes. */
let table: Record<string, [string, string][]>;

function index(): Record<string, [string, string][]> {
  const k = known();
  if (k !== from) {
    from = k;
    table = {};
    for (const n in k.services) {
      for (let h of k.services[n].hosts) {
        h = h.toLowerCase().replace(/^[a-z]+:\/\/|^\*\./, '');
        const i = h.indexOf('/');
        (table[i < 0 ? h : h.slice(0, i)] ||= []).push([i < 0 ? '' : h.slice(i), n]);
      }
    }
    for (const h in table) table[h].sort((a, b) => b[0].length - a[0].length);
  }
  return table;
}

/**
 * The service a URL belongs to, or undefined. A host matches itself and its subdomains; of all
 * matching patterns the most specific wins (longest host, then longest path prefix).
 */
export function serviceOf(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url, location.href);
  } catch {
    return;
  }
  const t = index();
  const p = u.pathname;
  for (let h = u.hostname, i = 0; i >= 0; h = h.slice(i + 1)) {
    const l = t[h];
    if (l) for (let j = 0; j < l.length; j++) if (p.startsWith(l[j][0])) return l[j][1];
    i = h.indexOf('.');
  }
}

/** Whether a category (and service) may run: granted, or a read-only category such as necessary. */
export function allowed(category: string, service?: string | null): boolean {
  if (granted(category, service || undefined)) return true;
  for (const c of known().categories) if (c.name === category) return c.readOnly;
  return false;
}

/** Records a service met on the page, in first-seen order (the preference centre lists them). */
export function see(s: string): void {
  if (S.seen.indexOf(s) < 0) S.seen.push(s);
}

/**
 * The service a URL belongs to when that service must be held back now, else undefined.
 * Google tags that honour Consent Mode run in its advanced mode (they get denied signals instead).
 */
export function blocked(url: string): string | undefined {
  const s = serviceOf(url);
  if (!s) return;
  see(s);
  const m = S.cfg && S.cfg.consentMode;
  if (m && m.mode === 'advanced' && (s === 'ga4' || s === 'google-ads' || s === 'gtm')) return;
  if (!allowed(known().services[s].category, s)) return s;
}

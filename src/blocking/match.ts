// Which service a URL belongs to, and whether that service may run now.
import { metListeners } from '../core/grants';
import { granted, known, S } from '../core/state';
import { dict } from '../core/dict';
import { domains } from '../core/domains';
import type { ResolvedConfig } from '../core/types';

let from: ResolvedConfig | undefined;
/** Host → [path prefix, service], longest prefix first; rebuilt when the config changes. */
let table: Record<string, [string, string][]>;
/** URL → service ('' for none): a URL is parsed once, not at its `src` and again at its insertion. */
let memo: Map<string, string>;
/** Whether a service lists the page's own host (relative URLs must then be resolved). */
let own: boolean;

/**
 * URLs that reach no other host, so need no parsing when no service lists the page's own host:
 * `data:`, `blob:`, and relative ones. Not `//host` (nor `/\host`, or with a tab between the
 * slashes); a leading space, a tab or a `:` may hide a scheme, so those are parsed too.
 */
export const LOCAL = /^(?![/\\][/\\\t\n\r])(data:|blob:|[\w.-]*([/?#]|$))/i;

/**
 * The URL attributes that make each element fetch. Held, each moves to `data-` + its name
 * (`src` → `data-src`): the form the server rewrites to and the browser build releases.
 */
export const URL_ATTRS: Record<string, string[]> = {
  script: ['src'],
  iframe: ['src'],
  // A <frame> made by code loads its `src` outside a <frameset> too.
  frame: ['src'],
  img: ['src', 'srcset'],
  input: ['src'],
  link: ['href', 'imagesrcset'],
  // A <base> loads nothing, but every relative URL of its document resolves against it: one that
  // points at a tracker's host is held, so that `<img src="a.gif">` never reaches that host.
  base: ['href'],
  object: ['data'],
  embed: ['src'],
  // SVG's (the HTML parser makes an <image> outside <svg> an <img>).
  image: ['href'],
};

/**
 * SVG elements that fetch, and the attributes they fetch from: `href`, or the older `xlink:href`.
 * Held, either moves to `data-href` (an SVG `<script>` as HTML's, `type="text/plain"` too).
 */
export const SVG_URL_ATTRS: Record<string, string[]> = { image: ['href', 'xlink:href'], script: ['href', 'xlink:href'] };

/** Host → [path prefix, service], longest prefix first. */
export type HostTable = Record<string, [string, string][]>;

/** The host table of a config's services; pure, so that `consentry/server` matches as the browser does. */
export function hostTable(k: ResolvedConfig): HostTable {
  // No prototype: a host written `__proto__` or `constructor` is a key like any other.
  const t: HostTable = dict();
  for (const n in k.services) {
    for (const h of k.services[n].hosts) {
      const [, d, p] = /^([^/]*)(.*)/.exec(h.toLowerCase().replace(/^[a-z]+:\/\/|^\*\./, ''))!;
      (t[d] ||= []).push([p, n]);
    }
  }
  for (const d in t) t[d].sort((a, b) => b[0].length - a[0].length);
  return t;
}

function index(): void {
  const k = known();
  if (k !== from) {
    from = k;
    table = hostTable(k);
    memo = new Map();
    own = domains(location.hostname).some((d) => table[d]);
  }
}

/**
 * The service of a host (or a parent domain) and path, '' for none. Path prefixes compare without
 * case (the table holds them lowercased): `/Tag/` in a config also holds `/tag/`, the more
 * protective reading, and never lets `/Tag/x.js` through.
 */
export function find(h: string, path: string, t: HostTable = table): string {
  const q = path.toLowerCase();
  for (const d of domains(h)) for (const [p, s] of t[d] || []) if (q.startsWith(p)) return s;
  return '';
}

/**
 * The service a URL belongs to, or undefined. A host matches itself and its subdomains; of all
 * matching patterns the most specific wins (longest host, then longest path prefix).
 */
export function serviceOf(url: string): string | undefined {
  index();
  // Relative URLs resolve as the document's do: against its <base href>, which may name another host.
  const b = base.held || document.baseURI;
  const rel = LOCAL.test(url);
  const far = rel && !here(b);
  if (!own && rel && !far) return;
  let s = far ? undefined : memo.get(url);
  if (s === undefined) {
    try {
      const u = new URL(url, b);
      const h = u.hostname;
      s = find(h, u.pathname);
      // A URL of the page's own host may be relative: its answer follows the page's path (pushState).
      if (!far && (!own || h !== location.hostname)) {
        if (memo.size > 500) memo.clear();
        memo.set(url, s);
      }
    } catch {
      // not a URL: no service
    }
  }
  return s || undefined;
}

/** A <base href> held back (at a tracker's host): relative URLs are read against it meanwhile. */
export const base = { held: '' };

let lastBase = '';
let baseHere = true;
/** Whether the document's base URL is on the page's own host (relative URLs stay there). */
function here(b: string): boolean {
  if (b !== lastBase) {
    lastBase = b;
    try {
      baseHere = new URL(b).hostname === location.hostname;
    } catch {
      baseHere = true;
    }
  }
  return baseHere;
}

/** The service of a tagged element: its `data-service`, else the one of its URL. */
export function tagged(e: Element): string | undefined {
  const u = e.getAttribute('data-src') || e.getAttribute('src');
  return e.getAttribute('data-service') || (u ? serviceOf(u) : undefined);
}

/** Whether a category (and service) may run: granted, or a read-only category such as necessary. */
export function allowed(category: string, service?: string | null): boolean {
  return granted(category, service || undefined) || !!known().categories.find((c) => c.name === category)?.readOnly;
}

/** Records a service met on the page, in first-seen order (the preference centre lists them). */
export function see(s: string): void {
  if (S.seen.indexOf(s) < 0) {
    S.seen.push(s);
    // Consent Mode's answer depends on the Google services the site uses (issue 10).
    for (const f of metListeners) f(s);
  }
}

/**
 * The service a URL belongs to when that service must be held back now, else undefined.
 * Google tags that honour Consent Mode run in its advanced mode (they get denied signals instead).
 */
export function blocked(url: string): string | undefined {
  const s = serviceOf(url);
  if (!s) return;
  see(s);
  if (signalled(S.cfg, s)) return;
  if (!allowed(known().services[s].category, s)) return s;
}

/** Whether a Google tag runs in Consent Mode's advanced mode, where it gets denied signals instead of being held. */
export function signalled(cfg: ResolvedConfig | null, s: string): boolean {
  const m = cfg && cfg.consentMode;
  return !!m && m.mode === 'advanced' && (s === 'ga4' || s === 'google-ads' || s === 'gtm');
}

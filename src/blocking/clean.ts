// Clean-up after a refusal or a withdrawal: the cookies and storage keys of every service that
// may not run are deleted, and the events its snippet queued before its script loaded are dropped.
// A chunk of its own (consentry-clean.js), loaded only when there may be something to clean: it
// reads the core's state through the bridge it is given, never by importing it.
import { withStored } from '../catalogue/details';
import type { Chunks } from '../core/chunks';
import { own as ownKey } from '../core/dict';
import type { ResolvedConfig } from '../core/types';
import { cookieJar, HOST } from '../storage/cookie';
import { domains } from '../core/domains';

/** What the clean-up reads of the core. */
export interface CleanBridge {
  /** The services to clean up after: the site's config, or the catalogue when it is bad. */
  config: ResolvedConfig;
  /** Whether a purpose (and one of its services) may run now. */
  allowed: (category: string, service?: string | null) => boolean;
  /** The cookie classifier, for cookies no service claims (loaded only after a decision). */
  classify?: Chunks['classify'];
}

/** service → global command queues its published snippet fills before the vendor script loads. */
const QUEUES: Record<string, string> = {
  'meta-pixel': 'fbq.queue',
  'tiktok-pixel': 'ttq',
  hotjar: 'hj.q',
  clarity: 'clarity.q',
  'microsoft-uet': 'uetq',
  matomo: '_paq',
  hubspot: '_hsq',
  klaviyo: '_learnq',
  pinterest: 'pintrk.queue',
  'snapchat-pixel': 'snaptr.queue',
  'x-pixel': 'twq.queue',
  'reddit-pixel': 'rdt.callQueue',
  'linkedin-insight': 'lintrk.q',
  'ga-universal': 'ga.q',
};

/** Commands that configure a vendor or carry a consent signal: kept, so a later grant still works. */
const KEEP = /^(init|create|config|setAccount|setSiteId|setTrackerUrl)$|consent/i;

/** Drops the queued events of a command queue, in place (the snippet holds the same array). */
export function drain(q: any): void {
  if (!Array.isArray(q)) return;
  let j = 0;
  // Flat queues (uetq) push a command and its arguments as separate items: keep all three.
  for (let i = 0, n = 0; i < q.length; i++, n && n--) {
    const e = q[i];
    const c = e && typeof e === 'object' ? e[0] : e;
    if (n || (typeof c === 'string' && KEEP.test(c))) {
      if (e === 'consent') n = 3;
      q[j++] = e;
    }
  }
  q.length = j;
}

/** A name matches a list of names where a trailing `*` makes a prefix. */
function hit(list: string[], name: string): boolean {
  for (const p of list) if (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p) return true;
  return false;
}

/** Expires a cookie on the page's host and each parent domain, at `/` and each level of the path. */
function expire(name: string): void {
  const path = location.pathname;
  const ps = ['/', path];
  for (let i = 0; (i = path.indexOf('/', i + 1)) > 0; ) ps.push(path.slice(0, i), path.slice(0, i + 1));
  // '' first: the cookie without a domain, set for this host only.
  for (const d of ['', ...domains(location.hostname)]) {
    for (const p of ps) document.cookie = name + '=;max-age=0;path=' + p + (location.protocol === 'https:' ? ';secure' : '') + (d && ';domain=' + d);
  }
}

/**
 * Deletes what services that may not run have left, and drops their queued events. After a
 * decision (`fresh`), cookies no service claims are also classified (the classifier is loaded
 * then only, never on a plain page view) and deleted when their category is refused: the promise
 * returned then settles once they are (undefined when there is nothing to classify).
 */
export function clean(fresh: boolean, b: CleanBridge): Promise<unknown> | undefined {
  // The catalogue's cookies and storage keys, which the first stage does not carry (bundled here).
  const k = withStored(b.config);
  const allowed = b.allowed;
  const cookies: string[] = [];
  const keys: string[] = [];
  // Consentry's own cookie, under either name (`__Host-` on https): never handed to the classifier.
  const own: string[] = [k.cookie.name, HOST + k.cookie.name];
  // What an allowed service also claims (`_ga` is GA4's and Firebase's) is kept.
  const keep: string[] = [];
  for (const n in k.services) {
    const s = k.services[n];
    own.push(...s.cookies);
    if (allowed(s.category, n)) {
      keep.push(...s.cookies, ...s.storage);
      continue;
    }
    cookies.push(...s.cookies);
    keys.push(...s.storage);
    const q = ownKey(QUEUES, n);
    if (q) drain(q.split('.').reduce((v: any, p) => v && v[p], window));
  }
  const other: string[] = [];
  for (const c of cookieJar().split(';')) {
    const n = c.slice(0, c.indexOf('=') >>> 0).trim();
    if (hit(cookies, n)) hit(keep, n) || expire(n);
    else if (n && !hit(own, n)) other.push(n);
  }
  for (const area of ['localStorage', 'sessionStorage']) {
    try {
      const st: Storage = (window as any)[area];
      for (let i = st.length; i--; ) {
        const key = st.key(i)!;
        if (hit(keys, key) && !hit(keep, key)) st.removeItem(key);
      }
    } catch {
      // storage blocked (sandbox, disabled cookies): nothing to clean there
    }
  }
  if (fresh && other.length && b.classify) {
    return b.classify().then((classify) => {
      for (const n of other) {
        const c = classify(n);
        if (c && !allowed(c.category)) expire(n);
      }
    }).catch(() => {
      // the classifier could not load: only the catalogue's cookies were cleaned
    });
  }
}

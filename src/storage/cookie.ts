// The cookie mirror: lets the page decide synchronously at start and lets a server read the choice.
// `document.cookie` shows neither domain nor age, so every copy under either of our names is
// read, and a write removes every copy it can reach but the one it makes.

export interface CookieTarget {
  name: string;
  domain?: string;
  path: string;
}

/** The prefix that makes the browser refuse a copy set by another subdomain, or over http. */
export const HOST = '__Host-';

/** `document.cookie`, or '' where reading it throws (a sandboxed frame, cookies blocked by policy). */
export function cookieJar(): string {
  try {
    return document.cookie;
  } catch {
    return '';
  }
}

/** Value of a cookie in `document.cookie`, or undefined. */
export function readCookie(name: string, jar = cookieJar()): string | undefined {
  return readCookies(name, jar)[0];
}

/** Values of every cookie of that name in a jar (the browser sends one per domain and path). */
export function readCookies(name: string, jar = cookieJar()): string[] {
  const out: string[] = [];
  for (const part of jar.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        out.push(decodeURIComponent(part.slice(i + 1).trim()));
      } catch {
        out.push(''); // unreadable: still a copy, which the caller refuses
      }
    }
  }
  return out;
}

const https = () => location.protocol === 'https:';

/**
 * The name to write: `__Host-<name>` on https for a host-only cookie at `/`, which no other
 * subdomain can set; the bare name otherwise (http, or a `domain` shared on purpose).
 */
export function cookieName(t: CookieTarget, secure = https()): string {
  return secure && !t.domain && t.path === '/' ? HOST + t.name : t.name;
}

function set(name: string, value: string, tail: string, domain?: string, path = '/'): void {
  document.cookie = name + '=' + value + tail + '; Path=' + path + (domain ? '; Domain=' + domain : '') +
    '; SameSite=Lax' + (https() ? '; Secure' : '');
}

const GONE = '; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT';

/** Expires every copy under both names on this host and its parent domains, except `keep`. */
function clearOthers(t: CookieTarget, keep?: { name: string; domain?: string; path: string }): void {
  const ds: (string | undefined)[] = [undefined];
  const host = location.hostname;
  // An IP address has no parent domain, and `Domain=<the IP>` names the host-only copy itself
  // (which would delete the copy just written).
  if (!/^[\d.]+$|:/.test(host)) {
    for (let h = host, i; (i = h.indexOf('.')) >= 0; ) ds.push((h = h.slice(i + 1)));
    ds.push(host);
  }
  const paths = t.path === '/' ? ['/'] : ['/', t.path];
  for (const n of [HOST + t.name, t.name]) {
    for (const d of ds) {
      for (const p of paths) {
        if (keep && keep.name === n && keep.domain === d && keep.path === p) continue;
        // A prefixed cookie is only ever host-only at `/`; other forms would be refused anyway.
        if (n !== t.name && (d || p !== '/')) continue;
        set(n, '', GONE, d, p);
      }
    }
  }
}

/**
 * Writes the mirror and removes every other copy (an older name, domain or path) so that no
 * broader one survives; returns false when the browser did not keep it (cookies disabled,
 * a value it refused).
 */
export function writeCookie(t: CookieTarget, value: string, expires: Date): boolean {
  try {
    const name = cookieName(t);
    set(name, encodeURIComponent(value), '; Expires=' + expires.toUTCString(), t.domain, t.path);
    clearOthers(t, { name, domain: t.domain, path: t.path });
    // A page outside the cookie's path cannot see it: nothing to verify there.
    return readCookies(name).indexOf(value) >= 0 || location.pathname.indexOf(t.path) !== 0;
  } catch {
    return false;
  }
}

/** Deletes every copy of the mirror this page can reach. */
export function clearCookie(t: CookieTarget): void {
  try {
    clearOthers(t);
  } catch {
    // cookies disabled: nothing to clear
  }
}

// The cookie mirror, writing half (store chunk): a write removes every copy it can reach but the
// one it makes, so that no broader or older copy survives.
import { cookieName, HOST, https, readCookies, type CookieTarget } from './cookie';

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

// The cookie mirror: lets the page decide synchronously at start and lets a server read the choice.
// `document.cookie` shows neither domain nor age, so every copy under either of our names is
// read. Writing it (and removing every other copy): cookie-write.ts, in the store chunk.

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

export const https = () => location.protocol === 'https:';

/**
 * The name to write: `__Host-<name>` on https for a host-only cookie at `/`, which no other
 * subdomain can set; the bare name otherwise (http, or a `domain` shared on purpose).
 */
export function cookieName(t: CookieTarget, secure = https()): string {
  return secure && !t.domain && t.path === '/' ? HOST + t.name : t.name;
}

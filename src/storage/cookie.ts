// The cookie mirror: lets the page decide synchronously at start and lets a server read the choice.

export interface CookieTarget {
  name: string;
  domain?: string;
  path: string;
}

/** Value of a cookie in `document.cookie`, or undefined. */
export function readCookie(name: string, jar = document.cookie): string | undefined {
  for (const part of jar.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function attrs(t: CookieTarget): string {
  return '; Path=' + t.path + (t.domain ? '; Domain=' + t.domain : '') + '; SameSite=Lax' +
    (location.protocol === 'https:' ? '; Secure' : '');
}

/** Writes the mirror; returns false when the browser refused it (cookies disabled). */
export function writeCookie(t: CookieTarget, value: string, expires: Date): boolean {
  try {
    document.cookie = t.name + '=' + encodeURIComponent(value) + '; Expires=' + expires.toUTCString() + attrs(t);
    return readCookie(t.name) === value;
  } catch {
    return false;
  }
}

/** Deletes the mirror. */
export function clearCookie(t: CookieTarget): void {
  try {
    document.cookie = t.name + '=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT' + attrs(t);
  } catch {
    // cookies disabled: nothing to clear
  }
}

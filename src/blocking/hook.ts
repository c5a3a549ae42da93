// Replacing built-in methods and setters of the page, the original kept behind the replacement.
// A script above Consentry (a polyfill, another consent tool) may have made one of them
// unchangeable: that one hook is skipped and named in `unhooked`, every other one is installed.

/** Returned by a setter hook to drop the assignment. */
export const DROP = {};

/** Hooks that could not be installed, e.g. `HTMLScriptElement.prototype.src (setter)`. */
export const unhooked: string[] = [];

/**
 * Every hook, to install again in a same-origin frame's window: [the interface whose prototype it
 * is on ('' for the window itself), names, wrap, kind].
 */
const hooks: [string, string, (o: Function) => Function, 'value' | 'set' | 'get'][] = [];

/**
 * Replaces each method of `names` (space-separated) on `p`, or its setter (getter), by
 * `wrap(original)`. `again`: installing in a frame, where a failure is not reported again.
 */
export function patch(p: any, names: string, wrap: (o: Function) => Function, k: 'value' | 'set' | 'get' = 'value', again?: 1): void {
  if (!p) return;
  // The interface whose prototype `p` is ('' for a window), as a page's author knows it: `Element.prototype`.
  let n = '';
  try {
    if (p !== window) n = p.constructor.name;
  } catch {
    n = 'object'; // a hostile prototype (not found in a frame's window either)
  }
  if (!again) hooks.push([n, names, wrap, k]);
  for (const m of names.split(' ')) {
    try {
      const d: any = Object.getOwnPropertyDescriptor(p, m);
      if (d && typeof d[k] === 'function') {
        d[k] = wrap(d[k]);
        Object.defineProperty(p, m, d);
      }
    } catch {
      // Non-configurable (or a hostile proxy): this hook alone is missing; the caller says so.
      if (!again) unhooked.push(`${n ? n + '.prototype' : 'Window'}.${m}${k === 'value' ? '()' : ` (${k}ter)`}`);
    }
  }
}

/**
 * Installs every hook in another window of this origin (a frame's), over that window's own
 * originals: the same wraps, so that its DOM, `fetch` and `sendBeacon` are held as this window's.
 */
export function replay(w: any): void {
  for (const [n, names, wrap, k] of hooks) patch(n ? w[n] && w[n].prototype : w, names, wrap, k, 1);
}

/** A setter wrapper for `patch`: `f` returns the value to set, or DROP; `g` runs once the value is set. */
export const setter = (f: (e: any, v: unknown) => unknown, g?: (e: any, v: unknown) => void) => (set: Function) =>
  function (this: unknown, v: unknown) {
    const x = f(this, v);
    if (x !== DROP) {
      set.call(this, x);
      if (g) g(this, v);
    }
  };

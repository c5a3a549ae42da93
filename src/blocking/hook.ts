// Replacing built-in methods and setters of the page, the original kept behind the replacement.
// A script above Consentry (a polyfill, another consent tool) may have made one of them
// unchangeable: that one hook is skipped and named in `unhooked`, every other one is installed.

/** Returned by a setter hook to drop the assignment. */
export const DROP = {};

/** Hooks that could not be installed, e.g. `HTMLScriptElement.prototype.src (setter)`. */
export const unhooked: string[] = [];

/** The name a page's author knows an object by: `Element.prototype`, `Window`. */
function label(p: any): string {
  try {
    const c = p.constructor;
    return c && c.prototype === p ? c.name + '.prototype' : (c && c.name) || 'object';
  } catch {
    return 'object';
  }
}

/** Replaces each method of `names` (space-separated) on `p`, or its setter or getter, by `wrap(original)`. */
export function patch(p: any, names: string, wrap: (o: Function) => Function, k: 'value' | 'set' | 'get' = 'value'): void {
  for (const m of names.split(' ')) {
    try {
      const d: any = p && Object.getOwnPropertyDescriptor(p, m);
      if (d && typeof d[k] === 'function') {
        d[k] = wrap(d[k]);
        Object.defineProperty(p, m, d);
      }
    } catch {
      // Non-configurable (or a hostile proxy): this hook alone is missing; the caller says so.
      unhooked.push(`${label(p)}.${m}${k === 'value' ? '()' : ` (${k}ter)`}`);
    }
  }
}

/** A setter wrapper for `patch`: `f` returns the value to set, or DROP. */
export const setter = (f: (e: any, v: unknown) => unknown) => (set: Function) =>
  function (this: unknown, v: unknown) {
    v = f(this, v);
    if (v !== DROP) set.call(this, v);
  };

// Replacing built-in methods and setters of the page, the original kept behind the replacement.

/** Returned by a setter hook to drop the assignment. */
export const DROP = {};

/** Replaces each method of `names` (space-separated) on `p`, or its setter, by `wrap(original)`. */
export function patch(p: any, names: string, wrap: (o: Function) => Function, k: 'value' | 'set' = 'value'): void {
  for (const m of names.split(' ')) {
    const d: any = p && Object.getOwnPropertyDescriptor(p, m);
    if (d && typeof d[k] === 'function') {
      d[k] = wrap(d[k]);
      Object.defineProperty(p, m, d);
    }
  }
}

/** A setter wrapper for `patch`: `f` returns the value to set, or DROP. */
export const setter = (f: (e: any, v: unknown) => unknown) => (set: Function) =>
  function (this: unknown, v: unknown) {
    v = f(this, v);
    if (v !== DROP) set.call(this, v);
  };

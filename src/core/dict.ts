// Lookup tables keyed by names that come from a site's config, a stored record or the catalogue.
// A plain `{}` answers `constructor`, `toString` or `__proto__` from Object.prototype, so a
// service or host of that name would find something it never put there: tables built here have
// no prototype, and objects built elsewhere (records, the site's own objects) are read through
// `own`, which sees only what they hold themselves.

/** An empty table with no prototype: only what is put in it answers a lookup. */
export const dict = <T>(): Record<string, T> => Object.create(null);

const has = Object.prototype.hasOwnProperty;

/** `o[k]` when `o` holds `k` itself, else undefined (never an inherited member). */
export const own = <T>(o: Record<string, T> | null | undefined, k: string): T | undefined =>
  o && has.call(o, k) ? o[k] : undefined;

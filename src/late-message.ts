// The late-start message in words (SPEC §10), with the catalogue's titles that name the trackers
// in it: consentry-titles.js, loaded only on a page where consentry.js started too late. The first
// stage (src/late.ts) only notices it, before blocking rewrites anything.
import { withTitles } from './catalogue/titles';
import type { ResolvedConfig } from './core/types';

/** Why consentry.js started too late, as src/late.ts notes it. */
export type Why = 'defer' | 'async' | 'inserted' | 'parsed';
const WHY: Record<Why, string> = {
  defer: 'its script tag has defer',
  async: 'its script tag has async',
  inserted: 'it was inserted by code',
  parsed: 'it started after the page was parsed',
};

const FIX = 'load consentry.js with a plain <script src="…/consentry.js"></script> (no async, no defer, not inserted by code) as the first script in <head>, before every tracker';

/**
 * The message: why it started too late, and the trackers (by title) that had loaded before it.
 * `cfg`: the config in use, whose services' titles are filled in place where the site gave none.
 */
export function lateMessage(reasons: Why[], ids: string[], cfg: ResolvedConfig): string {
  withTitles(cfg);
  const names: string[] = [];
  for (const n of ids) {
    const t = cfg.services[n]?.title;
    const name = (t && (typeof t === 'string' ? t : t.en || Object.values(t)[0])) || n;
    if (names.indexOf(name) < 0) names.push(name);
  }
  const why = reasons.map((r) => WHY[r]);
  if (names.length) why.push('trackers had already loaded before it: ' + names.join(', '));
  return `started too late to hold the page back (${why.join('; ')}); trackers that ran before it are not held. Fix: ${FIX}.`;
}

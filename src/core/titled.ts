// The catalogue's titles for the texts the first stage draws itself (a held frame's button, the
// late-start message). The first stage does not carry them (src/catalogue/titles.ts): a text that
// names a catalogue service whose title is not known yet waits for them rather than show a
// service's name where its title belongs.
import { CATALOGUE } from '../catalogue/index';
import { chunks } from './chunks';
import { fail } from './events';
import { known } from './state';
import type { ResolvedConfig } from './types';

let loading: Promise<(c: ResolvedConfig) => unknown> | undefined;

/**
 * Runs `f` once every service of `names` can be named: at once when each has its title (given by
 * the site, filled by a chunk already loaded, or not a catalogue service), else once the titles
 * are loaded and filled in — or failed to load (reported): `f` then names them as it can.
 */
export function titled(names: (string | undefined)[], f: () => void): void {
  const s = known().services;
  const c = chunks.titles;
  if (!c || names.every((n) => !n || !CATALOGUE[n] || !s[n] || s[n].title !== undefined)) return f();
  (loading ||= c())
    .then((fill) => {
      fill(known());
    }, () => {
      // reported with its fallback by the loader
    })
    .then(f)
    .catch(fail);
}

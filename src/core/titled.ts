// The catalogue's titles for what shows a catalogue service: the texts the first stage draws
// itself (a held frame's button, the late-start message) and the interface's preference centre.
// The first stage does not carry them (src/catalogue/titles.ts): a text that names a catalogue
// service whose title is not known yet waits for them rather than show a service's name where its
// title belongs.
import { CATALOGUE } from '../catalogue/index';
import { chunks } from './chunks';
import { fail } from './events';
import { known } from './state';
import type { ResolvedConfig } from './types';
import type { UiModule } from './ui-port';

let loading: Promise<((c: ResolvedConfig) => unknown) | void> | undefined;

/**
 * Fills the catalogue's titles and lifetimes into the config in use, loading them once, unless
 * every service of `names` can be named already (given by the site, filled by a chunk that bundles
 * them, or not a catalogue service): then undefined. Else resolves when they are there, or when
 * they failed to load (reported by the loader).
 */
function fillTitles(names: (string | undefined)[]): Promise<unknown> | undefined {
  const s = known().services;
  const c = chunks.titles;
  if (c && !names.every((n) => !n || !CATALOGUE[n] || !s[n] || s[n].title !== undefined)) {
    return (loading ||= c().catch(() => {
      // reported with its fallback by the loader
    })).then((fill) => fill && fill(known()));
  }
}

/**
 * Runs `f` once every service of `names` can be named: at once when each has its title, else
 * once the titles are loaded and filled in — or failed to load (reported): `f` then names them as
 * it can.
 */
export function titled(names: (string | undefined)[], f: () => void): void {
  const p = fillTitles(names);
  if (p) p.then(f).catch(fail);
  else f();
}

/** What the preference centre shows: every service of the config. */
const forInterface = () => Promise.resolve(fillTitles(Object.keys(known().services)));

/**
 * The interface module as loaded: it gets the titles' loader, to call when the preference centre
 * opens or is about to; an interface that takes none (a site's own) gets them filled in at once.
 */
export function lendTitles(m: UiModule): UiModule {
  if (m.titlesFrom) m.titlesFrom(forInterface);
  else forInterface();
  return m;
}

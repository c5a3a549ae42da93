// The catalogue's titles for the interface's preference centre, which alone shows them. The first
// stage does not carry them (src/catalogue/titles.ts): the interface asks for them when the
// preference centre opens or is about to, unless a chunk that bundles them (the embed placeholder,
// the declaration) has filled them already.
import { CATALOGUE } from '../catalogue/index';
import { chunks } from './chunks';
import { known } from './state';
import type { ResolvedConfig } from './types';
import type { UiChunk } from './ui-port';

/** The titles chunk's filler, once asked for (nothing when it failed to load). */
let loading: Promise<((c: ResolvedConfig) => unknown) | void> | undefined;

/**
 * Fills the catalogue's titles and lifetimes into the config in use, loading them once, unless
 * every catalogue service of the config can be named already (given by the site, or filled by a
 * chunk that bundles them). Resolves when they are there, or when they failed to load (reported by
 * the loader: services are then named by their name).
 */
function forInterface(): Promise<unknown> {
  const s = known().services;
  const c = chunks.titles;
  if (!c || Object.keys(s).every((n) => !CATALOGUE[n] || s[n].title !== undefined)) return Promise.resolve();
  return (loading ||= c().catch(() => {
    // reported with its fallback by the loader
  })).then((fill) => fill && fill(known()));
}

/**
 * The interface chunk as loaded: it gets the titles' loader, to call when the preference centre
 * opens or is about to; an interface file that takes none gets them filled in at once.
 */
export function lendTitles(m: UiChunk): UiChunk {
  if (m.titlesFrom) m.titlesFrom(forInterface);
  else forInterface();
  return m;
}

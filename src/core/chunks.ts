// Parts loaded only when needed. Each entry point says how: a dynamic import (ESM build) or a
// script element (script-tag build), so that a returning visitor downloads none of them and a
// first-time visitor only the interface and the one language shown.
import { ConsentryError } from './errors';
import { fail } from './events';
import { refused } from './tt';
import type { ResolvedConfig } from './types';
import type { UiChunk } from './ui-port';

/** Interface strings of one language, by key. */
export type Strings = Record<string, string>;

export interface Chunks {
  ui?: () => Promise<UiChunk>;
  /** Strings of a language other than English (English ships inside the interface chunk). */
  lang?: (lang: string) => Promise<Strings>;
  /** The cookie classifier (Open Cookie Database), for cleaning up cookies of vendors the catalogue does not list. */
  classify?: () => Promise<(name: string) => { category: string } | undefined>;
  /** The embed placeholder (its box, button, vendor, what allowing does, privacy link). */
  embed?: () => Promise<typeof import('../blocking/placeholder')>;
  /** The cookie declaration (src/declaration/). */
  declaration?: () => Promise<typeof import('../declaration/dom').render>;
  /** The words of a config's problems (src/core/config-messages.ts), loaded only when there are some; `cfg` says where the files are. */
  configErrors?: (cfg: ResolvedConfig | null) => Promise<typeof import('./config-messages')>;
  /** Everything that writes the choice (src/storage/store.ts). */
  store?: () => Promise<typeof import('../storage/store')>;
  /** The catalogue's titles and lifetimes, filled into a config (src/catalogue/titles.ts), for the preference centre (src/core/titled.ts). */
  titles?: () => Promise<typeof import('../catalogue/titles').withTitles>;
  /** The late-start message in words, naming services by their catalogue titles (src/late-message.ts). */
  late?: () => Promise<typeof import('../late-message').lateMessage>;
  /** The clean-up after a refusal (src/blocking/clean.ts). */
  clean?: () => Promise<typeof import('../blocking/clean').clean>;
}

export const chunks: Chunks = {};

/** Languages the interface ships; the first match of config, `<html lang>` and browser wins. */
export const LANGS = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'ar'];

/** What the page does without a language file. */
export const LANG_FALLBACK = 'the interface shows in English';
/** What a visitor gets when the placeholder file cannot be loaded. */
export const EMBED_FALLBACK = 'held frames stay held with no placeholder: they can still be allowed from the preferences';
/** What a page gets when the declaration file cannot be loaded. */
export const DECLARATION_FALLBACK = 'no cookie declaration';
/** What a page does without the store file. */
export const STORE_FALLBACK = 'no decision can be stored on this page: trackers stay held as the stored choice says';
/** What the preference centre shows without the titles file. */
export const TITLES_FALLBACK = 'services are named by their name, not their title';
/** What the late-start message says without its file. */
export const LATE_FALLBACK = 'the late-start message names services by their name, not their title';
/** What a refusal leaves without the clean-up file. */
export const CLEAN_FALLBACK = 'cookies and storage that refused services left are not removed';
/** What the clean-up does without the classifier. */
export const CLASSIFY_FALLBACK = 'cookies that no service of the catalogue or config claims are not removed after a refusal';

/** A chunk that fails to load is reported (console and `error` event) with its URL and the fallback. */
export function reported<T>(p: Promise<T>, fallback: string): Promise<T> {
  return p.catch((e) => {
    // Refused by Trusted Types: the refusal of Consentry's policy was reported, and says what stays off.
    throw refused && e instanceof TypeError ? refused : fail(new ConsentryError(`${e && e.message}; ${fallback}`));
  });
}

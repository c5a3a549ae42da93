// Parts loaded only when needed. Each entry point says how: a dynamic import (ESM build) or a
// script element (script-tag build), so that a returning visitor downloads none of them and a
// first-time visitor only the interface and the one language shown.
import type { UiModule } from './ui-port';

/** Interface strings of one language, by key. */
export type Strings = Record<string, string>;

export interface Chunks {
  ui?: () => Promise<UiModule>;
  /** Strings of a language other than English (English ships inside the interface chunk). */
  lang?: (lang: string) => Promise<Strings>;
  /** The cookie classifier (Open Cookie Database), for cleaning up cookies of vendors the catalogue does not list. */
  classify?: () => Promise<(name: string) => { category: string } | undefined>;
}

export const chunks: Chunks = {};

/** Languages the interface ships; the first match of config, `<html lang>` and browser wins. */
export const LANGS = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'ar'];

// The contract between the core and the interface chunk. The first stage lends the chunk its
// state, a decision, the opening of a view and its events (`UiHost`); the chunk makes them the
// bridge its views read (src/ui/port.ts) and tells the page what it shows. The interface never
// imports the core, so it can load as a separate file.
import type { ConsentChoice, ConsentMethod, ConsentRecord, EventMap, ResolvedConfig, View } from './types';

export interface UiBridge {
  config: ResolvedConfig;
  /** Language chosen for the interface (one of `LANGS`). */
  locale: string;
  /** Strings of `locale` when it is not English (loaded beside the interface chunk); `{}` if it failed. */
  strings: Record<string, string>;
  /** The record that applies now, or null before any decision. */
  record(): ConsentRecord | null;
  /** Categories asked again because their own revision was raised (others keep their choice). */
  stale(): string[];
  /** Global Privacy Control is on and honoured: advertising stays off unless granted explicitly. */
  gpc(): boolean;
  /** Services met on this page (blocked or running), in the order they were first seen. */
  seen(): string[];
  acceptAll(): Promise<unknown>;
  rejectAll(): Promise<unknown>;
  /** Closing with × or Esc: recorded as a refusal (`method: 'dismiss'`). */
  dismiss(): Promise<unknown>;
  save(choice: ConsentChoice): Promise<unknown>;
  /** The interface closed a view by itself (after a decision or Esc in the preference centre). */
  closed(view: View): void;
  /** Opens the other view (the banner's Customize button). */
  open(view: View): void;
}

export interface UiModule {
  /** Renders a view (replacing the other one); `opener` receives focus back when it closes. */
  show(view: View, bridge: UiBridge, opener?: Element | null): void;
  /** Removes whatever is shown. */
  hide(): void;
  /** Shows only the floating button that reopens the preference centre (returning visitor, `ui.floatingButton`). */
  float?(bridge: UiBridge): void;
  /** The titles' loader (see `UiChunk.titlesFrom`), passed on by src/ui/port.ts. */
  titlesFrom?(load: () => Promise<unknown>): void;
}

/** What the first stage lends the interface chunk: read live, never copied. */
export interface UiHost {
  /** The first stage's state (src/core/state.ts `S`): config, language, record, categories asked again, GPC, services met. */
  S: { cfg: ResolvedConfig | null; locale: string; rec: ConsentRecord | null; stale: string[]; gpc: boolean; seen: string[] };
  /** Strings of `S.locale` when it is not English, loaded beside the chunk; `{}` if it failed. */
  strings: Record<string, string>;
  /** A decision, made and stored by the store chunk. */
  commit(method: ConsentMethod, choice?: ConsentChoice): Promise<unknown>;
  /** Opens a view as `showBanner()` / `showPreferences()` do. */
  open(view: View): void;
  emit(event: 'show' | 'hide', detail: EventMap['show']): void;
}

/** The interface chunk as the first stage drives it (src/ui/port.ts): it tells the page (`show` and `hide` events) what it shows. */
export interface UiChunk {
  /** Renders a view (replacing the other one); `opener` receives focus back when it closes. */
  show(view: View, host: UiHost, opener?: Element | null): void;
  /** Removes what is shown (at the next microtask); the `hide` event is emitted at once. */
  hide(): Promise<void>;
  /** Shows only the floating button that reopens the preference centre (returning visitor, `ui.floatingButton`). */
  float(host: UiHost): void;
  /**
   * Given once by the first stage when the chunk loads: fills the catalogue's titles and
   * lifetimes into the config (consentry-titles.js, loaded once; a value the site gave wins) and
   * resolves when they are there or could not load (reported). The interface calls it when the
   * preference centre, which alone shows them, opens or is about to. A chunk without this member
   * gets them filled in as soon as it loads.
   */
  titlesFrom?(load: () => Promise<unknown>): void;
}

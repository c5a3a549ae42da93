// The contract between the core and the interface chunk. The interface reads state through the
// bridge and sends intents back; it never imports the core, so it can load as a separate file.
import type { ConsentChoice, ConsentRecord, ResolvedConfig, View } from './types';

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
  /**
   * Given once by the first stage when the module loads: fills the catalogue's titles and
   * lifetimes into `config` (consentry-titles.js, loaded once; a value the site gave wins) and
   * resolves when they are there or could not load (reported). The interface calls it when the
   * preference centre, which alone shows them, opens or is about to. An interface without this
   * member (a site's own, `uiUrl`) gets them filled in as soon as it loads.
   */
  titlesFrom?(load: () => Promise<unknown>): void;
}

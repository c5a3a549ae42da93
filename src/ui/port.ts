// The interface chunk's side of the seam (src/core/ui-port.ts): the first stage's state and
// intents (`UiHost`) made into the bridge the views read, and the view the page was told is shown
// (the `show` and `hide` events). Here rather than in the first stage: only a page that shows the
// interface needs it. Imports go one way: port.ts → index.ts.
import type { View } from '../core/types';
import type { UiBridge, UiHost } from '../core/ui-port';
import * as ui from './index';

/** The view the page was told is shown (`show` and `hide` events), null when none. */
let told: View | null = null;
let host: UiHost;
let bridge: UiBridge | undefined;

/** The bridge over the first stage's host (one host per page: the first stage's). */
function connect(h: UiHost): UiBridge {
  host = h;
  return (bridge ||= {
    get config() {
      return h.S.cfg!;
    },
    get locale() {
      return h.S.locale;
    },
    get strings() {
      return h.strings;
    },
    record: () => h.S.rec,
    stale: () => h.S.stale,
    gpc: () => h.S.gpc,
    seen: () => h.S.seen.slice(),
    acceptAll: () => h.commit('accept-all'),
    rejectAll: () => h.commit('reject-all'),
    dismiss: () => h.commit('dismiss'),
    save: (choice) => h.commit('custom', choice),
    closed(v) {
      if (told === v) {
        told = null;
        h.emit('hide', { view: v });
      }
    },
    open: (v) => h.open(v),
  });
}

/** Renders a view (replacing the other one) and tells the page. */
export function show(v: View, h: UiHost, opener?: Element | null): void {
  const was = told;
  ui.show(v, connect(h), opener);
  told = v;
  if (was && was !== v) h.emit('hide', { view: was });
  if (was !== v) h.emit('show', { view: v });
}

/** Hides what is shown: the page hears it at once, the view is removed at the next microtask. */
export function hide(): Promise<void> {
  const v = told;
  if (!v) return Promise.resolve();
  told = null;
  const p = Promise.resolve().then(ui.hide);
  host.emit('hide', { view: v });
  return p;
}

/** Shows only the floating button (a returning visitor on a site with `ui.floatingButton`). */
export function float(h: UiHost): void {
  ui.float(connect(h));
}

/** Given once by the first stage when the chunk loads: the loader of the catalogue's titles (ui-port.ts `titlesFrom`). */
export { titlesFrom } from './index';

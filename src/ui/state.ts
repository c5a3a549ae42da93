// The interface's own state (which view, the switches) and the visitor's intents, sent through the
// bridge. view.tsx reads it and calls the intents; index.ts draws and owns the DOM root. Redrawing
// and closing are index.ts's: it registers them in `io`, so no module imports the one importing it.
import type { Category, ConsentChoice, View } from '../core/types';
import type { UiBridge } from '../core/ui-port';

/** Set by index.ts: redraw what is shown, and close a view (`closed`: the interface closed it by itself). */
export const io = { draw: () => {}, done: (_closed?: View) => {} };

/** The bridge to the core. */
export let b: UiBridge;
/** The view shown, if any. */
export let view: View | null = null;
/** Switch states in the preference centre, by category name and by 's:' + service name. */
export let on: Record<string, boolean> = Object.create(null);
/** The floating button is shown (the site asked for it and a choice exists). */
export let fab = false;

/**
 * Services listed under a category: the site's own, those met on this page, and those the
 * visitor granted one by one (so that saving never drops a grant the page did not show).
 */
export const listed = (c: Category) => c.services.filter((n) => b.config.services[n].site || b.seen().includes(n) || kept[n]);

/** Services granted one by one (their purpose not on as a whole) when the preference centre opened. */
export let kept: Record<string, boolean> = Object.create(null);

/**
 * Flips a purpose (its services move with it: on, it is granted as a whole, services met later
 * included), or one of its services `s` (that service only: the purpose is then partly on).
 */
export function toggle(c: Category, s?: string): void {
  if (s) {
    // A service switched off leaves the purpose partly on; one switched on never turns the purpose on.
    if (!(on['s:' + s] = !on['s:' + s])) on[c.name] = false;
  } else {
    const v = (on[c.name] = !on[c.name]);
    for (const x of listed(c)) on['s:' + x] = v;
  }
  io.draw();
}

/** Sends a decision, closes the view it came from; the core stores and applies it. */
function decide(send: () => Promise<unknown>): void {
  const v = view;
  send().catch(() => {
    // The core reported it (console and `error` event); the page goes on.
  });
  if (v) io.done(v);
}

/** Accept all (`true`) or Reject all (`false`). */
export function all(yes: boolean): void {
  const stale = view == 'banner' ? b.stale() : [];
  // Asked again for some purposes only: the answer applies to those, the others are kept. Under
  // GPC, "accept" is not an explicit grant of advertising.
  const categories: Record<string, boolean> = {};
  for (const c of stale) categories[c] = yes && !(b.gpc() && c == 'advertising');
  decide(() => (stale[0] ? b.save({ categories }) : yes ? b.acceptAll() : b.rejectAll()));
}

/** × or Esc on the banner: a refusal. */
export const dismiss = () => decide(() => b.dismiss());

/** Save choices: exactly the switches shown. */
export function save(): void {
  const choice: Required<ConsentChoice> = { categories: {}, services: {} };
  for (const c of b.config.categories) {
    if (c.readOnly) continue;
    choice.categories[c.name] = !!on[c.name];
    for (const s of listed(c)) choice.services[s] = !!on['s:' + s];
  }
  decide(() => b.save(choice));
}

/** × or Esc on the preference centre: decides nothing; a visitor who still has to choose gets the banner back. */
export const close = () => (!b.record() || b.stale()[0] ? b.open('banner') : io.done('preferences'));

/** The first stage's loader of the catalogue's titles and lifetimes (ui-port.ts `titlesFrom`), until called. */
let titles: (() => Promise<unknown>) | undefined;

/**
 * The preference centre, which alone shows the catalogue's titles and lifetimes, opens or is about
 * to (its opener is pointed at or focused): they are asked for once, and what is shown is drawn
 * again when they are there. A visitor who decides from the banner never downloads them.
 */
export function wantTitles(): void {
  const t = titles;
  titles = undefined;
  if (t) t().then(() => io.draw()).catch(() => {
    // Drawing failed: not an unhandled rejection on the page; the visitor's next action draws again.
  });
}

/** Given by the first stage when the chunk loads (ui-port.ts `titlesFrom`): the loader of the titles. */
export function titlesFrom(load: () => Promise<unknown>): void {
  titles = load;
}

/** Index.ts changes the state through these (an imported binding cannot be assigned). */
export function setBridge(x: UiBridge): void {
  b = x;
}
export function setView(v: View | null): void {
  view = v;
}
export function setFab(v: boolean): void {
  fab = v;
}
/** Switches start from the current choice: `on` and `kept` made anew. */
export function setSwitches(o: Record<string, boolean>, k: Record<string, boolean>): void {
  on = o;
  kept = k;
}

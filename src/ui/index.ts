// Interface chunk: shows the state of state.ts with view.tsx, owns the DOM root, focus and keys.
// It never imports the core at run time, so a returning visitor with a valid choice downloads none
// of it. Imports go one way: index.ts → view.tsx → state.ts.
import { render } from 'preact';
import type { View } from '../core/types';
import type { UiBridge, UiModule } from '../core/ui-port';
import css from './styles.css?inline';
import { setLang } from './text';
import { app } from './view';
import { b, close, dismiss, fab, io, kept, on, setBridge, setFab, setSwitches, setView, titlesFrom, view, wantTitles } from './state';

/** The first stage hands the loader of the catalogue's titles (ui-port.ts), called when the preference centre opens or is about to. */
export { titlesFrom };

let root: HTMLElement | null = null;
/** Receives focus back when the preference centre closes. */
let back: Element | null = null;

/** Removes the view shown; `closed` tells the core when the interface closed it by itself. */
function done(closed?: View): void {
  const had = root!.contains(document.activeElement);
  setView(null);
  draw();
  if (closed) b.closed(closed);
  if (had) {
    const t = (back && back.isConnected ? back : root && root.querySelector('.cy-fab')) as HTMLElement | null;
    back = null;
    if (t) t.focus();
  }
}

function key(e: KeyboardEvent): void {
  const a = document.activeElement;
  const k = e.key;
  const t = e.target as HTMLElement;
  if (k == 'Escape') {
    if (view == 'preferences') {
      e.preventDefault();
      close();
    } else if (view == 'banner' && !e.defaultPrevented && (!a || a == document.body || root!.contains(a))) {
      // Esc with focus in the banner (or nowhere) closes it, which refuses: the banner says so.
      e.preventDefault();
      dismiss();
    }
  } else if (k == 'Tab' && view == 'preferences') {
    // The preference centre is modal: Tab and Shift+Tab cycle inside it.
    const d = root!.querySelector('.cy-dlg') as HTMLElement;
    const f = [...d.querySelectorAll<HTMLElement>('a[href],button,summary')].filter((x) => !x.closest('details:not([open])>:not(summary)'));
    const first = f[0];
    const last = f[f.length - 1];
    if (!d.contains(a) || (e.shiftKey ? a == first || a == d : a == last)) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  } else if ((k == ' ' || k == 'Enter') && t.classList.contains('cy-sw')) {
    // Space and Enter toggle a switch once, in every browser: the default (a click) is replaced.
    e.preventDefault();
    t.click();
  }
}

function draw(): void {
  setFab(b.config.ui.floatingButton && !!b.record());
  if (view || fab) {
    if (!root) {
      const { ui } = b.config;
      root = document.createElement('div');
      root.id = 'consentry';
      root.lang = b.locale;
      root.dir = /^(ar|he|fa|ur)\b/.test(b.locale) ? 'rtl' : 'ltr';
      for (const k of ['theme', 'layout', 'position'] as const) root.dataset[k] = ui[k];
      document.addEventListener('keydown', key);
    }
    attach();
    render(app(), root);
  } else if (root) {
    render(null, root);
    root.remove();
    root = null;
    document.removeEventListener('keydown', key);
  }
}

/** The instance that draws the interface: the last one started. */
const OWNER = Symbol.for('consentry.ui');
const me = {};

/** The body watched for our root being swapped out (Turbo Drive, pjax, barba.js, `innerHTML`). */
let watched: HTMLElement | null = null;
let mo: MutationObserver | undefined;

/**
 * Keeps the root first in whatever body the document has now: keyboard and screen-reader users
 * meet the banner before the page. A copy of the root inside a swapped-in body (a page snapshot
 * taken while the banner showed) is dead markup and is removed.
 */
function attach(): void {
  const body = document.body;
  // A later instance (a second build on the page, a new module graph) owns the interface now:
  // this one stands down, or the two would take the body from each other forever.
  if ((window as any)[OWNER] !== me) {
    if (mo) mo.disconnect();
    return;
  }
  const copies = document.querySelectorAll('#consentry');
  for (let i = 0; i < copies.length; i++) if (copies[i] !== root) copies[i].remove();
  if (root && body && root.parentNode !== body) {
    const had = view == 'preferences';
    body.prepend(root);
    // The preference centre is modal: focus goes back into it, not to the new page.
    if (had && !root.contains(document.activeElement)) (root.querySelector('.cy-dlg') as HTMLElement | null)?.focus();
  }
  if (body && body !== watched) {
    watched = body;
    mo ||= new MutationObserver(attach);
    mo.disconnect();
    mo.observe(document.documentElement, { childList: true });
    mo.observe(body, { childList: true });
  }
}

/** True when there is no body yet (the script tag ran in <head>): `f` runs again once there is. */
function early(f: () => void): boolean {
  if (document.body) return false;
  document.addEventListener('DOMContentLoaded', f, { once: true });
  return true;
}

function start(bridge: UiBridge): void {
  setBridge(bridge);
  (window as any)[OWNER] = me;
  attach();
  const { ui, nonce } = b.config;
  setLang(b.locale, b.strings, b.config.translations[b.locale]);
  if (ui.injectCss && !document.getElementById('consentry-css')) {
    const s = document.createElement('style');
    s.id = 'consentry-css';
    if (nonce) s.nonce = nonce;
    s.textContent = css;
    document.head.appendChild(s);
  }
}

/** Renders a view (replacing the other one); `opener` receives focus back when it closes. */
export function show(v: View, bridge: UiBridge, opener?: Element | null): void {
  if (early(() => show(v, bridge, opener))) return;
  start(bridge);
  const was = view;
  if (v == 'preferences' && was != v) {
    // Switches start from the current choice, or all off before any choice.
    const r = b.record();
    // No prototype: a category or service named `constructor` starts off, as any other.
    setSwitches(Object.create(null), Object.create(null));
    for (const c of b.config.categories) {
      // On only when granted as a whole (an older record with a service refused is partly on).
      // `=== true`: a record is a plain object, where `constructor` would answer a function.
      on[c.name] = !!r && r.categories[c.name] === true && c.services.every((s) => r.services[s] !== false);
      for (const s of c.services) kept[s] = !on[c.name] && (on['s:' + s] = on[c.name] || (!!r && r.services[s] === true));
    }
    back = opener || null;
    wantTitles();
  }
  setView(v);
  draw();
  if (was == v) return;
  if (v == 'preferences') (root!.querySelector('.cy-dlg') as HTMLElement).focus();
  // Back from the preference centre without a choice: focus returns to Customize.
  else if (was) (root!.querySelectorAll('.cy-btn')[2] as HTMLElement).focus();
}

/** Removes whatever is shown (the floating button stays when the site asked for it). */
export function hide(): void {
  if (root && view) done();
}

/** Shows only the floating button (a returning visitor on a site with `ui.floatingButton`). */
export function float(bridge: UiBridge): void {
  if (early(() => float(bridge))) return;
  start(bridge);
  draw();
}

io.draw = draw;
io.done = done;

export const ui: UiModule = { show, hide, float, titlesFrom };

// Interface chunk: owns the state (which view, the switches), shows it with view.tsx, and turns
// the visitor's clicks and keys into intents sent through the bridge. It never imports the core
// at run time, so a returning visitor with a valid choice downloads none of it. view.tsx reads the
// exported state and calls the exported intents (a cycle of imports that holds only functions).
import { render } from 'preact';
import type { Category, ConsentChoice, View } from '../core/types';
import type { UiBridge, UiModule } from '../core/ui-port';
import css from './styles.css?inline';
import { setLang } from './text';
import { app } from './view';

/** The bridge to the core. */
export let b: UiBridge;
/** The view shown, if any. */
export let view: View | null = null;
/** Switch states in the preference centre, by category name and by 's:' + service name. */
export let on: Record<string, boolean> = {};
/** The floating button is shown (the site asked for it and a choice exists). */
export let fab = false;
let root: HTMLElement | null = null;
/** Receives focus back when the preference centre closes. */
let back: Element | null = null;

/** Services listed under a category: the site's own and those met on this page. */
export const listed = (c: Category) => c.services.filter((n) => b.config.services[n].site || b.seen().includes(n));

/** Flips a purpose (its services move with it), or one of its services `s`. */
export function toggle(c: Category, s?: string): void {
  // Allowing one service allows its purpose, for that service only.
  if (s) {
    if ((on['s:' + s] = !on['s:' + s])) on[c.name] = true;
  } else {
    const v = (on[c.name] = !on[c.name]);
    for (const x of listed(c)) on['s:' + x] = v;
  }
  draw();
}

/** Sends a decision, closes the view it came from; the core stores and applies it. */
function decide(send: () => Promise<unknown>): void {
  const v = view;
  send().catch(() => {
    // The core reported it (console and `error` event); the page goes on.
  });
  if (v) done(v);
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
export const close = () => (!b.record() || b.stale()[0] ? b.open('banner') : done('preferences'));

/** Removes the view shown; `closed` tells the core when the interface closed it by itself. */
function done(closed?: View): void {
  const had = root!.contains(document.activeElement);
  view = null;
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
  } else if ((k == ' ' || k == 'Enter') && t.className == 'cy-sw') {
    // Space and Enter toggle a switch once, in every browser: the default (a click) is replaced.
    e.preventDefault();
    t.click();
  }
}

function draw(): void {
  fab = b.config.ui.floatingButton && !!b.record();
  if (view || fab) {
    if (!root) {
      const { ui } = b.config;
      root = document.createElement('div');
      root.id = 'consentry';
      root.lang = b.locale;
      root.dir = /^(ar|he|fa|ur)\b/.test(b.locale) ? 'rtl' : 'ltr';
      for (const k of ['theme', 'layout', 'position'] as const) root.dataset[k] = ui[k];
      // First in the body: keyboard and screen-reader users meet the banner before the page.
      document.body.prepend(root);
      document.addEventListener('keydown', key);
    }
    render(app(), root);
  } else if (root) {
    render(null, root);
    root.remove();
    root = null;
    document.removeEventListener('keydown', key);
  }
}

/** True when there is no body yet (the script tag ran in <head>): `f` runs again once there is. */
function early(f: () => void): boolean {
  if (document.body) return false;
  document.addEventListener('DOMContentLoaded', f, { once: true });
  return true;
}

function start(bridge: UiBridge): void {
  b = bridge;
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
    on = {};
    for (const c of b.config.categories) {
      on[c.name] = !!r && !!r.categories[c.name];
      for (const s of c.services) on['s:' + s] = on[c.name] && r!.services[s] !== false;
    }
    back = opener || null;
  }
  view = v;
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

export const ui: UiModule = { show, hide, float };

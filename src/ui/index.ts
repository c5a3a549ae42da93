// Interface chunk: shows the banner, the preference centre and the floating button, and turns the
// visitor's clicks and keys into intents sent through the bridge. It never imports the core at
// run time, so a returning visitor with a valid choice downloads none of it.
import { h, render } from 'preact';
import type { Category, ConsentChoice, View } from '../core/types';
import type { UiBridge, UiModule } from '../core/ui-port';
import css from './styles.css?inline';
import { setLang } from './text';
import { App, type Ui } from './view';

let root: HTMLElement | null = null;
/** Receives focus back when the preference centre closes. */
let back: Element | null = null;

const pick = (names: string[], v: (n: string) => boolean) => {
  const o: Record<string, boolean> = {};
  for (const n of names) o[n] = v(n);
  return o;
};

/** Sends a decision, closes the view it came from; the core stores and applies it. */
function decide(send: () => Promise<unknown>): void {
  const v = u.view;
  send().catch(() => {
    // The core reported it (console and `error` event); the page goes on.
  });
  if (v) done(v);
}

const u: Ui = {
  b: null as unknown as UiBridge,
  view: null,
  on: {},
  fab: false,
  listed(c: Category) {
    const { services } = u.b.config;
    const seen = u.b.seen();
    return c.services.filter((n) => services[n].site || seen.indexOf(n) >= 0);
  },
  toggle(n, c, service) {
    const on = u.on;
    if (service) {
      // Allowing one service allows its purpose, for that service only.
      if ((on['s:' + n] = !on['s:' + n])) on[c.name] = true;
    } else {
      on[n] = !on[n];
      for (const s of u.listed(c)) on['s:' + s] = on[n];
    }
    draw();
  },
  accept() {
    const b = u.b;
    const stale = u.view == 'banner' ? b.stale() : [];
    // Asked again for some purposes only: the answer applies to those, the others are kept.
    decide(stale.length ? () => b.save({ categories: pick(stale, (c) => !(b.gpc() && c == 'advertising')) }) : () => b.acceptAll());
  },
  reject() {
    const b = u.b;
    const stale = u.view == 'banner' ? b.stale() : [];
    decide(stale.length ? () => b.save({ categories: pick(stale, () => false) }) : () => b.rejectAll());
  },
  dismiss() {
    decide(() => u.b.dismiss());
  },
  customize() {
    u.b.open('preferences');
  },
  save() {
    const choice: Required<ConsentChoice> = { categories: {}, services: {} };
    for (const c of u.b.config.categories) {
      if (c.readOnly) continue;
      choice.categories[c.name] = !!u.on[c.name];
      for (const s of u.listed(c)) choice.services[s] = !!u.on['s:' + s];
    }
    decide(() => u.b.save(choice));
  },
  close() {
    const b = u.b;
    // Closing without saving decides nothing: a visitor who still has to choose gets the banner back.
    if (!b.record() || b.stale().length) b.open('banner');
    else done('preferences');
  },
};

function done(v: View): void {
  const had = root && root.contains(document.activeElement);
  u.view = null;
  draw();
  u.b.closed(v);
  if (had) refocus();
}

function refocus(): void {
  const t = (back && back.isConnected ? back : root && root.querySelector('.cy-fab')) as HTMLElement | null;
  back = null;
  if (t) t.focus();
}

function key(e: KeyboardEvent): void {
  const v = u.view;
  const a = document.activeElement;
  if (e.key == 'Escape') {
    if (v == 'preferences') {
      e.preventDefault();
      u.close();
    } else if (v == 'banner' && !e.defaultPrevented && (!a || a == document.body || root!.contains(a))) {
      // Esc with focus in the banner (or nowhere) closes it, which refuses: the banner says so.
      e.preventDefault();
      u.dismiss();
    }
  } else if (e.key == 'Tab' && v == 'preferences') {
    // The preference centre is modal: Tab and Shift+Tab cycle inside it.
    const d = root!.querySelector('.cy-dlg') as HTMLElement;
    const f = Array.from(d.querySelectorAll<HTMLElement>('a[href],button,summary'))
      .filter((x) => !x.closest('details:not([open])>:not(summary)'));
    const first = f[0];
    const last = f[f.length - 1];
    if (!d.contains(a) || (e.shiftKey ? a == first || a == d : a == last)) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  }
}

function draw(): void {
  const b = u.b;
  u.fab = b.config.ui.floatingButton && !!b.record();
  if (!u.view && !u.fab) {
    if (root) {
      render(null, root);
      root.remove();
      root = null;
      document.removeEventListener('keydown', key);
    }
    return;
  }
  if (!root) {
    const { ui } = b.config;
    root = document.createElement('div');
    root.id = 'consentry';
    root.lang = b.locale;
    root.dir = /^(ar|he|fa|ur)\b/.test(b.locale) ? 'rtl' : 'ltr';
    root.setAttribute('data-theme', ui.theme);
    root.setAttribute('data-layout', ui.layout);
    root.setAttribute('data-position', ui.position);
    // First in the body: keyboard and screen-reader users meet the banner before the page.
    document.body.prepend(root);
    document.addEventListener('keydown', key);
  }
  render(h(App, { u }), root);
}

function start(b: UiBridge): void {
  u.b = b;
  setLang(b.locale, b.strings, b.config.translations[b.locale]);
  if (b.config.ui.injectCss && !document.getElementById('consentry-css')) {
    const s = document.createElement('style');
    s.id = 'consentry-css';
    if (b.config.nonce) s.nonce = b.config.nonce;
    s.textContent = css;
    document.head.appendChild(s);
  }
}

/** Renders a view (replacing the other one); `opener` receives focus back when it closes. */
export function show(view: View, bridge: UiBridge, opener?: Element | null): void {
  if (!document.body) {
    document.addEventListener('DOMContentLoaded', () => show(view, bridge, opener), { once: true });
    return;
  }
  start(bridge);
  const was = u.view;
  if (view == 'preferences' && was != view) {
    // Switches start from the current choice, or all off before any choice.
    const r = bridge.record();
    const on: Record<string, boolean> = {};
    for (const c of bridge.config.categories) {
      on[c.name] = !!r && !!r.categories[c.name];
      for (const s of c.services) on['s:' + s] = on[c.name] && r!.services[s] !== false;
    }
    u.on = on;
    back = opener || null;
  }
  u.view = view;
  draw();
  if (was == view) return;
  if (view == 'preferences') (root!.querySelector('.cy-dlg') as HTMLElement).focus();
  // Back from the preference centre without a choice: focus returns to Customize.
  else if (was) (root!.querySelectorAll('.cy-banner .cy-btn')[2] as HTMLElement).focus();
}

/** Removes whatever is shown (the floating button stays when the site asked for it). */
export function hide(): void {
  if (!root || !u.view) return;
  const had = root.contains(document.activeElement);
  u.view = null;
  draw();
  if (had) refocus();
}

/** Shows only the floating button (a returning visitor on a site with `ui.floatingButton`). */
export function float(bridge: UiBridge): void {
  if (!document.body) {
    document.addEventListener('DOMContentLoaded', () => float(bridge), { once: true });
    return;
  }
  start(bridge);
  draw();
}

export const ui: UiModule = { show, hide, float };

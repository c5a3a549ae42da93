// The cookie declaration in the page: a chunk loaded only when the page has a
// `[data-consentry-declaration]` element or calls `renderDeclaration` (pages without one never
// download it). Built with DOM calls and `textContent` only: no text from config or catalogue is
// ever parsed as HTML. Colours and fonts are the interface's public custom properties.
import type { Chunks } from '../core/chunks';
import type { ConsentChoice, ConsentRecord, DeclarationService, ResolvedConfig } from '../core/types';
import { declaration, partyText, policyText, put } from './model';
import { WORDS } from './words';

/** What the first stage hands over: state to read, intents to send, and when to draw again. */
export interface DeclarationHost {
  config: ResolvedConfig;
  record(): ConsentRecord | null;
  /** Whether a service is granted now. */
  granted(service: string): boolean;
  seen(): string[];
  save(choice: ConsentChoice): Promise<unknown>;
  open(view: 'preferences'): void;
  /** The interface's language, used unless `language` names another bundled one. */
  locale: string;
  language?: string;
  headingLevel?: number;
  /** Where the language files come from (the first stage's loaders). */
  chunks: Chunks;
  /** Registers a function called after every change of the record (this tab or another); returns its removal. */
  subscribe(f: () => void): () => void;
  /** Functions called with each service met on the page for the first time. */
  met: ((service: string) => void)[];
}

/** The interface's colours (public custom properties and their defaults), light then dark. */
const LIGHT = ['bg', '#fff', 'text', '#1a1a1a', 'border', '#d4d4d4', 'link', '#1d4ed8', 'switch-on', '#1d4ed8', 'switch-off', '#6b6b6b', 'note-bg', '#eef2fb'];
const DARK = ['bg', '#1c1d21', 'text', '#f2f2f2', 'border', '#45464d', 'link', '#a8c5ff', 'switch-on', '#a8c5ff', 'switch-off', '#909198', 'note-bg', '#272b36'];

/** What a drawn element shows: its host, language, and that language's interface strings. */
interface Shown {
  h: DeclarationHost;
  lang: string;
  strings: Record<string, string>;
}

const drawn = new WeakMap<Element, Shown>();
let ids = 0;

/** Fills `el` with the declaration and keeps it current (new choice here or in another tab, new service met). */
export async function render(el: Element, host: DeclarationHost): Promise<void> {
  const want = (host.language || '').toLowerCase().split('-')[0];
  const lang = WORDS[want] ? want : host.locale;
  // A language file that fails to load was reported by the first stage: English shows.
  const strings = lang != 'en' && host.chunks.lang ? await host.chunks.lang(lang).catch(() => ({})) : {};
  const first = !drawn.has(el);
  drawn.set(el, { h: host, lang, strings });
  draw(el);
  if (first) {
    let due = 0;
    const again = () => {
      if (!due++) Promise.resolve().then(() => {
        due = 0;
        draw(el);
      });
    };
    host.subscribe(again);
    host.met.push(again);
    // `theme: 'auto'` follows the system's theme when it changes, as the interface's stylesheet does.
    if (host.config.ui.theme == 'auto') matchMedia('(prefers-color-scheme: dark)').addEventListener('change', again);
  }
}

function draw(el: Element): void {
  const { h, lang, strings } = drawn.get(el)!;
  if (!el.isConnected) return;
  const cfg = h.config;
  const d = declaration({ cfg, lang, strings, seen: h.seen(), record: h.record(), granted: h.granted, https: location.protocol == 'https:' });
  const w = { ...WORDS.en, ...WORDS[lang] };
  const dark = cfg.ui.theme == 'dark' || (cfg.ui.theme == 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const pal = dark ? DARK : LIGHT;
  const v = (name: string) => {
    const i = pal.indexOf(name);
    return `var(--consentry-${dark ? 'dark-' : ''}${name},${pal[i + 1]})`;
  };
  const level = Math.min(5, Math.max(2, h.headingLevel || +(el.getAttribute('data-heading-level') || 2) || 2));
  const colon = lang == 'fr' ? '\u00a0: ' : ': ';
  // Focus survives the redraw: the element with the same key takes it back.
  const had = el.contains(document.activeElement) ? document.activeElement!.getAttribute('data-k') : null;

  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, css?: string, parent?: Element): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    if (css) e.style.cssText = css;
    if (parent) parent.appendChild(e);
    return e;
  };
  const root = make('div', '', `font:400 var(--consentry-font-size,15px)/1.5 var(--consentry-font,system-ui,sans-serif);color:${v('text')};background:${v('bg')};padding:12px;border-radius:var(--consentry-radius,8px);overflow-wrap:break-word;max-width:100%;box-sizing:border-box`);
  root.className = 'consentry-declaration';
  root.lang = lang;
  root.dir = d.dir;
  make('p', w.intro, 'margin:0 0 8px', root);
  const change = make('button', w.change, `min-height:32px;padding:4px 12px;font:inherit;color:${v('text')};background:${v('bg')};border:1px solid ${v('text')};border-radius:var(--consentry-radius,6px);cursor:pointer`, root);
  change.type = 'button';
  change.setAttribute('data-k', 'open');
  change.onclick = () => h.open('preferences');

  for (const p of d.purposes) {
    make(('h' + level) as 'h2', p.title, 'margin:24px 0 4px;font-size:1.3em;line-height:1.3', root);
    if (p.description) make('p', p.description, 'margin:0 0 8px', root);
    for (const s of p.services) service(s, p.readOnly);
  }
  if (d.source) make('p', d.source, 'margin:16px 0 0;font-size:.85em', root);
  el.replaceChildren(root);
  const back = had && root.querySelector(`[data-k="${had}"]`);
  if (back) (back as HTMLElement).focus();

  function service(s: DeclarationService, readOnly: boolean): void {
    const box = make('div', '', `margin:12px 0;padding:12px 0 0;border-top:1px solid ${v('border')}`, root);
    const head = make(('h' + (level + 1)) as 'h3', s.title, 'margin:0 0 4px;font-size:1.1em;line-height:1.3', box);
    head.id = 'consentry-declaration-' + ++ids;
    if (s.met && !s.declared) make('p', w.met, `display:inline-block;margin:0 0 6px;padding:0 6px;border-radius:4px;font-size:.85em;background:${v('note-bg')}`, box);
    if (s.description) make('p', s.description, 'margin:0 0 6px', box);
    if (s.vendor) {
      const line = make('p', w.provider + colon + s.vendor, 'margin:0 0 6px', box);
      if (s.privacyPolicyUrl) {
        line.append(' · ');
        const a = make('a', policyText(w, s.vendor, lang), `color:${v('link')};text-decoration:underline`, line);
        a.href = s.privacyPolicyUrl;
      }
    }
    if (s.hosts.length) make('p', w.hosts + colon + s.hosts.join(', '), 'margin:0 0 6px;overflow-wrap:anywhere', box);
    const choice = make('p', '', 'margin:0 0 8px;display:flex;flex-wrap:wrap;align-items:center;gap:4px 12px', box);
    const on = s.granted === true;
    make('span', w.choice + ' ' + (readOnly ? w.always : s.granted == null ? w.none : on ? w.allowed : w.refused), '', choice);
    if (!readOnly) {
      const b = make('button', '', `display:inline-flex;align-items:center;gap:8px;min-height:32px;padding:2px 8px;font:inherit;color:inherit;background:transparent;border:1px solid ${v('border')};border-radius:var(--consentry-radius,6px);cursor:pointer`, choice);
      b.type = 'button';
      b.setAttribute('role', 'switch');
      b.setAttribute('aria-checked', '' + on);
      b.setAttribute('aria-label', put(w.allowName, { s: s.title }));
      b.setAttribute('data-k', 's:' + s.name);
      const track = make('span', '', `position:relative;display:inline-block;width:34px;height:18px;border-radius:9px;background:${v(on ? 'switch-on' : 'switch-off')}`, b);
      track.setAttribute('aria-hidden', 'true');
      make('span', '', `position:absolute;top:2px;${on ? 'inset-inline-start:18px' : 'inset-inline-start:2px'};width:14px;height:14px;border-radius:50%;background:${v('bg')}`, track);
      make('span', w.allow, '', b);
      b.onclick = () => {
        h.save({ services: { [s.name]: !on } }).catch(() => {
          // already reported by setConsent
        });
      };
    }
    if (!s.entries.length) return;
    const t = make('table', '', 'width:100%;border-collapse:collapse;font-size:.9em', box);
    make('caption', put(w.caption, { s: s.title }), 'text-align:start;font-weight:600;padding:4px 0', t);
    // Three columns, so that a 320 px screen reads them without breaking words: the kind of
    // storage is the second line of the name.
    const cell = `text-align:start;vertical-align:top;padding:4px;border-bottom:1px solid ${v('border')}`;
    const tr = make('tr', '', '', make('thead', '', '', t));
    // The names get a share of the width of their own: they may break anywhere, the words may not.
    for (const x of [w.name, w.lifetime, w.party]) make('th', x, cell + (x == w.name ? ';width:40%' : ''), tr).scope = 'col';
    const body = make('tbody', '', '', t);
    for (const e of s.entries) {
      const r = make('tr', '', '', body);
      const th = make('th', e.name, cell + ';font-weight:600;overflow-wrap:anywhere', r);
      th.scope = 'row';
      make('span', e.kind == 'cookie' ? w.cookie : w.storage, 'display:block;font-weight:400;font-size:.9em', th);
      make('td', e.lifetimeText, cell, r);
      make('td', partyText(e, w), cell, r);
    }
  }
}

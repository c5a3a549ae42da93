/** @jsxRuntime classic */
/** @jsx h */
// What the visitor sees: the banner, the preference centre and the floating button, as plain
// functions of the state that index.ts owns (read here, changed there through its intents); no
// component keeps state of its own. Classic JSX (`h`): preact's own createElement, nothing from
// preact/jsx-runtime. Markup that repeats is one helper, so that it ships once.
import { h, type ComponentChildren, type JSX } from 'preact';
import type { Category } from '../core/types';
import { all, b, close, dismiss, fab, listed, on, save, toggle, view, wantTitles } from './state';
import { fill, lifetime, list, T, txt } from './text';

const title = (c: Category) => txt(c.title) || T[c.name + 'Title'] || c.name;

const button = (cls: string, p: JSX.HTMLAttributes<HTMLButtonElement>, c?: ComponentChildren) => (
  <button type="button" class={cls} {...p}>{c}</button>
);

const icon = (size: number, path: JSX.SVGAttributes<SVGPathElement>) => (
  <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} aria-hidden="true"><path {...path} /></svg>
);

const cross = (label: string, onClick: () => void) =>
  button('cy-x', { 'aria-label': label, onClick }, icon(16, { d: 'M3 3l10 10M13 3 3 13', stroke: 'currentColor', 'stroke-width': 2 }));

const customize = () => b.open('preferences');
/** A button that opens the preference centre: pointed at or focused, it asks for the titles it shows. */
const opener = { onClick: customize, onPointerEnter: wantTitles, onFocus: wantTitles };

/** The three choices have the same weight: one style, one size, no default. */
const choices = (...a: [string, () => void][]) =>
  <div class="cy-btns">{a.map(([label, onClick]) => button('cy-btn', onClick == customize ? opener : { onClick }, label))}</div>;

const note = (text: string) => <p class="cy-note">{text}</p>;

const policy = () => {
  const href = b.config.privacyPolicyUrl;
  return href && [' ', <a href={href}>{T.privacyPolicy}</a>];
};

/**
 * A switch named by the element `id`, described by `id-d` if `desc` (and first by `id-p`, the
 * "partly on" state of a purpose, when `part`); Space and Enter: index.ts. A switch has no mixed
 * state in ARIA: a partly on purpose is off (not granted as a whole) and says so in words.
 */
const toggler = (id: string, checked: boolean, ro: boolean, desc: unknown, flip: () => void, part?: boolean) =>
  button(part ? 'cy-sw cy-mx' : 'cy-sw', {
    role: 'switch',
    'aria-checked': checked,
    'aria-disabled': ro || undefined,
    'aria-labelledby': id,
    'aria-describedby': (part ? id + '-p ' : '') + (desc ? id + '-d' : '') || undefined,
    onClick: ro ? undefined : flip,
  });

function banner() {
  const stale = b.stale();
  const r = b.record();
  // Advertising asked again only because the browser now sends GPC is not a change of ours:
  // the GPC note below says why, the "we changed" note leaves it out.
  const byGpc = (c: Category) =>
    c.name == 'advertising' && b.gpc() && !!r && !r.gpc && (r.revisions.advertising ?? 0) >= (c.revision ?? 0);
  const cats = b.config.categories.filter((c) => stale.includes(c.name) && !byGpc(c)).map(title);
  return (
    <section class="cy-banner" aria-labelledby="cy-bt">
      <h2 id="cy-bt">{T.bannerTitle}</h2>
      <p>{T.bannerText}{policy()}</p>
      {cats[0] && note(fill(T.stale, 'list', list(cats)))}
      {b.gpc() && note(T.gpcBanner)}
      {choices([T.acceptAll, () => all(true)], [T.rejectAll, () => all(false)], [T.customize, customize])}
      {cross(T.closeBanner, dismiss)}
    </section>
  );
}

function purpose(c: Category) {
  const { name, readOnly: ro } = c;
  const id = 'cy-c-' + name;
  const svcs = listed(c);
  const n = svcs.filter((s) => on['s:' + s]).length;
  const part = !ro && !on[name] && n > 0;
  return (
    <div class="cy-cat" key={name}>
      <div class="cy-row">
        <h3 id={id}>{title(c)}</h3>
        {ro && <span class="cy-on">{T.alwaysOn}</span>}
        {/* A live region present from the start, so that the change to "partly on" is announced. */}
        {!ro && <span class="cy-on" id={id + '-p'} role="status">{part && fill(fill(T.partly, 'n', n), 'm', svcs.length)}</span>}
        {toggler(id, ro || on[name], ro, 1, () => toggle(c), part)}
      </div>
      <p id={id + '-d'}>{txt(c.description) || T[name + 'Text']}</p>
      {name == 'advertising' && b.gpc() && note(T.gpcNote)}
      {svcs[0] && (
        <details>
          <summary>{fill(T.services, 'n', svcs.length)}</summary>
          <ul>
            {svcs.map((n) => {
              const s = b.config.services[n];
              const sid = 'cy-s-' + n;
              const life = lifetime(s.lifetime);
              return (
                <li key={n}>
                  <span>
                    <span id={sid}>{txt(s.title) || n}</span>
                    {life && <small id={sid + '-d'}>{life}</small>}
                  </span>
                  {toggler(sid, ro || on['s:' + n], ro, life, () => toggle(c, n))}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}

const preferences = () => (
  <div class="cy-bd">
    <div class="cy-dlg" role="dialog" aria-modal="true" aria-labelledby="cy-pt" tabIndex={-1}>
      <h2 id="cy-pt" class="cy-hd">{T.prefsTitle}</h2>
      {cross(T.closePrefs, close)}
      <div class="cy-body">
        <p>{fill(T.prefsText, 'days', b.config.expiresDays)}{policy()}</p>
        {b.config.categories.map(purpose)}
      </div>
      {choices([T.rejectAll, () => all(false)], [T.acceptAll, () => all(true)], [T.save, save])}
    </div>
  </div>
);

/** The whole widget for the current state. */
export const app = () => [
  view == 'banner' ? banner() : view && preferences(),
  fab && view != 'banner' &&
    button('cy-fab', { 'aria-label': T.prefsTitle, title: T.prefsTitle, ...opener },
      icon(24, { fill: 'currentColor', d: 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zm-3.5 8a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm-6 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2z' })),
];

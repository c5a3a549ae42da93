/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// What the visitor sees: the banner, the preference centre and the floating button. Plain
// functions of the state that index.ts owns; no component keeps state of its own. Classic JSX
// (`h`): preact's own createElement, no second vnode factory from preact/jsx-runtime.
import { Fragment, h, type ComponentChildren } from 'preact';
import type { Category, View } from '../core/types';
import type { UiBridge } from '../core/ui-port';
import { fill, lifetime, list, T, txt } from './text';

/** Everything a render needs: the bridge, the view, the switches, and the intents. */
export interface Ui {
  b: UiBridge;
  view: View | null;
  /** Switch states in the preference centre, by category and by service name. */
  on: Record<string, boolean>;
  fab: boolean;
  /** Services listed under a category: the site's own and those met on this page. */
  listed(c: Category): string[];
  toggle(name: string, c: Category, service?: boolean): void;
  accept(): void;
  reject(): void;
  dismiss(): void;
  customize(): void;
  save(): void;
  close(): void;
}

const title = (c: Category) => txt(c.title) || T[c.name + 'Title'] || c.name;

const Cross = () => (
  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
    <path d="M3 3l10 10M13 3 3 13" stroke="currentColor" stroke-width="2" />
  </svg>
);

const Btn = (p: { onClick(): void; children: ComponentChildren }) => (
  <button type="button" class="cy-btn" onClick={p.onClick}>{p.children}</button>
);

function Policy({ b }: { b: UiBridge }) {
  const u = b.config.privacyPolicyUrl;
  return u ? <> <a href={u}>{T.privacyPolicy}</a></> : null;
}

function Switch(p: { on: boolean; ro?: boolean; label: string; desc?: string; flip(): void }) {
  const flip = p.ro ? undefined : p.flip;
  return (
    <button
      type="button"
      role="switch"
      class="cy-sw"
      aria-checked={p.on}
      aria-disabled={p.ro || undefined}
      aria-labelledby={p.label}
      aria-describedby={p.desc}
      onClick={flip}
      // Space and Enter toggle once, in every browser: the default (a click) is replaced.
      onKeyDown={(e) => {
        if (e.key == ' ' || e.key == 'Enter') {
          e.preventDefault();
          flip && flip();
        }
      }}
    />
  );
}

function Banner({ u }: { u: Ui }) {
  const { b } = u;
  const stale = b.stale();
  const cats = b.config.categories.filter((c) => stale.indexOf(c.name) >= 0).map(title);
  return (
    <section class="cy-banner" aria-labelledby="cy-bt">
      <h2 id="cy-bt">{T.bannerTitle}</h2>
      <p>{T.bannerText}<Policy b={b} /></p>
      {cats.length > 0 && <p class="cy-note">{fill(T.stale, { list: list(cats) })}</p>}
      {b.gpc() && <p class="cy-note">{T.gpcBanner}</p>}
      <div class="cy-btns">
        <Btn onClick={u.accept}>{T.acceptAll}</Btn>
        <Btn onClick={u.reject}>{T.rejectAll}</Btn>
        <Btn onClick={u.customize}>{T.customize}</Btn>
      </div>
      <button type="button" class="cy-x" aria-label={T.closeBanner} onClick={u.dismiss}><Cross /></button>
    </section>
  );
}

function Purpose({ u, c }: { u: Ui; c: Category }) {
  const { b, on } = u;
  const id = 'cy-c-' + c.name;
  const ro = c.readOnly;
  const svcs = u.listed(c);
  return (
    <div class="cy-cat">
      <div class="cy-row">
        <h3 id={id}>{title(c)}</h3>
        {ro && <span class="cy-on">{T.alwaysOn}</span>}
        <Switch on={ro || on[c.name]} ro={ro} label={id} desc={id + '-d'} flip={() => u.toggle(c.name, c)} />
      </div>
      <p id={id + '-d'}>{txt(c.description) || T[c.name + 'Text']}</p>
      {c.name == 'advertising' && b.gpc() && <p class="cy-note">{T.gpcNote}</p>}
      {svcs.length > 0 && (
        <details>
          <summary>{fill(T.services, { n: svcs.length })}</summary>
          <ul>
            {svcs.map((n) => {
              const s = b.config.services[n];
              const sid = 'cy-s-' + n;
              const life = lifetime(s.lifetime);
              return (
                <li class="cy-row" key={n}>
                  <span>
                    <span id={sid}>{txt(s.title) || n}</span>
                    {life && <small id={sid + '-d'}>{life}</small>}
                  </span>
                  <Switch on={ro || on['s:' + n]} ro={ro} label={sid} desc={life && sid + '-d'} flip={() => u.toggle(n, c, true)} />
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}

function Preferences({ u }: { u: Ui }) {
  const { b } = u;
  return (
    <div class="cy-bd">
      <div class="cy-dlg" role="dialog" aria-modal="true" aria-labelledby="cy-pt" tabIndex={-1}>
        <div class="cy-hd">
          <h2 id="cy-pt">{T.prefsTitle}</h2>
          <button type="button" class="cy-x" aria-label={T.closePrefs} onClick={u.close}><Cross /></button>
        </div>
        <div class="cy-body">
          <p>{fill(T.prefsText, { days: b.config.expiresDays })}<Policy b={b} /></p>
          {b.config.categories.map((c) => <Purpose u={u} c={c} key={c.name} />)}
        </div>
        <div class="cy-btns">
          <Btn onClick={u.reject}>{T.rejectAll}</Btn>
          <Btn onClick={u.accept}>{T.acceptAll}</Btn>
          <Btn onClick={u.save}>{T.save}</Btn>
        </div>
      </div>
    </div>
  );
}

/** The whole widget for one state. */
export function App({ u }: { u: Ui }) {
  return (
    <>
      {u.view == 'banner' && <Banner u={u} />}
      {u.view == 'preferences' && <Preferences u={u} />}
      {u.fab && u.view != 'banner' && (
        <button type="button" class="cy-fab" aria-label={T.prefsTitle} title={T.prefsTitle} onClick={() => u.b.open('preferences')}>
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zm-3.5 8a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm-6 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2z" />
          </svg>
        </button>
      )}
    </>
  );
}

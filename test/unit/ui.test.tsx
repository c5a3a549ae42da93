// The interface against a fake bridge: what each button sends to the core, keyboard use, initial
// switch states, messages (GPC, purposes asked again), languages and accessibility (axe-core).
import axe from 'axe-core';
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { withTitles } from '../../src/catalogue/titles';
import { resolveConfig } from '../../src/core/config';
import type { ConsentRecord, ConsentryConfig, View } from '../../src/core/types';
import type { UiBridge } from '../../src/core/ui-port';
import fr from '../../src/ui/i18n/fr';
import ar from '../../src/ui/i18n/ar';

type UiMod = typeof import('../../src/ui/index');
let ui: UiMod;

interface Fake {
  b: UiBridge;
  /** Every call the interface made: `['acceptAll']`, `['save', { … }]`, `['closed', 'banner']`… */
  calls: unknown[][];
  rec: ConsentRecord | null;
}

const site: ConsentryConfig = {
  privacyPolicyUrl: '/privacy',
  services: {
    'shop-chat': { category: 'functional', title: 'Shop chat', lifetime: '1 year', hosts: ['chat.example'] },
    'shop-stats': { category: 'analytics', title: { en: 'Shop statistics', fr: 'Statistiques' }, lifetime: 'session' },
  },
};

function record(categories: Record<string, boolean>, services: Record<string, boolean> = {}): ConsentRecord {
  const now = new Date().toISOString();
  return {
    schema: 2, id: '00000000-0000-4000-8000-000000000000', revision: 0, revisions: {}, categories, services,
    method: 'custom', createdAt: now, updatedAt: now, expiresAt: now, locale: 'en', gpc: false,
  };
}

/** A bridge that records calls; `open` shows the other view at once, as the core does. */
function fake(o: {
  config?: ConsentryConfig; record?: ConsentRecord | null; stale?: string[]; gpc?: boolean; seen?: string[];
  locale?: string; strings?: Record<string, string>;
} = {}): Fake {
  const f: Fake = { calls: [], rec: o.record ?? null, b: null as unknown as UiBridge };
  const call = (name: string) => (...a: unknown[]) => {
    f.calls.push([name, ...a]);
    return Promise.resolve();
  };
  f.b = {
    config: resolveConfig(o.config ?? site),
    locale: o.locale ?? 'en',
    strings: o.strings ?? {},
    record: () => f.rec,
    stale: () => o.stale ?? [],
    gpc: () => !!o.gpc,
    seen: () => o.seen ?? [],
    acceptAll: call('acceptAll'),
    rejectAll: call('rejectAll'),
    dismiss: call('dismiss'),
    save: call('save'),
    closed: (v: View) => void f.calls.push(['closed', v]),
    open: (v: View) => {
      f.calls.push(['open', v]);
      ui.show(v, f.b, document.activeElement);
    },
  };
  // The first stage's loader of the catalogue's titles and lifetimes; here they are at hand at once.
  ui.titlesFrom(() => Promise.resolve(withTitles(f.b.config)));
  return f;
}

const root = () => document.getElementById('consentry');
const banner = () => screen.getByRole('region', { name: 'Cookies on this site' });
const dialog = () => screen.getByRole('dialog', { name: 'Cookie preferences' });
const sw = (name: string) => screen.getByRole('switch', { name });
const key = (el: Element, k: string, shift = false) => fireEvent.keyDown(el, { key: k, shiftKey: shift });
const decisions = (f: Fake) => f.calls.filter((c) => ['acceptAll', 'rejectAll', 'dismiss', 'save'].includes(c[0] as string));

/** Elements reachable with Tab, in order (what a browser would visit; nothing here sets a positive tabindex). */
function tabbable(within: Element): HTMLElement[] {
  return Array.from(within.querySelectorAll<HTMLElement>('a[href],button,summary,input,[tabindex]'))
    .filter((x) => x.tabIndex >= 0 && !x.closest('details:not([open])>:not(summary)'));
}

/** Presses Tab on the focused element: the interface may move focus itself (trap), else the browser would. */
function tab(shift = false): { prevented: boolean } {
  const a = document.activeElement as HTMLElement;
  const ev = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, bubbles: true, cancelable: true });
  a.dispatchEvent(ev);
  if (!ev.defaultPrevented) {
    const all = tabbable(document.body);
    const next = all[all.indexOf(a) + (shift ? -1 : 1)];
    next?.focus();
  }
  return { prevented: ev.defaultPrevented };
}

async function noViolations(el: Element) {
  const r = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // happy-dom computes no colours nor layout: contrast is checked in Chromium (test/browser/ui.test.ts).
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

beforeEach(async () => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<header><a href="/">Shop</a></header><main><h1>Shop</h1><input aria-label="Search"><a href="/cart">Cart</a></main>';
  vi.resetModules();
  ui = await import('../../src/ui/index');
});
afterEach(() => ui.hide());

describe('banner', () => {
  test('is a labelled, non-modal region with the text, the policy link and three equal buttons', () => {
    const f = fake();
    ui.show('banner', f.b);
    const b = banner();
    expect(b.tagName).toBe('SECTION');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(b.textContent).toContain('Closing this message refuses these optional cookies');
    expect(within(b).getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy');
    const buttons = within(b).getAllByRole('button');
    expect(buttons.map((x) => x.textContent || x.getAttribute('aria-label'))).toEqual(['Accept all', 'Reject all', 'Customize', 'Close and refuse optional cookies']);
    // Same class, so the same size, weight, padding and colours (measured in Chromium too).
    expect(new Set(buttons.slice(0, 3).map((x) => x.className))).toEqual(new Set(['cy-btn']));
    // Nothing to pre-tick: the banner has no switch or checkbox at all.
    expect(within(b).queryAllByRole('switch')).toEqual([]);
    expect(within(b).queryAllByRole('checkbox')).toEqual([]);
  });

  test('Accept all sends acceptAll() and closes the banner', () => {
    const f = fake();
    ui.show('banner', f.b);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(f.calls).toEqual([['acceptAll'], ['closed', 'banner']]);
    expect(root()).toBeNull();
  });

  test('Reject all sends rejectAll() and closes the banner', () => {
    const f = fake();
    ui.show('banner', f.b);
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(f.calls).toEqual([['rejectAll'], ['closed', 'banner']]);
    expect(root()).toBeNull();
  });

  test('Customize opens the preference centre and decides nothing', () => {
    const f = fake();
    ui.show('banner', f.b);
    fireEvent.click(screen.getByRole('button', { name: 'Customize' }));
    expect(f.calls).toEqual([['open', 'preferences']]);
    expect(dialog()).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Cookies on this site' })).toBeNull();
  });

  test('× sends dismiss(): a refusal', () => {
    const f = fake();
    ui.show('banner', f.b);
    fireEvent.click(screen.getByRole('button', { name: 'Close and refuse optional cookies' }));
    expect(f.calls).toEqual([['dismiss'], ['closed', 'banner']]);
  });

  test('Esc in the banner, or with nothing focused, sends dismiss()', () => {
    const f = fake();
    ui.show('banner', f.b);
    screen.getByRole('button', { name: 'Reject all' }).focus();
    key(document.activeElement!, 'Escape');
    expect(f.calls).toEqual([['dismiss'], ['closed', 'banner']]);

    const g = fake();
    ui.show('banner', g.b);
    (document.activeElement as HTMLElement).blur();
    key(document.body, 'Escape');
    expect(decisions(g)).toEqual([['dismiss']]);
  });

  test('Esc meant for the page (focus in its own field) is not a decision', () => {
    const f = fake();
    ui.show('banner', f.b);
    const search = screen.getByRole('textbox', { name: 'Search' });
    search.focus();
    key(search, 'Escape');
    expect(f.calls).toEqual([]);
    expect(banner()).toBeTruthy();
  });

  test('scrolling, clicks on the page and page keys decide nothing', () => {
    const f = fake();
    ui.show('banner', f.b);
    fireEvent.scroll(window);
    fireEvent.wheel(document.body);
    fireEvent.click(screen.getByRole('link', { name: 'Cart' }));
    key(document.body, 'Enter');
    key(document.body, ' ');
    expect(f.calls).toEqual([]);
  });

  test('comes first in the Tab order, in reading order, and does not trap focus', () => {
    const f = fake();
    ui.show('banner', f.b);
    const order = tabbable(document.body).map((x) => x.textContent || x.getAttribute('aria-label'));
    expect(order).toEqual(['Privacy policy', 'Accept all', 'Reject all', 'Customize', 'Close and refuse optional cookies', 'Shop', 'Search', 'Cart']);
    screen.getByRole('button', { name: 'Close and refuse optional cookies' }).focus();
    expect(tab().prevented).toBe(false);
    expect(document.activeElement!.textContent).toBe('Shop');
    expect(f.calls).toEqual([]);
  });

  test('does not take focus when it appears', () => {
    const f = fake();
    screen.getByRole('textbox', { name: 'Search' }).focus();
    ui.show('banner', f.b);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search' }));
  });

  test('axe-core finds no violation', async () => {
    const f = fake({ gpc: true, stale: ['analytics'], record: record({ necessary: true, analytics: false }) });
    ui.show('banner', f.b);
    await noViolations(document.body);
  });
});

describe('preference centre', () => {
  function open(o: Parameters<typeof fake>[0] = {}, opener?: HTMLElement) {
    const f = fake({ seen: ['shop-chat'], ...o });
    ui.show('preferences', f.b, opener ?? null);
    return f;
  }

  test('is a labelled modal dialog that takes focus', () => {
    open();
    const d = dialog();
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(d);
  });

  test('has one switch per category, named by its title, all off, Necessary on and disabled', () => {
    open();
    const names = screen.getAllByRole('switch').map((s) => s.getAttribute('aria-labelledby'));
    expect(names.filter((n) => n!.startsWith('cy-c-'))).toEqual(['cy-c-necessary', 'cy-c-functional', 'cy-c-analytics', 'cy-c-advertising']);
    expect(sw('Strictly necessary').getAttribute('aria-checked')).toBe('true');
    expect(sw('Strictly necessary').getAttribute('aria-disabled')).toBe('true');
    for (const n of ['Functional', 'Analytics', 'Advertising']) {
      expect(sw(n).getAttribute('aria-checked')).toBe('false');
      expect(sw(n).hasAttribute('aria-disabled')).toBe(false);
    }
    // Described by what the purpose does.
    expect(document.getElementById(sw('Analytics').getAttribute('aria-describedby')!)!.textContent).toContain('Count visits');
  });

  test('Space and Enter toggle a switch once; click toggles it; Necessary does not move', () => {
    open();
    const a = sw('Analytics');
    key(a, ' ');
    expect(a.getAttribute('aria-checked')).toBe('true');
    key(a, 'Enter');
    expect(a.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(a);
    expect(a.getAttribute('aria-checked')).toBe('true');
    const n = sw('Strictly necessary');
    key(n, ' ');
    fireEvent.click(n);
    expect(n.getAttribute('aria-checked')).toBe('true');
  });

  test('Save choices sends exactly the switches shown', () => {
    const f = open();
    key(sw('Analytics'), ' ');
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(decisions(f)).toEqual([['save', {
      categories: { functional: false, analytics: true, advertising: false },
      services: { 'shop-chat': false, 'shop-stats': true },
    }]]);
    expect(f.calls.at(-1)).toEqual(['closed', 'preferences']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('Save choices with nothing touched is a refusal of every optional purpose', () => {
    const f = open();
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(decisions(f)).toEqual([['save', {
      categories: { functional: false, analytics: false, advertising: false },
      services: { 'shop-chat': false, 'shop-stats': false },
    }]]);
  });

  test('Accept all and Reject all in the preference centre send acceptAll() and rejectAll()', () => {
    const f = open();
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(f.calls).toEqual([['acceptAll'], ['closed', 'preferences']]);
    const g = open();
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(g.calls).toEqual([['rejectAll'], ['closed', 'preferences']]);
  });

  test('lists the site’s services and those met on the page, each with its cookie lifetime', () => {
    open({ seen: ['shop-chat', 'ga4'] });
    const listed = screen.getAllByRole('switch').map((s) => s.getAttribute('aria-labelledby')).filter((n) => n!.startsWith('cy-s-'));
    // ga4 is met on the page; meta-pixel (catalogue, not on this page) is not listed.
    expect(listed).toEqual(['cy-s-shop-chat', 'cy-s-ga4', 'cy-s-shop-stats']);
    expect(sw('Functional').closest('.cy-cat')!.querySelector('summary')!.textContent).toBe('Services (1)');
    expect(sw('Analytics').closest('.cy-cat')!.querySelector('summary')!.textContent).toBe('Services (2)');
    expect(sw('Advertising').closest('.cy-cat')!.querySelector('summary')).toBeNull();
    expect(document.getElementById('cy-s-shop-chat-d')!.textContent).toBe('Cookies kept for 1 year');
    expect(document.getElementById('cy-s-shop-stats-d')!.textContent).toBe('Cookies kept for the visit only');
    expect(sw('Shop chat').getAttribute('aria-checked')).toBe('false');
  });

  test('a purpose switch moves its services; a service switch grants that service alone and the purpose says "partly on"', () => {
    const f = open({ seen: ['shop-chat', 'ga4'] });
    key(sw('Analytics'), ' ');
    expect(sw('Shop statistics').getAttribute('aria-checked')).toBe('true');
    expect(sw('Google Analytics 4').getAttribute('aria-checked')).toBe('true');
    key(sw('Google Analytics 4'), ' ');
    // One service off: the purpose is no longer on as a whole, and says how much of it is.
    expect(sw('Analytics').getAttribute('aria-checked')).toBe('false');
    expect(sw('Analytics').getAttribute('aria-describedby')).toMatch(/^cy-c-analytics-p /);
    expect(document.getElementById('cy-c-analytics-p')!.textContent).toBe('Partly on (1 of 2 services)');
    expect(document.getElementById('cy-c-analytics-p')!.getAttribute('role')).toBe('status');
    key(sw('Shop chat'), ' ');
    expect(sw('Functional').getAttribute('aria-checked')).toBe('false');
    expect(document.getElementById('cy-c-functional-p')!.textContent).toBe('Partly on (1 of 1 services)');
    expect(document.getElementById('cy-c-advertising-p')!.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(decisions(f)).toEqual([['save', {
      categories: { functional: false, analytics: false, advertising: false },
      services: { 'shop-chat': true, 'shop-stats': true, ga4: false },
    }]]);
  });

  test('switches start from the current record', () => {
    open({ record: record({ necessary: true, functional: false, analytics: true, advertising: false }, { 'shop-stats': false, ga4: true }) });
    // An older record saying true with a service refused: partly on, not on as a whole.
    expect(sw('Analytics').getAttribute('aria-checked')).toBe('false');
    expect(document.getElementById('cy-c-analytics-p')!.textContent).toBe('Partly on (1 of 2 services)');
    expect(sw('Shop statistics').getAttribute('aria-checked')).toBe('false');
    expect(sw('Functional').getAttribute('aria-checked')).toBe('false');
    expect(sw('Advertising').getAttribute('aria-checked')).toBe('false');
  });

  test('a purpose partly granted opens partly on, lists the granted services, and the purpose switch turns it on as a whole', () => {
    const f = open({ record: record({ necessary: true, functional: false, analytics: false, advertising: false }, { ga4: true }) });
    expect(sw('Analytics').getAttribute('aria-checked')).toBe('false');
    expect(sw('Google Analytics 4').getAttribute('aria-checked')).toBe('true');
    expect(document.getElementById('cy-c-analytics-p')!.textContent).toMatch(/^Partly on \(1 of \d+ services\)$/);
    key(sw('Analytics'), ' ');
    expect(sw('Analytics').getAttribute('aria-checked')).toBe('true');
    expect(document.getElementById('cy-c-analytics-p')!.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    const [[, choice]] = decisions(f) as any;
    expect(choice.categories.analytics).toBe(true);
    expect(choice.services.ga4).toBe(true);
  });

  test('saving keeps a service granted one by one that this page neither declares nor met', () => {
    const f = open({ record: record({ necessary: true, functional: false, analytics: false, advertising: false }, { ga4: true }) });
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    const [[, choice]] = decisions(f) as any;
    expect(choice.services.ga4).toBe(true);
    expect(choice.categories.analytics).toBe(false);
  });

  test('Tab and Shift+Tab stay inside the dialog', () => {
    open();
    const d = dialog();
    const inside = tabbable(d);
    expect(inside[0]).toBe(screen.getByRole('button', { name: 'Close without saving' }));
    expect(inside.at(-1)).toBe(screen.getByRole('button', { name: 'Save choices' }));
    inside.at(-1)!.focus();
    expect(tab().prevented).toBe(true);
    expect(document.activeElement).toBe(inside[0]);
    expect(tab(true).prevented).toBe(true);
    expect(document.activeElement).toBe(inside.at(-1));
    // From the dialog itself (where focus starts), Shift+Tab goes to the last control.
    d.focus();
    tab(true);
    expect(document.activeElement).toBe(inside.at(-1));
    // Every control is visited once going forward, and Tab never leaves.
    inside[0].focus();
    const seen = new Set<Element>();
    for (let i = 0; i < inside.length * 2; i++) {
      seen.add(document.activeElement!);
      tab();
      expect(d.contains(document.activeElement)).toBe(true);
    }
    expect(seen.size).toBe(inside.length);
  });

  test('Esc closes without a decision and returns focus to the opener', () => {
    const opener = screen.getByRole('link', { name: 'Cart' });
    opener.focus();
    const f = open({ record: record({ necessary: true, analytics: true }) }, opener);
    key(document.activeElement!, 'Escape');
    expect(f.calls).toEqual([['closed', 'preferences']]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  test('× closes without a decision and returns focus to the opener', () => {
    const opener = screen.getByRole('link', { name: 'Cart' });
    const f = open({ record: record({ necessary: true }) }, opener);
    fireEvent.click(screen.getByRole('button', { name: 'Close without saving' }));
    expect(decisions(f)).toEqual([]);
    expect(document.activeElement).toBe(opener);
  });

  test('Save returns focus to the opener', () => {
    const opener = screen.getByRole('link', { name: 'Cart' });
    open({}, opener);
    sw('Analytics').focus();
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(document.activeElement).toBe(opener);
  });

  test('Esc before any choice goes back to the banner, with focus on Customize', () => {
    const f = fake();
    ui.show('banner', f.b);
    const customize = screen.getByRole('button', { name: 'Customize' });
    customize.focus();
    fireEvent.click(customize);
    expect(document.activeElement).toBe(dialog());
    key(document.activeElement!, 'Escape');
    expect(decisions(f)).toEqual([]);
    expect(f.calls).toEqual([['open', 'preferences'], ['open', 'banner']]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Customize' }));
  });

  test('axe-core finds no violation, services open', async () => {
    open({ gpc: true, seen: ['shop-chat', 'ga4'] });
    for (const s of Array.from(document.querySelectorAll('summary'))) fireEvent.click(s);
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    await noViolations(document.body);
  });
});

describe('messages', () => {
  test('GPC honoured: the banner and the advertising purpose say so', () => {
    const f = fake({ gpc: true });
    ui.show('banner', f.b);
    expect(banner().textContent).toContain('Global Privacy Control');
    ui.show('preferences', f.b);
    const ad = sw('Advertising').closest('.cy-cat')!;
    expect(ad.textContent).toContain('Global Privacy Control signal is honoured');
    expect(sw('Advertising').getAttribute('aria-checked')).toBe('false');
  });

  test('no GPC message without GPC', () => {
    const f = fake();
    ui.show('banner', f.b);
    expect(banner().textContent).not.toContain('Global Privacy Control');
  });

  test('purposes asked again: the banner names them and its answers keep the other choices', () => {
    const rec = record({ necessary: true, functional: true, analytics: false, advertising: false });
    const f = fake({ record: rec, stale: ['analytics', 'advertising'] });
    ui.show('banner', f.b);
    expect(banner().textContent).toContain('We changed how we use cookies for: Analytics and Advertising. Please choose again for these; your other choices are kept.');
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(decisions(f)).toEqual([['save', { categories: { analytics: true, advertising: true } }]]);

    const g = fake({ record: rec, stale: ['analytics', 'advertising'], gpc: true });
    ui.show('banner', g.b);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    // Under GPC, "accept" is not an explicit grant of advertising.
    expect(decisions(g)).toEqual([['save', { categories: { analytics: true, advertising: false } }]]);

    const h = fake({ record: rec, stale: ['analytics'] });
    ui.show('banner', h.b);
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(decisions(h)).toEqual([['save', { categories: { analytics: false } }]]);

    const k = fake({ record: rec, stale: ['analytics'] });
    ui.show('banner', k.b);
    fireEvent.click(screen.getByRole('button', { name: 'Close and refuse optional cookies' }));
    expect(decisions(k)).toEqual([['dismiss']]);
  });

  test('advertising asked again only because GPC is now on: the banner gives the GPC reason, not a change of ours', () => {
    const rec = record({ necessary: true, functional: true, analytics: true, advertising: true });
    const f = fake({ record: rec, stale: ['advertising'], gpc: true });
    ui.show('banner', f.b);
    expect(banner().textContent).not.toContain('We changed');
    expect(banner().textContent).toContain('Your browser sent a Global Privacy Control signal');
    // Raised by the site's own revision as well: then it is a change, and both notes show.
    const g = fake({ config: { ...site, categories: { advertising: { revision: 1 } } }, record: rec, stale: ['advertising'], gpc: true });
    ui.show('banner', g.b);
    expect(banner().textContent).toContain('We changed how we use cookies for: Advertising.');
  });

  test('closing the preference centre while purposes are asked again returns to the banner', () => {
    const f = fake({ record: record({ necessary: true, analytics: false }), stale: ['analytics'] });
    ui.show('preferences', f.b);
    key(dialog(), 'Escape');
    expect(f.calls).toEqual([['open', 'banner']]);
  });
});

describe('languages, theming and options', () => {
  test('French strings from the bridge, site overrides on top, lang and dir on the root', () => {
    const f = fake({ locale: 'fr', strings: fr, config: { ...site, translations: { fr: { customize: 'Choisir' } } } });
    ui.show('banner', f.b);
    expect(root()!.lang).toBe('fr');
    expect(root()!.dir).toBe('ltr');
    expect(within(root()!).getAllByRole('button').slice(0, 3).map((b) => b.textContent)).toEqual(['Tout accepter', 'Tout refuser', 'Choisir']);
    ui.show('preferences', f.b);
    expect(screen.getByRole('dialog', { name: 'Préférences de cookies' })).toBeTruthy();
    expect(sw('Mesure d’audience')).toBeTruthy();
    expect(document.getElementById('cy-s-shop-chat-d')!.textContent).toBe('Cookies conservés pendant 1\u00a0an');
    expect(sw('Statistiques')).toBeTruthy();
  });

  test('Arabic is right to left', async () => {
    const f = fake({ locale: 'ar', strings: ar });
    ui.show('banner', f.b);
    expect(root()!.lang).toBe('ar');
    expect(root()!.dir).toBe('rtl');
    expect(screen.getByRole('region', { name: ar.bannerTitle })).toBeTruthy();
    await noViolations(document.body);
  });

  test('a language file that failed to load falls back to English', () => {
    const f = fake({ locale: 'de', strings: {} });
    ui.show('banner', f.b);
    expect(screen.getByRole('button', { name: 'Accept all' })).toBeTruthy();
    expect(root()!.lang).toBe('de');
  });

  test('config text is rendered as text, never as markup', () => {
    const f = fake({ config: { categories: { analytics: { title: '<img src=x onerror=alert(1)>Stats', description: '<b>bold</b>' } } } });
    ui.show('preferences', f.b);
    expect(document.querySelector('#consentry img, #consentry b')).toBeNull();
    expect(sw('<img src=x onerror=alert(1)>Stats')).toBeTruthy();
  });

  test('the stylesheet is injected once with the nonce, and not at all with injectCss: false', () => {
    const f = fake({ config: { ...site, nonce: 'n0nce' } });
    ui.show('banner', f.b);
    ui.show('preferences', f.b);
    const styles = document.querySelectorAll('style#consentry-css');
    expect(styles).toHaveLength(1);
    expect((styles[0] as HTMLStyleElement).nonce).toBe('n0nce');
    expect(styles[0].textContent).toContain('--consentry-bg');
    ui.hide();
    styles[0].remove();
    ui.show('banner', fake({ config: { ui: { injectCss: false } } }).b);
    expect(document.querySelector('style')).toBeNull();
  });

  test('theme, layout and position are on the root for the stylesheet', () => {
    ui.show('banner', fake({ config: { ui: { theme: 'dark', layout: 'bar', position: 'top' } } }).b);
    expect(root()!.dataset).toMatchObject({ theme: 'dark', layout: 'bar', position: 'top' });
  });

  test('floating button: off by default; when on, shown after a decision and it reopens the preference centre', () => {
    const off = fake();
    ui.show('banner', off.b);
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(root()).toBeNull();

    const f = fake({ config: { ui: { floatingButton: true } } });
    ui.show('banner', f.b);
    expect(screen.queryByRole('button', { name: 'Cookie preferences' })).toBeNull();
    f.rec = record({ necessary: true });
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    const fab = screen.getByRole('button', { name: 'Cookie preferences' });
    fab.focus();
    fireEvent.click(fab);
    expect(f.calls.at(-1)).toEqual(['open', 'preferences']);
    key(dialog(), 'Escape');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cookie preferences' }));
  });

  test('floating button alone for a returning visitor (float)', () => {
    const f = fake({ config: { ui: { floatingButton: true } }, record: record({ necessary: true }) });
    ui.float(f.b);
    expect(screen.getByRole('button', { name: 'Cookie preferences' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Cookies on this site' })).toBeNull();
  });
});

describe('the catalogue\'s titles and lifetimes (shown by the preference centre only)', () => {
  /** A loader of the titles that counts its calls and fills them in when `arrive()` is called. */
  function slow(f: Fake) {
    const l = { asked: 0, arrive: () => {} };
    ui.titlesFrom(() => {
      l.asked++;
      return new Promise<void>((ok) => (l.arrive = () => {
        withTitles(f.b.config);
        ok();
      }));
    });
    return l;
  }

  test('a visitor who decides from the banner never asks for them', () => {
    const f = fake({ seen: ['ga4'] });
    const l = slow(f);
    ui.show('banner', f.b);
    for (const name of ['Accept all', 'Reject all']) fireEvent.pointerEnter(screen.getByRole('button', { name }));
    screen.getByRole('button', { name: 'Reject all' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(l.asked).toBe(0);
  });

  test('pointing at or focusing Customize asks for them once, ahead of the preference centre', () => {
    const f = fake({ seen: ['ga4'] });
    const l = slow(f);
    ui.show('banner', f.b);
    const c = screen.getByRole('button', { name: 'Customize' });
    fireEvent.pointerEnter(c);
    expect(l.asked).toBe(1);
    c.focus();
    fireEvent.click(c);
    expect(l.asked).toBe(1);
    const g = fake();
    const m = slow(g);
    ui.show('banner', g.b);
    screen.getByRole('button', { name: 'Customize' }).focus();
    expect(m.asked).toBe(1);
  });

  test('the floating button asks for them when pointed at', () => {
    const f = fake({ config: { ui: { floatingButton: true } }, record: record({ necessary: true }) });
    const l = slow(f);
    ui.float(f.b);
    fireEvent.pointerEnter(screen.getByRole('button', { name: 'Cookie preferences' }));
    expect(l.asked).toBe(1);
  });

  test('the preference centre opened directly shows at once, asks for them, and names the services by their titles when they arrive', async () => {
    const f = fake({ seen: ['ga4'] });
    const l = slow(f);
    ui.show('preferences', f.b);
    expect(l.asked).toBe(1);
    expect(document.activeElement).toBe(dialog());
    expect(document.getElementById('cy-s-ga4')!.textContent).toBe('ga4');
    l.arrive();
    await vi.waitFor(() => expect(document.getElementById('cy-s-ga4')!.textContent).toBe('Google Analytics 4'));
    expect(document.getElementById('cy-s-ga4-d')!.textContent).toBe('Cookies kept for 2 years');
    expect(sw('Google Analytics 4').getAttribute('aria-describedby')).toBe('cy-s-ga4-d');
    // Drawn again in place: focus stays where it was.
    expect(document.activeElement).toBe(dialog());
  });
});

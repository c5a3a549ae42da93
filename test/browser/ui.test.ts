// The interface in Chromium, on a shop page holding the script tag: axe-core (WCAG 2.2 AA, contrast
// included) in light and dark, in English, French and Arabic; a 320 px wide screen; keyboard use;
// what each button stores; and a returning visitor who downloads none of the interface.
// Needs a build: `npx rollup -c --silent` (CI builds before testing).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { collectConsole, idbDump, launch, startServer, type Launched, type TestServer } from './harness';

declare const Consentry: any;
declare const axe: any;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: TestServer;
let browser: Launched;
const SITE = () => server.origin('shop.test', 'https');

/** A small shop page: the script tag first, a blocked GA4 tag (a service met on the page), a footer link. */
function shop(lang = 'en', config: object = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title>
<script type="application/json" id="consentry-config">${JSON.stringify({ privacyPolicyUrl: '/privacy', ...config })}</script>
<script src="/dist/consentry.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>
</head><body><header><a href="/">Shop home</a></header>
<main><h1>Shop</h1><p>Warm socks, 12 €.</p></main>
<footer><a href="#" data-consentry-open>Cookie preferences</a></footer></body></html>`;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(() => server.next());

async function visit(opts: BrowserContextOptions = {}, lang = 'en', config: object = {}): Promise<Page> {
  server.page('/', shop(lang, config));
  const p = await browser.page(opts);
  await p.goto(SITE() + '/');
  await p.waitForSelector('#consentry .cy-banner');
  await settled(p);
  return p;
}

/** Waits until the fade-in is over, so that colours are final. */
const settled = (p: Page) => p.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));

async function openPreferences(p: Page): Promise<void> {
  await p.click('#consentry .cy-banner .cy-btn:nth-child(3)');
  await p.waitForSelector('#consentry [role=dialog]');
  await p.$$eval('#consentry details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await settled(p);
}

async function axeViolations(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: AXE });
  return p.evaluate(async () => {
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary}`));
  });
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((x) => {
      const v = +x / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

describe('axe-core, WCAG 2.2 AA with colour contrast', () => {
  for (const lang of ['en', 'fr', 'ar']) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${lang}, ${scheme}: banner and preference centre have no violation`, async () => {
        const p = await visit({ colorScheme: scheme }, lang);
        const log = collectConsole(p);
        const root = await p.$eval('#consentry', (r: HTMLElement) => ({ lang: r.lang, dir: r.dir, bg: getComputedStyle(r.querySelector('.cy-banner')!).backgroundColor }));
        expect(root).toMatchObject({ lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
        // The automatic scheme follows the system: a dark card in dark mode.
        expect(root.bg).toBe(scheme === 'dark' ? 'rgb(28, 29, 33)' : 'rgb(255, 255, 255)');
        expect(await axeViolations(p)).toEqual([]);
        await openPreferences(p);
        // GA4 was met on the page: listed under its purpose.
        expect(await p.locator('#consentry [role=switch]').count()).toBeGreaterThanOrEqual(5);
        expect(await axeViolations(p)).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        await p.context().close();
      });
    }
  }

  test('GPC notes and purposes asked again pass too (dark, forced theme)', async () => {
    server.page('/', shop('en', { ui: { theme: 'dark', layout: 'bar' }, categories: { analytics: { revision: 1 } } }));
    const p = await browser.page();
    await p.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await p.goto(SITE() + '/');
    await p.evaluate(() => Consentry.init());
    await p.evaluate(() => Consentry.acceptAll());
    // Raising the analytics revision asks for analytics only.
    server.page('/', shop('en', { ui: { theme: 'dark', layout: 'bar' }, categories: { analytics: { revision: 2 } } }));
    await p.goto(SITE() + '/');
    await p.waitForSelector('#consentry .cy-banner');
    await settled(p);
    const text = await p.textContent('#consentry .cy-banner');
    expect(text).toContain('We changed how we use cookies for: Analytics.');
    expect(text).toContain('Global Privacy Control');
    expect(await axeViolations(p)).toEqual([]);
    await openPreferences(p);
    expect(await p.textContent('#consentry [role=dialog]')).toContain('Global Privacy Control signal is honoured');
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });

  test.each([['en', 'light'], ['ar', 'dark']] as const)('%s, %s: a partly on purpose (one service switched on) has no violation and says so', async (lang, scheme) => {
    const p = await visit({ colorScheme: scheme }, lang);
    await openPreferences(p);
    // The Google Analytics 4 switch, found by its place under Analytics (its name is the same in every language).
    await p.locator('#consentry .cy-cat', { has: p.locator('#cy-c-analytics') }).locator('li [role=switch]').first().click();
    const part = p.locator('#cy-c-analytics-p');
    await expect.poll(() => part.textContent()).not.toBe('');
    expect(await part.getAttribute('role')).toBe('status');
    expect(await p.locator('#cy-c-analytics').locator('xpath=..').locator('[role=switch]').getAttribute('aria-describedby')).toMatch(/^cy-c-analytics-p /);
    await settled(p);
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });
});

describe('a 320 × 640 screen', () => {
  const small = { viewport: { width: 320, height: 640 } };

  /** Presses Tab until focus comes back to where it started (or leaves `scope`), returning what it visited. */
  async function tabAround(p: Page, scope: string, max = 60): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      await p.keyboard.press('Tab');
      const id = await p.evaluate((s) => {
        const a = document.activeElement as HTMLElement;
        if (!a.closest(s)) return null;
        a.dataset.t ||= String(Math.random());
        return a.dataset.t;
      }, scope);
      if (id === null || seen.includes(id)) break;
      seen.push(id);
    }
    return seen;
  }

  async function checkLayout(p: Page, scope: string) {
    const m = await p.evaluate((s) => {
      const el = document.querySelector(s)!;
      const small = Array.from(el.querySelectorAll('a,button,summary')).map((c) => {
        const r = c.getBoundingClientRect();
        return { what: c.textContent || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby'), w: r.width, h: r.height };
      }).filter((r) => r.w < 24 || r.h < 24);
      const wide = Array.from(el.querySelectorAll('*')).filter((c) => c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).overflowX !== 'visible').map((c) => c.className);
      return {
        pageScroll: document.documentElement.scrollWidth,
        right: Math.max(...Array.from(el.querySelectorAll('*')).map((c) => c.getBoundingClientRect().right)),
        small, wide, controls: el.querySelectorAll('a[href],button,summary').length,
      };
    }, scope);
    expect(m.pageScroll).toBeLessThanOrEqual(320);
    expect(m.right).toBeLessThanOrEqual(320);
    expect(m.wide).toEqual([]);
    expect(m.small).toEqual([]);
    return m.controls;
  }

  test('banner: no horizontal scroll, targets ≥ 24 px, every control reached by Tab', async () => {
    for (const lang of ['en', 'de', 'ar']) {
      const p = await visit(small, lang);
      const controls = await checkLayout(p, '#consentry .cy-banner');
      expect(controls).toBe(5);
      // No trap: Tab goes through the banner's five controls, then leaves it for the page.
      expect(await tabAround(p, '#consentry')).toHaveLength(5);
      expect(await p.evaluate(() => document.activeElement!.textContent)).toBe('Shop home');
      await p.context().close();
    }
  });

  test('preference centre: no horizontal scroll, targets ≥ 24 px, every control reached by Tab', async () => {
    for (const lang of ['en', 'pl']) {
      const p = await visit(small, lang);
      await openPreferences(p);
      const controls = await checkLayout(p, '#consentry [role=dialog]');
      // Trapped: Tab cycles through every control of the dialog and comes back.
      expect(await tabAround(p, '#consentry [role=dialog]')).toHaveLength(controls);
      expect(await p.evaluate(() => !!document.activeElement!.closest('[role=dialog]'))).toBe(true);
      await p.context().close();
    }
  });

  test('Reject all and Accept all: same font size, weight and padding, contrast ≥ 4.5:1, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const p = await visit({ ...small, colorScheme: scheme });
      for (const view of ['banner', 'preferences']) {
        if (view === 'preferences') await openPreferences(p);
        await p.mouse.move(1, 1); // no button under the pointer: compare resting states, not hover
        const [accept, reject, third] = await p.$$eval(view === 'banner' ? '#consentry .cy-banner .cy-btn' : '#consentry [role=dialog] .cy-btn', (bs) => {
          const byText: Record<string, any> = {};
          for (const b of bs) {
            const s = getComputedStyle(b);
            const r = b.getBoundingClientRect();
            byText[b.textContent!] = {
              fontSize: s.fontSize, fontWeight: s.fontWeight, padding: s.padding, border: s.borderWidth,
              color: s.color, background: s.backgroundColor, height: Math.round(r.height),
            };
          }
          return [byText['Accept all'], byText['Reject all'], byText['Customize'] || byText['Save choices']];
        });
        expect(accept).toEqual(reject);
        expect(third).toEqual(accept);
        expect(contrast(accept.color, accept.background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(reject.color, reject.background)).toBeGreaterThanOrEqual(4.5);
      }
      await p.context().close();
    }
  });
});

describe('keyboard and stored outcome, with the real core', () => {
  const record = (p: Page) => p.evaluate(() => Consentry.getConsent());
  async function again(p: Page) {
    // After Accept all, GA4 ran: the reset may reload the page ('auto'); either way the banner returns.
    await p.evaluate(() => void Consentry.reset()).catch(() => {});
    await p.waitForSelector('#consentry .cy-banner');
  }

  test('each banner answer stores its method; × and Esc store a refusal', async () => {
    const p = await visit();
    await p.click('text=Accept all');
    expect(await record(p)).toMatchObject({ method: 'accept-all', categories: { analytics: true, advertising: true } });
    expect(await p.$('#consentry')).toBeNull();
    await again(p);
    await p.click('text=Reject all');
    expect(await record(p)).toMatchObject({ method: 'reject-all', categories: { necessary: true, analytics: false, advertising: false } });
    await again(p);
    await p.click('#consentry [aria-label="Close and refuse optional cookies"]');
    expect(await record(p)).toMatchObject({ method: 'dismiss', categories: { analytics: false, functional: false } });
    await again(p);
    await p.focus('#consentry .cy-btn');
    await p.keyboard.press('Escape');
    expect(await record(p)).toMatchObject({ method: 'dismiss', categories: { analytics: false } });
    await p.context().close();
  });

  test('keyboard only: Tab to Customize, Space on a switch, Save; the footer link reopens with the choice; Esc returns focus', async () => {
    const p = await visit({ reducedMotion: 'reduce' });
    // Reduced motion: nothing animates.
    expect(await p.evaluate(() => document.getAnimations().length)).toBe(0);
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await p.keyboard.press('Tab');
      order.push(await p.evaluate(() => document.activeElement!.textContent!));
    }
    expect(order).toEqual(['Privacy policy', 'Accept all', 'Reject all', 'Customize']);
    await p.keyboard.press('Enter');
    await p.waitForSelector('#consentry [role=dialog]');
    expect(await p.evaluate(() => document.activeElement!.getAttribute('role'))).toBe('dialog');
    // Tab to the Analytics switch, Space once: on, exactly once (the browser's own click is replaced).
    for (let i = 0; i < 20; i++) {
      await p.keyboard.press('Tab');
      if (await p.evaluate(() => document.activeElement!.getAttribute('aria-labelledby') === 'cy-c-analytics')) break;
    }
    await p.keyboard.press('Space');
    expect(await p.getAttribute('[aria-labelledby=cy-c-analytics]', 'aria-checked')).toBe('true');
    await p.keyboard.press('Enter');
    await p.keyboard.press('Space');
    expect(await p.getAttribute('[aria-labelledby=cy-c-analytics]', 'aria-checked')).toBe('true');
    // Necessary does not move.
    await p.focus('[aria-labelledby=cy-c-necessary]');
    await p.keyboard.press('Space');
    expect(await p.getAttribute('[aria-labelledby=cy-c-necessary]', 'aria-checked')).toBe('true');
    await p.focus('text=Save choices');
    await p.keyboard.press('Enter');
    expect(await record(p)).toMatchObject({ method: 'custom', categories: { necessary: true, functional: false, analytics: true, advertising: false }, services: { ga4: true } });

    // Reopen from the footer link: the switches show the stored choice; Esc closes and focus returns.
    await p.focus('[data-consentry-open]');
    await p.keyboard.press('Enter');
    await p.waitForSelector('#consentry [role=dialog]');
    expect(await p.getAttribute('[aria-labelledby=cy-c-analytics]', 'aria-checked')).toBe('true');
    expect(await p.getAttribute('[aria-labelledby=cy-c-advertising]', 'aria-checked')).toBe('false');
    await p.keyboard.press('Escape');
    await p.waitForSelector('#consentry', { state: 'detached' });
    expect(await p.evaluate(() => document.activeElement!.hasAttribute('data-consentry-open'))).toBe(true);
    expect(await record(p)).toMatchObject({ method: 'custom' });

    // Withdrawal is as easy: Reject all in the preference centre.
    await p.goto(SITE() + '/#consentry-preferences');
    await p.waitForSelector('#consentry [role=dialog]');
    await p.click('#consentry [role=dialog] >> text=Reject all');
    // GA4 ran on this page: the withdrawal may reload it (reloadOnWithdraw 'auto'); the record is read from whichever page answers.
    await expect.poll(() => record(p).catch(() => null)).toMatchObject({ method: 'reject-all', categories: { analytics: false } });
    await p.context().close();
  });
});

describe('returning visitor', () => {
  test('with a valid choice downloads none of the interface', async () => {
    const p = await visit();
    expect(server.hitsTo((h) => h.path === '/dist/consentry-ui.js')).toHaveLength(1);
    await p.click('text=Reject all');
    // Stored in both places (a navigation at once could cut the IndexedDB write short: the next
    // page would then load the store to repair it).
    await expect.poll(async () => ((await idbDump(p, 'consentry')).consentry?.consent[0]?.value as any)?.record?.method).toBe('reject-all');
    // Leaving the page ends what the refusal still fetches (the clean-up, its classifier), so
    // that none of it is counted for the next page view.
    await p.goto('about:blank');
    await server.quiet();
    server.reset();
    await p.goto(SITE() + '/');
    await p.evaluate(() => Consentry.init());
    await server.quiet();
    expect(server.hitsTo((h) => h.path.startsWith('/dist/')).map((h) => h.path)).toEqual(['/dist/consentry.js']);
    expect(await p.$('#consentry')).toBeNull();
    await p.context().close();
  });

  test('the floating button, when the site turns it on, loads the interface and reopens the preference centre', async () => {
    const p = await visit({}, 'fr', { ui: { floatingButton: true } });
    expect(await p.$('#consentry .cy-fab')).toBeNull();
    await p.click('text=Tout refuser');
    await p.waitForSelector('#consentry .cy-fab');
    await p.goto(SITE() + '/');
    const fab = await p.waitForSelector('#consentry .cy-fab');
    expect(await fab.getAttribute('aria-label')).toBe('Préférences de cookies');
    expect(await p.$('#consentry .cy-banner')).toBeNull();
    await fab.click();
    await p.waitForSelector('#consentry [role=dialog]');
    await p.keyboard.press('Escape');
    expect(await p.evaluate(() => document.activeElement!.className)).toBe('cy-fab');
    await p.context().close();
  });
});

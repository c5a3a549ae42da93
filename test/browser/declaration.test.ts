// The cookie declaration as a visitor of a French shop reads it on the privacy policy page: every
// declared service with its cookies, lifetimes and vendor link, a switch that changes the choice,
// kept current from another tab, readable at 320 px, nothing for axe to report, no vendor request,
// and nothing more downloaded by pages without it.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, startServer, type Launched, type TestServer } from './harness';

declare const axe: any;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');


const CONFIG = {
  revision: 1,
  language: 'fr',
  privacyPolicyUrl: '/confidentialite',
  services: {
    ga4: {},
    'meta-pixel': {},
    zendesk: {},
    'atelier-chat': {
      category: 'functional', title: 'Atelier Chat', vendor: 'Atelier Couture SAS', privacyPolicyUrl: 'https://atelier.example/confidentialite',
      description: { en: 'Chat with our workshop.', fr: 'Discutez avec notre atelier.' }, hosts: ['chat.atelier.example'], cookies: ['atelier_sid'], lifetime: '13 months',
    },
  },
};

const page = (body: string, config: unknown = CONFIG) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Confidentialité</title>` +
  `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script><script src="/dist/consentry.js"></script>` +
  // The shop's trackers, tagged as the README asks: held until the visitor allows them.
  `<script type="text/plain" data-category="analytics" data-service="ga4" src="https://www.googletagmanager.com/gtag/js?id=G-DECL"></script>` +
  `<script type="text/plain" data-category="advertising" data-service="meta-pixel" src="https://connect.facebook.net/en_US/fbevents.js"></script>` +
  `</head><body>${body}</body></html>`;

const POLICY = `<main><h1>Politique de confidentialité</h1><h2>Cookies</h2><div data-consentry-declaration data-heading-level="3"></div></main>`;

let server: TestServer;
let browser: Launched;
beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
  server.page('/confidentialite', page(POLICY));
  server.page('/boutique', page('<main><h1>Boutique</h1></main>'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(() => server.next());

const D = '[data-consentry-declaration]';
/** Text as read, the no-break spaces of French typography ("13\u00a0mois") read as spaces. */
const text = (p: Page, sel: string) => p.locator(sel).evaluate((e) => (e as HTMLElement).innerText.replace(/[\u00a0\u202f]/g, ' '));

async function open(ctx: BrowserContext, path = '/confidentialite'): Promise<Page> {
  const p = await ctx.newPage();
  await p.goto('https://shop.test' + path);
  return p;
}

async function axeOn(p: Page, selector: string): Promise<string[]> {
  await p.addScriptTag({ path: AXE });
  return p.evaluate(async (sel) => {
    const r = await axe.run({ include: [[sel]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary}`));
  }, selector);
}

test('a French policy page lists GA4, Meta Pixel, Zendesk and the shop\'s chat with cookies, lifetimes, vendor links and French purposes; axe finds nothing; no vendor is contacted', async () => {
  const ctx = await browser.context();
  const p = await open(ctx);
  await p.locator(`${D} table`).first().waitFor();
  // Every table: a caption, column headers and one row header per cookie.
  const tables = await p.locator(`${D} table`).evaluateAll((ts) => ts.map((t) => ({
    caption: t.querySelector('caption')!.textContent!.replace(/\u00a0/g, ' '),
    cols: [...t.querySelectorAll('thead th')].map((h) => `${h.getAttribute('scope')}:${h.textContent}`),
    // A row header is the name, then the kind of storage on its own line.
    rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => (c.tagName === 'TH' ? `${c.getAttribute('scope')}:${c.firstChild!.textContent}|${c.lastChild!.textContent}` : c.textContent!.replace(/\u00a0/g, ' ')))),
  })));
  const cols = ['col:Nom', 'col:Conservation', 'col:Déposé par'];
  const first = 'Ce site (cookie interne)';
  expect(tables).toEqual([
    { caption: 'Cookies et stockage : Votre choix en matière de cookies', cols, rows: [['row:__Host-consentry|Cookie', '182 jours', first], ['row:consentry|Stockage du navigateur', '182 jours', 'Ce site']] },
    { caption: 'Cookies et stockage : Zendesk', cols, rows: [['row:__zlcmid|Cookie', '1 an', first], ['row:__zlcprivacy|Cookie', '1 an', first], ['row:ZD-<id>|Stockage du navigateur', 'Non précisée', 'Ce site']] },
    { caption: 'Cookies et stockage : Atelier Chat', cols, rows: [['row:atelier_sid|Cookie', '13 mois', first]] },
    { caption: 'Cookies et stockage : Google Analytics 4', cols, rows: [['row:_ga|Cookie', '2 ans', first], ['row:_ga_<id>|Cookie', '2 ans', first]] },
    { caption: 'Cookies et stockage : Meta Pixel', cols, rows: [['row:_fbp|Cookie', '4 mois', first], ['row:_fbc|Cookie', '2 ans', first]] },
  ]);
  // Purposes in French, one heading level below the page's "Cookies" heading; services below them.
  expect(await p.locator(`${D} h3`).allTextContents()).toEqual(['Strictement nécessaires', 'Fonctionnels', 'Mesure d’audience', 'Publicité']);
  expect(await p.locator(`${D} h4`).allTextContents()).toEqual(['Votre choix en matière de cookies', 'Zendesk', 'Atelier Chat', 'Google Analytics 4', 'Meta Pixel']);
  const links = await p.locator(`${D} a`).evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  expect(links).toEqual([
    ['Politique de confidentialité de Zendesk', 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/'],
    ['Politique de confidentialité d’Atelier Couture SAS', 'https://atelier.example/confidentialite'],
    ['Politique de confidentialité de Google', 'https://business.safety.google/privacy/'],
    ['Politique de confidentialité de Facebook', 'https://www.facebook.com/about/privacy/'],
  ]);
  const all = await text(p, D);
  expect(all).toContain('Mesure l’audience : nombre de visiteurs, provenance et pages consultées.');
  expect(all).toContain('Discutez avec notre atelier.');
  expect(all).toContain('Chargé depuis : connect.facebook.net, www.facebook.com/tr');
  expect(all).toContain('Certaines durées proviennent de l’Open Cookie Database (licence Apache 2.0).');
  // No choice yet: every switch is off and says so.
  expect(await p.getByRole('switch').evaluateAll((s) => s.map((e) => e.getAttribute('aria-checked')))).toEqual(['false', 'false', 'false', 'false']);
  expect(all).toContain('Votre choix : Pas encore choisi');
  expect(await p.locator(D).evaluate((e) => [e.firstElementChild!.getAttribute('lang'), e.firstElementChild!.getAttribute('dir')])).toEqual(['fr', 'ltr']);
  expect(await axeOn(p, D)).toEqual([]);
  await server.quiet(300);
  expect(server.vendorHits().map((h) => h.url)).toEqual([]);
  await ctx.close();
});

test('the switch saves like the preference centre: getConsent() changes, the tracker is released, focus stays on the switch', async () => {
  const ctx = await browser.context();
  const p = await open(ctx);
  const ga = p.getByRole('switch', { name: 'Autoriser Google Analytics 4' });
  await ga.focus();
  await p.keyboard.press('Enter');
  await expect.poll(() => p.evaluate(() => (window as any).Consentry.getConsent()?.services.ga4)).toBe(true);
  await expect.poll(() => ga.getAttribute('aria-checked')).toBe('true');
  await server.waitForHit('www.googletagmanager.com/gtag/js');
  expect(await ga.evaluate((b) => b === document.activeElement)).toBe(true);
  const rec = await p.evaluate(() => (window as any).Consentry.getConsent());
  expect([rec.services['meta-pixel'], rec.services.zendesk, rec.method]).toEqual([false, false, 'custom']);
  expect(await text(p, D)).toContain('Votre choix : Autorisé');
  expect(server.hitsTo('connect.facebook.net')).toEqual([]);
  // Off again: withdrawn.
  await ga.click();
  await expect.poll(() => p.evaluate(() => (window as any).Consentry.getConsent()?.services.ga4)).toBe(false);
  await ctx.close();
});

test('a choice made in another tab updates the declaration without a reload; "Modifier mes choix" opens the preference centre', async () => {
  const ctx = await browser.context();
  const a = await open(ctx);
  await a.locator(`${D} table`).first().waitFor();
  const b = await open(ctx, '/boutique');
  await b.evaluate(() => (window as any).Consentry.init()).catch(() => {});
  await b.evaluate(() => (window as any).Consentry.acceptAll());
  await expect.poll(() => a.getByRole('switch').evaluateAll((s) => s.map((e) => e.getAttribute('aria-checked')))).toEqual(['true', 'true', 'true', 'true']);
  expect(await text(a, D)).toContain('Votre choix : Autorisé');
  await a.getByRole('button', { name: 'Modifier mes choix de cookies' }).click();
  await a.getByRole('dialog', { name: 'Préférences de cookies' }).waitFor();
  await ctx.close();
});

test('renderDeclaration() fills an element of the page\'s own code, in the language asked, and rejects what is not an element', async () => {
  const ctx = await browser.context();
  const p = await open(ctx, '/boutique');
  const r = await p.evaluate(async () => {
    const C = (window as any).Consentry;
    const el = document.createElement('section');
    document.body.append(el);
    await C.renderDeclaration(el, { language: 'de', headingLevel: 2 });
    const bad = await C.renderDeclaration(null).then(() => 'resolved', (e: Error) => e.message);
    return { h2: [...el.querySelectorAll('h2')].map((h) => h.textContent), lang: el.firstElementChild!.getAttribute('lang'), bad };
  });
  expect(r).toEqual({ h2: ['Unbedingt erforderlich', 'Funktional', 'Statistik', 'Werbung'], lang: 'de', bad: 'Consentry: renderDeclaration: expected an element, received null' });
  await ctx.close();
});

test('at 320 px wide nothing scrolls sideways; a service met on the page is listed and marked as met', async () => {
  server.page('/video', page(`<main><h1>Vidéo</h1><iframe data-category="functional" data-service="youtube" data-src="https://www.youtube.com/embed/abc" title="Démo" width="280" height="160"></iframe>${POLICY.replace('<main><h1>Politique de confidentialité</h1>', '')}`));
  const ctx = await browser.context({ viewport: { width: 320, height: 640 } });
  const p = await open(ctx, '/video');
  await p.locator(`${D} table`).first().waitFor();
  expect(await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])).toEqual([320, 320]);
  const widths = await p.locator(`${D} table`).evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().right));
  expect(Math.max(...widths)).toBeLessThanOrEqual(320);
  const yt = await text(p, `${D} div > div:has(> h4:text-is("YouTube"))`);
  expect(yt).toContain('Détecté sur cette page');
  expect(yt).toContain('Lit les vidéos intégrées au site.');
  expect(yt).toMatch(/Cookies de Google sur ses propres domaines\s+Cookie\s+jusqu’à 8 mois\s+Un autre site \(cookie tiers\)/);
  expect(await axeOn(p, D)).toEqual([]);
  expect(server.hitsTo('www.youtube.com')).toEqual([]);
  await ctx.close();
});

test('the declaration follows the dark theme and the site\'s custom properties, with nothing for axe to report', async () => {
  server.page('/sombre', page(POLICY, { ...CONFIG, ui: { theme: 'dark' } }));
  server.page('/theme', page(POLICY, { ...CONFIG, ui: { theme: 'light' } }).replace('</head>', '<style>:root{--consentry-bg:#fff8e7;--consentry-link:#7a1f00}</style></head>'));
  const ctx = await browser.context();
  const colours = (p: Page) => p.locator(`${D} > div`).evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color, getComputedStyle(e.querySelector('a')!).color]);
  const dark = await open(ctx, '/sombre');
  await dark.locator(`${D} table`).first().waitFor();
  expect(await colours(dark)).toEqual(['rgb(28, 29, 33)', 'rgb(242, 242, 242)', 'rgb(168, 197, 255)']);
  expect(await axeOn(dark, D)).toEqual([]);
  const themed = await open(ctx, '/theme');
  await themed.locator(`${D} table`).first().waitFor();
  expect(await colours(themed)).toEqual(['rgb(255, 248, 231)', 'rgb(26, 26, 26)', 'rgb(122, 31, 0)']);
  // 'auto' follows the system's theme, also when it changes while the page is open.
  server.page('/auto', page(POLICY, { ...CONFIG, ui: { theme: 'auto' } }));
  const auto = await open(ctx, '/auto');
  await auto.locator(`${D} table`).first().waitFor();
  expect(await colours(auto)).toEqual(['rgb(255, 255, 255)', 'rgb(26, 26, 26)', 'rgb(29, 78, 216)']);
  await auto.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => colours(auto)).toEqual(['rgb(28, 29, 33)', 'rgb(242, 242, 242)', 'rgb(168, 197, 255)']);
  await ctx.close();
});

// The size of consentry.js itself is held by test/unit/size.test.ts.
test('a returning visitor on a page without the element downloads consentry.js only', async () => {
  const ctx = await browser.context();
  const p = await open(ctx, '/boutique');
  await p.evaluate(() => (window as any).Consentry.rejectAll());
  // The refusal's clean-up (and the classifier it may fetch) belongs to this first page view:
  // leaving it ends them before the count starts.
  const at = p.url();
  await p.goto('about:blank');
  await server.quiet(300);
  server.reset();
  await p.goto(at);
  await p.evaluate(() => (window as any).Consentry.getConsent());
  await server.quiet(300);
  expect(server.hits.filter((h) => h.path.startsWith('/dist/')).map((h) => h.path)).toEqual(['/dist/consentry.js']);
  await ctx.close();
});

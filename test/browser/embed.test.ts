// Embed placeholders as a visitor meets them: who the vendor is, what allowing does, a link to the
// vendor's privacy policy, the site's theme, a 200 px frame, keyboard and screen reader (axe).
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, startServer, type Launched, type TestServer } from './harness';
import { html } from '../fixtures/blocking/page';

declare const axe: any;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const YT = 'https://www.youtube.com/embed/abc';

let server: TestServer;
let browser: Launched;
beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(() => server.reset());

const frame = (w = 200, h = 300, title = 'Video: how our bags are made') =>
  `<main><h1>Bags</h1><iframe data-category="functional" data-service="youtube" width="${w}" height="${h}" data-src="${YT}" title="${title}"></iframe></main>`;

/** Opens `markup` and waits for the placeholder's full content (the chunk adds the privacy link). */
async function open(markup: string): Promise<Page> {
  server.page('/p', markup);
  const page = await browser.page();
  await page.goto('https://shop.test/p');
  await page.locator('.consentry-embed[role="group"]').waitFor();
  return page;
}

async function axeOn(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (sel) => {
    const r = await axe.run({ include: [[sel]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary}`));
  }, selector);
}

test('a held YouTube frame 200 px wide shows who provides it, that allowing sets Google cookies, and Google\'s privacy link, with nothing for axe to report', async () => {
  const page = await open(html('', frame()));
  const ph = page.locator('.consentry-embed');
  await expect.poll(() => ph.locator('a').getAttribute('href')).toBe('https://business.safety.google/privacy/');
  expect(await ph.locator('a').textContent()).toBe('Privacy policy of Google');
  const text = await ph.textContent();
  expect(text).toContain('Video: how our bags are made');
  expect(text).toContain('YouTube is provided by Google.');
  expect(text).toContain('Allowing it loads this content from Google, which then sets its cookies on your device.');
  expect(await ph.getByRole('button').textContent()).toBe('Allow YouTube');
  // Screen readers hear the group by the frame's title.
  expect(await page.getByRole('group', { name: 'Video: how our bags are made' }).count()).toBe(1);
  // It keeps the frame's box (an iframe's 2px inset border included) and nothing spills sideways.
  const box = await ph.evaluate((p) => ({ w: p.getBoundingClientRect().width, sw: p.scrollWidth, cw: p.clientWidth }));
  expect(box.w).toBe(204);
  expect(box.sw).toBeLessThanOrEqual(box.cw);
  expect(await axeOn(page, '.consentry-embed')).toEqual([]);
  expect(server.hitsTo('www.youtube.com')).toEqual([]);
  await page.context().close();
});

test('Tab reaches the placeholder button, Enter allows YouTube only, and the frame loads and takes the focus', async () => {
  const page = await open(html('', frame(560, 315)));
  const button = page.locator('.consentry-embed button');
  await page.locator('h1').click();
  // Tab from the heading: the placeholder's button comes before anything after the frame.
  for (let i = 0; i < 10 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await server.waitForHit('www.youtube.com/embed/abc');
  await expect.poll(() => page.locator('.consentry-embed').count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  const rec = await page.evaluate('window.Consentry.getConsent()') as { services: Record<string, boolean>; categories: Record<string, boolean> };
  expect(rec.services.youtube).toBe(true);
  expect(rec.services.vimeo).toBe(false);
  await page.context().close();
});

test('the placeholder follows the dark theme and the site\'s custom properties', async () => {
  const dark = await open(html('', frame(), 'dark', { ui: { theme: 'dark' } }));
  const colours = (p: Page) => p.locator('.consentry-embed').evaluate((e) => {
    const b = e.querySelector('button')!;
    return [getComputedStyle(e).backgroundColor, getComputedStyle(e).color, getComputedStyle(b).backgroundColor];
  });
  expect(await colours(dark)).toEqual(['rgb(28, 29, 33)', 'rgb(242, 242, 242)', 'rgb(168, 197, 255)']);
  expect(await axeOn(dark, '.consentry-embed')).toEqual([]);
  await dark.context().close();
  const themed = await open(html('<style>:root{--consentry-bg:#fff8e7;--consentry-button-bg:#7a1f00}</style>', frame(), 'themed', { ui: { theme: 'light' } }));
  expect(await colours(themed)).toEqual(['rgb(255, 248, 231)', 'rgb(26, 26, 26)', 'rgb(122, 31, 0)']);
  await themed.context().close();
});

test('in French, a service the site declares shows the vendor and privacy link from its config', async () => {
  const cfg = {
    language: 'fr',
    services: { 'shop-tv': { category: 'functional', title: 'Shop TV', vendor: 'Exemple Médias SAS', privacyPolicyUrl: 'https://media.example/confidentialite', hosts: ['media.example'] } },
  };
  const page = await open(html('', `<iframe data-category="functional" data-service="shop-tv" width="320" height="240" data-src="https://media.example/v/1" title="Démonstration"></iframe>`, 'fr', cfg).replace('lang="en"', 'lang="fr"'));
  const ph = page.locator('.consentry-embed');
  await expect.poll(() => ph.locator('a').getAttribute('href')).toBe('https://media.example/confidentialite');
  expect(await ph.locator('a').textContent()).toBe('Politique de confidentialité de Exemple Médias SAS');
  expect(await ph.textContent()).toContain('Shop TV est fourni par Exemple Médias SAS.');
  expect(await ph.getByRole('button').textContent()).toBe('Autoriser Shop TV');
  expect(await axeOn(page, '.consentry-embed')).toEqual([]);
  await page.context().close();
});

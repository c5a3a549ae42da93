// What each visitor downloads (issue 13): the first stage alone for a returning visitor whose
// stores agree; the clean-up chunk only where a refusal left something to clean; the store as
// soon as a decision is made or the stores disagree.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { collectConsole, launch, startServer, vendorRuns, type Launched, type TestServer } from './harness';
import { T } from '../fixtures/blocking/cases';
import { consentCookie } from '../fixtures/blocking/consent';
import { html } from '../fixtures/blocking/page';

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
beforeEach(() => server.next());

const GA = `<script type="text/plain" data-category="analytics" data-src="${T.ga4.url}"></script>`;
const URL_ = 'https://shop.test/';

/** Consentry's files the page asked for, by name. */
const files = () => server.hits.filter((h) => !h.vendor && /^\/dist\//.test(h.path)).map((h) => h.path.slice(6)).sort();

/**
 * A visitor who decided on an earlier visit (`decide`: the API call), stored in the cookie and
 * IndexedDB alike, with `cookies` the site's pages set meanwhile; the page is then visited again.
 */
async function returning(decide: 'acceptAll' | 'rejectAll', cookies: string[] = []): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.context();
  const page = await ctx.newPage();
  await page.goto(URL_);
  // Resolves once both stores hold the decision.
  await page.evaluate((m) => (window as any).Consentry[m](), decide);
  await ctx.addCookies(cookies.map((n) => ({ name: n, value: '1', url: URL_ })));
  // Leaving the page ends what its decision still fetches (the clean-up, its classifier): none
  // of it can then reach the server after the reset and be counted for the next page view.
  await page.goto('about:blank');
  await server.quiet(150);
  server.reset();
  await page.goto(URL_);
  return { ctx, page };
}

/** Resolves once the page has been idle (the clean-up waits for that) and the network is quiet. */
async function idle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((ok) => (window as any).requestIdleCallback(() => setTimeout(ok), { timeout: 5000 })));
  await server.quiet(150);
}

test('a returning visitor who accepted everything fetches consentry.js alone, and the analytics tag runs', async () => {
  server.page('/', html('', GA, 'accepted', { ui: { autoShow: false } }));
  const { ctx, page } = await returning('acceptAll', ['_ga']);
  const log = collectConsole(page);
  await expect.poll(() => vendorRuns(page)).toEqual([T.ga4.path]);
  await idle(page);
  expect(files()).toEqual(['consentry.js']);
  expect(log.pageErrors).toEqual([]);
  await ctx.close();
});

test('a returning visitor who refused: no interface, nothing runs; the clean-up loads when idle and removes what the refused service left', async () => {
  server.page('/', html('', GA, 'refused', { ui: { autoShow: false } }));
  const { ctx, page } = await returning('rejectAll', ['_ga', '_ga_TEST', 'site_pref']);
  await expect.poll(async () => (await ctx.cookies()).map((c) => c.name).sort()).toEqual([consentCookie(URL_), 'site_pref'].sort());
  await idle(page);
  expect(files()).toEqual(['consentry-clean.js', 'consentry.js']);
  expect(server.vendorHits()).toEqual([]);
  expect(await vendorRuns(page)).toEqual([]);
  await ctx.close();
});

test('a returning visitor who refused, on a page with nothing to clean, fetches consentry.js alone', async () => {
  server.page('/', html('', GA, 'nothing', { ui: { autoShow: false } }));
  const { ctx, page } = await returning('rejectAll');
  await idle(page);
  expect(files()).toEqual(['consentry.js']);
  expect(server.vendorHits()).toEqual([]);
  await ctx.close();
});

test('a returning visitor who refused, on a page with a held YouTube frame: the placeholder chunk brings the catalogue\'s titles, its button reads "Allow YouTube"', async () => {
  const frame = `<iframe data-category="functional" data-service="youtube" width="320" height="240" data-src="https://www.youtube.com/embed/abc" title="Video"></iframe>`;
  server.page('/', html('', frame, 'frame', { ui: { autoShow: false } }));
  const { ctx, page } = await returning('rejectAll');
  const log = collectConsole(page);
  await page.locator('.consentry-embed[role="group"]').waitFor();
  expect(await page.locator('.consentry-embed button').textContent()).toBe('Allow YouTube');
  await idle(page);
  // The placeholder chunk draws the box and carries the titles: no other file.
  expect(files()).toEqual(['consentry-embed.js', 'consentry.js']);
  expect(server.vendorHits()).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  await ctx.close();
});

test('a first visitor who answers the banner never downloads the catalogue\'s titles', async () => {
  server.page('/', html('', GA, 'first'));
  const ctx = await browser.context();
  const page = await ctx.newPage();
  const log = collectConsole(page);
  await page.goto(URL_);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await expect.poll(() => page.evaluate(() => (window as any).Consentry.getConsent()?.method)).toBe('reject-all');
  await idle(page);
  // The clean-up follows the refusal (and the classifier, when a cookie no service claims is found); the titles never.
  expect(files().filter((f) => !/^consentry-(clean|classifier)\.js$/.test(f))).toEqual(['consentry-store.js', 'consentry-ui.js', 'consentry.js']);
  expect(log.pageErrors).toEqual([]);
  await ctx.close();
});

test('pointing at Customize brings the catalogue\'s titles, once: the preference centre names services by their titles', async () => {
  server.page('/', html('', GA, 'customize'));
  const ctx = await browser.context();
  const page = await ctx.newPage();
  const log = collectConsole(page);
  await page.goto(URL_);
  const customize = page.getByRole('button', { name: 'Customize' });
  await customize.hover();
  await server.waitForHit('/dist/consentry-titles.js');
  await customize.click();
  await page.getByRole('dialog', { name: 'Cookie preferences' }).locator('.cy-cat', { has: page.locator('#cy-c-analytics') }).locator('summary').click();
  await page.getByRole('switch', { name: 'Google Analytics 4' }).waitFor();
  expect(await page.locator('#cy-s-ga4-d').textContent()).toBe('Cookies kept for 2 years');
  await idle(page);
  expect(server.hitsTo('/dist/consentry-titles.js')).toHaveLength(1);
  expect(log.pageErrors).toEqual([]);
  await ctx.close();
});

test('a held frame\'s placeholder brought the titles: the preference centre downloads them no second time', async () => {
  const frame = `<iframe data-category="functional" data-service="youtube" width="320" height="240" data-src="https://www.youtube.com/embed/abc" title="Video"></iframe>`;
  server.page('/', html('', frame, 'frame and preferences'));
  const ctx = await browser.context();
  const page = await ctx.newPage();
  await page.goto(URL_);
  await page.locator('.consentry-embed[role="group"]').waitFor();
  await page.getByRole('button', { name: 'Customize' }).click();
  await page.getByRole('dialog', { name: 'Cookie preferences' }).locator('.cy-cat', { has: page.locator('#cy-c-functional') }).locator('summary').click();
  await page.getByRole('switch', { name: 'YouTube' }).waitFor();
  await idle(page);
  expect(files()).toEqual(['consentry-embed.js', 'consentry-store.js', 'consentry-ui.js', 'consentry.js']);
  await ctx.close();
});

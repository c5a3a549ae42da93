// The demo shop shows the real mechanics: nothing of a vendor before a choice, each tracker once
// after "Accept all", and an app that hears every change.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startDemo, type Demo } from '../../demo/serve.mjs';
import { launchChromium } from '../../tools/audit/chromium.mjs';

let demo: Demo;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  demo = await startDemo({ port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});
beforeEach(async () => {
  while (contexts.length) await contexts.pop()!.close();
  demo.reset();
});

async function fresh(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  page.on('dialog', (d) => void d.dismiss());
  const t = { open: 0, last: Date.now() };
  traffic.set(page, t);
  page.on('request', () => { t.open++; t.last = Date.now(); });
  const done = () => { t.open--; t.last = Date.now(); };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return page;
}

const runs = (page: Page): Promise<string[]> => page.evaluate(() => ((window as any).__demo?.runs ?? []) as string[]);
const vendorCookies = async (page: Page) =>
  (await page.context().cookies()).map((c) => c.name).filter((n) => !/^(__Host-)?consentry$/.test(n)).sort();

/** Requests in flight per page, and when the last one started or ended. */
const traffic = new WeakMap<Page, { open: number; last: number }>();

/**
 * Resolves once the page has had no request in flight for `idle` ms — it waits on the page's own
 * request events, so it ends as soon as the page is quiet, however busy the machine is.
 */
async function settle(page: Page, idle = 500, max = 15000): Promise<void> {
  const t = traffic.get(page)!;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect.poll(() => t.open === 0 && Date.now() - t.last >= idle, { timeout: max, interval: 50 }).toBe(true);
}

describe('demo server', () => {
  test('serves the shop in English and French with the script tag first in <head>', async () => {
    for (const [path, lang] of [['/en/', 'en'], ['/fr/', 'fr'], ['/en/product/linen-shirt/', 'en'], ['/fr/paiement/', 'fr']]) {
      const res = await fetch(demo.origin + path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}">`);
      const head = html.slice(0, html.indexOf('</head>'));
      const scripts = [...head.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      // The JSON config block is data; the first script that runs is Consentry's.
      expect(scripts[0]).toContain('id="consentry-config"');
      expect(scripts[1]).toBe('<script src="/consentry.js">');
      const cfg = JSON.parse(/<script type="application\/json" id="consentry-config">([\s\S]*?)<\/script>/.exec(html)![1]);
      expect(cfg.services.ga4.hosts[0]).toBe('127.0.0.1/vendor/www.googletagmanager.com/');
      expect(html).toContain('data-consentry-open');
    }
    const js = await fetch(demo.origin + '/consentry.js');
    expect(js.status).toBe(200);
    expect((await fetch(demo.origin + '/')).url).toMatch(/\/en\/$/);
  });
});

describe('demo shop in a browser', () => {
  test('before any choice the home page makes no vendor request and sets no vendor cookie', async () => {
    const page = await fresh();
    await page.goto(demo.url);
    await page.getByRole('button', { name: 'Accept all' }).first().waitFor({ state: 'visible' });
    await page.mouse.wheel(0, 2000); // scrolling is no consent, and brings the lazy map into view
    await settle(page);
    expect(demo.hits.map((h) => h.path)).toEqual([]);
    expect(await vendorCookies(page)).toEqual([]);
    expect(await runs(page)).toEqual([]);
    await expect.poll(() => page.locator('#demo-panel [data-service="ga4"]').getAttribute('data-state')).toBe('blocked');
  });

  test('after Accept all, the GA4, Meta, Hotjar and TikTok stand-ins run once each and set their cookies', async () => {
    const page = await fresh();
    await page.goto(demo.url);
    await page.getByRole('button', { name: 'Accept all' }).first().click();
    const four = ['ga4', 'meta-pixel', 'hotjar', 'tiktok-pixel'];
    await expect.poll(async () => { const ran = await runs(page); return four.filter((s) => !ran.includes(s)); }, { timeout: 10000 }).toEqual([]);
    await settle(page);
    const ran = await runs(page);
    for (const s of four) expect(ran.filter((r) => r === s), s).toHaveLength(1);
    const names = await vendorCookies(page);
    for (const c of ['_ga', '_fbp', '_ttp']) expect(names).toContain(c);
    expect(names.some((n) => n.startsWith('_hjSessionUser_'))).toBe(true);
    const beacons = demo.hits.filter((h) => h.kind !== 'script' && h.kind !== 'frame').map((h) => h.service);
    for (const s of four) expect(beacons, s).toContain(s);
    await expect.poll(() => page.locator('#demo-panel [data-service="ga4"]').getAttribute('data-state')).toBe('loaded');
  });

  test('after Reject all, the product page keeps its video blocked and no tracker loads', async () => {
    const page = await fresh();
    await page.goto(demo.origin + '/en/product/linen-shirt/');
    await page.getByRole('button', { name: 'Reject all' }).first().click();
    await page.reload();
    await settle(page);
    expect(demo.hits.map((h) => h.path)).toEqual([]);
    expect(await vendorCookies(page)).toEqual([]);
    expect(await runs(page)).toEqual([]);
  });

  test('after Accept all on the product page the tagged YouTube embed loads', async () => {
    const page = await fresh();
    await page.goto(demo.origin + '/en/product/stoneware-mug/');
    await page.getByRole('button', { name: 'Accept all' }).first().click();
    await page.locator('iframe[title="How it is made"]').scrollIntoViewIfNeeded();
    await expect.poll(() => runs(page), { timeout: 10000 }).toContain('youtube');
    expect(demo.hits.filter((h) => h.kind === 'frame').map((h) => h.service)).toEqual(['youtube']);
    expect(await vendorCookies(page)).toContain('VISITOR_INFO1_LIVE');
  });

  test('the checkout loads Stripe (necessary) before any choice, and nothing else', async () => {
    const page = await fresh();
    await page.goto(demo.origin + '/fr/paiement/');
    await page.getByRole('button', { name: 'Tout accepter' }).first().waitFor({ state: 'visible' });
    await settle(page);
    expect([...new Set(demo.hits.map((h) => h.service))]).toEqual(['stripe']);
    expect(await vendorCookies(page)).toEqual(['__stripe_mid', '__stripe_sid']);
    expect(await runs(page)).toEqual(['stripe']);
    expect(await page.locator('#card-number').count()).toBe(1);
  });

  test('the single-page app hears on("change") and loads analytics once granted', async () => {
    const page = await fresh();
    await page.goto(demo.origin + '/spa/');
    await expect.poll(() => page.locator('[data-purpose="analytics"] strong').textContent()).toBe('not allowed');
    expect(await page.locator('#changes li').count()).toBe(0);
    await page.getByRole('button', { name: 'Accept all' }).first().click();
    await expect.poll(() => page.locator('#changes li').allTextContents()).toEqual(['accept-all: functional on, analytics on, advertising on']);
    await expect.poll(() => page.locator('[data-purpose="analytics"] strong').textContent()).toBe('allowed');
    await expect.poll(() => runs(page), { timeout: 10000 }).toEqual(['ga4']);
    await page.getByRole('link', { name: 'Linen shirt' }).click();
    await expect.poll(() => page.locator('#recent').textContent()).toBe('Linen shirt');
  });
});

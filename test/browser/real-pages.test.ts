// Consentry on real pages as shops run it (issue 11): hostile URLs in config, sandboxed frames and
// cookies that throw, bodies swapped by Turbo-style navigation, a script tag loaded too late,
// config mistakes, and lazily loaded files placed in another folder.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { collectConsole, cookieNames, launch, startServer, type Launched, type TestServer } from './harness';

declare const Consentry: any;

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
let server: TestServer;
let browser: Launched;
const SITE = () => server.origin('shop.test', 'https');

/** `window.__errors`: messages of `consentry:error` events, recorded from before Consentry starts. */
const LISTEN = `<script>window.__errors=[];addEventListener('consentry:error',function(e){__errors.push(e.detail.message)});</script>`;
const errorsOf = (p: Page | Frame): Promise<string[]> => p.evaluate(() => (window as any).__errors);

function page(config?: object, opts: { lang?: string; head?: string; tag?: string; body?: string } = {}): string {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><title>Shop</title>
${LISTEN}
${config ? `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>` : ''}
${opts.tag ?? '<script src="/dist/consentry.js"></script>'}
${opts.head ?? ''}
</head><body>${opts.body ?? '<main><h1>Shop</h1></main><footer><a href="#" data-consentry-open>Cookie preferences</a></footer>'}</body></html>`;
}

/** Serves files of dist/ under another folder: `/<folder>/<file>`, only `only` when given. */
function serveDist(folder: string, only?: string[]): void {
  server.route('*', new RegExp(`^/${folder}/[^/]+$`), async (_req, res, hit) => {
    const file = hit.path.slice(folder.length + 2);
    res.setHeader('Cache-Control', 'no-store');
    if (only && !only.includes(file)) {
      res.statusCode = 404;
      return void res.end('not here');
    }
    try {
      const body = await readFile(DIST + file);
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end('not found');
    }
  });
}

/** Meta Pixel and TikTok loader snippets, as pasted (they insert the vendor's script by code). */
const SNIPPETS = `<script>!function(){var s=document.createElement('script');s.async=!0;s.src='https://connect.facebook.net/en_US/fbevents.js';var f=document.getElementsByTagName('script')[0];f.parentNode.insertBefore(s,f)}();</script>
<script>!function(){var s=document.createElement('script');s.async=!0;s.src='https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST';document.head.appendChild(s)}();</script>`;
/** Consentry's console errors, as messages (the console shows `ConsentryError: <message>` and the stack). */
const consentryErrors = (log: { errors: string[] }) =>
  log.errors.filter((e) => e.includes('Consentry')).map((e) => e.replace(/^ConsentryError: /, '').replace(/\n\s+at [\s\S]*$/, ''));

beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(() => server.reset());

describe('URLs from config are read as the browser reads them', () => {
  const hostile = ['java\tscript:alert(document.domain)', 'java\nscript:alert(document.domain)', '\u0001javascript:alert(document.domain)'];

  test.each(hostile)('privacy link %j is refused with the key named: no banner, no link, init rejects', async (u) => {
    server.page('/', page({ privacyPolicyUrl: u }));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/');
    const msg = await p.evaluate(() => Consentry.init().then(() => 'resolved', (e: Error) => e.message));
    expect(msg).toBe(`Consentry: config.privacyPolicyUrl: expected an http(s), mailto: or relative URL, received ${JSON.stringify(u)}`);
    await server.quiet();
    expect(server.hitsTo('/dist/consentry-ui.js')).toEqual([]);
    expect(await p.evaluate(() => [...document.links].map((a) => a.protocol))).toEqual(['https:']);
    expect(await p.$('#consentry')).toBeNull();
    expect(consentryErrors(log)).toEqual([msg]);
    expect(log.pageErrors).toEqual([]);
  });

  test('every URL key is checked: privacyPolicyUrl, baseUrl and uiUrl with hidden javascript: are all named in one error', async () => {
    server.page('/', page({ privacyPolicyUrl: ' javascript:alert(1)', baseUrl: 'java\tscript:alert(1)//', uiUrl: 'JAVASCRIPT:alert(1)' }));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/');
    const msg = await p.evaluate(() => Consentry.init().then(() => 'resolved', (e: Error) => e.message));
    expect(msg).toContain('config.privacyPolicyUrl: expected an http(s), mailto: or relative URL, received " javascript:alert(1)"');
    expect(msg).toContain('config.baseUrl: expected an http(s) or relative URL, received "java\\tscript:alert(1)//"');
    expect(msg).toContain('config.uiUrl: expected an http(s) or relative URL, received "JAVASCRIPT:alert(1)"');
    expect(consentryErrors(log)).toEqual([msg]);
  });

  test.each(['/privacy', 'https://www.shop.test/privacy', '//www.shop.test/privacy', 'mailto:dpo@shop.test'])(
    'privacy link %j survives: the banner links to it', async (u) => {
      server.page('/', page({ privacyPolicyUrl: u }));
      const p = await browser.page();
      await p.goto(SITE() + '/');
      const link = p.locator('#consentry .cy-banner a', { hasText: 'Privacy policy' });
      await expect.poll(() => link.getAttribute('href')).toBe(u);
    },
  );
});

describe('sandboxed frames and cookies that throw', () => {
  const inner = page(undefined, { head: `<script>window.__uncaught=[];addEventListener('error',function(e){__uncaught.push(String(e.message))});addEventListener('unhandledrejection',function(e){__uncaught.push(String(e.reason))});</script>` })
    .replace(LISTEN, '$&'); // the uncaught-error log is read from the frame itself

  test('inside <iframe sandbox="allow-scripts">: no uncaught exception, the banner works, the refusal holds in memory', async () => {
    server.page('/inner', inner.replace('<script src="/dist/consentry.js">', `<script>window.__uncaught=[];onerror=function(m){__uncaught.push(String(m))};onunhandledrejection=function(e){__uncaught.push(String(e.reason))};</script><script src="/dist/consentry.js">`));
    server.page('/', `<!doctype html><html lang="en"><head><title>Embed</title></head><body><iframe sandbox="allow-scripts" src="/inner" title="Shop widget" width="600" height="500"></iframe></body></html>`);
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/');
    await expect.poll(() => p.frames().length).toBe(2);
    const f = p.frames()[1];
    await f.waitForSelector('#consentry .cy-banner');
    // The premise: the sandbox makes the document's cookie throw.
    expect(await f.evaluate(() => { try { void document.cookie; return 'readable'; } catch (e) { return (e as Error).name; } })).toBe('SecurityError');
    await f.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => f.evaluate(() => Consentry.getConsent()?.method ?? null)).toBe('reject-all');
    expect(await f.evaluate(() => [Consentry.hasConsent('analytics'), Consentry.hasConsent('necessary')])).toEqual([false, true]);
    expect(await f.$('#consentry .cy-banner')).toBeNull();
    expect(await f.evaluate(() => (window as any).__uncaught)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  test('where reading document.cookie throws, the page gets no uncaught exception and the choice holds in memory', async () => {
    const thrower = `<script>window.__uncaught=[];onerror=function(m){__uncaught.push(String(m))};onunhandledrejection=function(e){__uncaught.push(String(e.reason))};
Object.defineProperty(document,'cookie',{configurable:true,get:function(){throw new DOMException('cookies are disabled','SecurityError')},set:function(){throw new DOMException('cookies are disabled','SecurityError')}});</script>`;
    server.page('/', page(undefined).replace('<script src="/dist/consentry.js">', thrower + '<script src="/dist/consentry.js">'));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/');
    await p.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => p.evaluate(() => Consentry.getConsent()?.method ?? null)).toBe('accept-all');
    expect(await p.evaluate(() => Consentry.hasConsent('analytics'))).toBe(true);
    expect(await p.evaluate(() => (window as any).__uncaught)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(await cookieNames(p.context())).toEqual([]);
  });
});

describe('a swapped <body> (Turbo Drive, pjax, barba.js)', () => {
  /** The next page's body: a footer link, a link to #consentry-preferences, a tagged embed, an untagged pixel and script. */
  const NEXT = `<main><h1>Socks</h1>
<iframe data-category="advertising" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/next" title="Video"></iframe>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<script src="https://connect.facebook.net/en_US/fbevents.js"></script></main>
<footer><a href="#" data-consentry-open>Cookie preferences</a> <a href="#consentry-preferences">Manage cookies</a></footer>`;

  async function swapped(p: Page, swap: (next: string) => void): Promise<void> {
    server.page('/', page({}));
    await p.goto(SITE() + '/');
    await p.waitForSelector('#consentry .cy-banner');
    await server.quiet();
    server.reset();
    await p.evaluate(swap, NEXT);
    await p.waitForSelector('#consentry .cy-banner');
    expect(await p.evaluate(() => [document.querySelectorAll('#consentry').length, document.body.firstElementChild!.id])).toEqual([1, 'consentry']);
  }

  async function linksWork(p: Page): Promise<void> {
    await p.click('footer [data-consentry-open]');
    await p.waitForSelector('#consentry [role=dialog]');
    await p.keyboard.press('Escape'); // no choice yet: back to the banner
    await p.waitForSelector('#consentry .cy-banner');
    await p.click('footer a[href="#consentry-preferences"]');
    await p.waitForSelector('#consentry [role=dialog]');
  }

  test('after body.replaceWith: the banner returns, both footer links open the preference centre, new trackers are held until accepted', async () => {
    const p = await browser.page();
    const log = collectConsole(p);
    await swapped(p, (next) => {
      const b = document.createElement('body');
      b.innerHTML = next;
      document.body.replaceWith(b);
    });
    await linksWork(p);
    await server.quiet();
    expect(server.vendorHits()).toEqual([]);
    await p.getByRole('dialog').getByRole('button', { name: 'Accept all' }).click();
    await server.waitForHit('www.facebook.com/tr');
    await server.waitForHit('www.youtube-nocookie.com/embed/next');
    expect(log.pageErrors).toEqual([]);
  });

  test('after body.innerHTML = …: the banner returns, showBanner() and a second init() still work, new trackers are held', async () => {
    const p = await browser.page();
    await swapped(p, (next) => {
      document.body.innerHTML = next;
    });
    await server.quiet();
    expect(server.vendorHits()).toEqual([]);
    await p.evaluate(() => Consentry.hide());
    await p.waitForSelector('#consentry .cy-banner', { state: 'detached' });
    await p.evaluate(() => Consentry.showBanner());
    await p.waitForSelector('#consentry .cy-banner');
    expect(await p.evaluate(() => Consentry.init())).toBeNull();
    await linksWork(p);
  });

  test('Turbo-style: a parsed body swapped in with its scripts re-created holds its trackers; a restored snapshot shows one working banner', async () => {
    const p = await browser.page();
    const turbo = (next: string) => {
      const w = window as any;
      w.__snapshot = document.body.cloneNode(true);
      const doc = new DOMParser().parseFromString(`<html><body>${next}</body></html>`, 'text/html');
      document.body.replaceWith(doc.body);
      // What Turbo does to make parsed scripts run: a fresh element with the same attributes.
      for (const old of [...document.body.querySelectorAll('script')]) {
        const s = document.createElement('script');
        for (const a of [...old.attributes]) s.setAttribute(a.name, a.value);
        s.textContent = old.textContent;
        old.replaceWith(s);
      }
    };
    await swapped(p, turbo);
    await server.quiet();
    expect(server.vendorHits()).toEqual([]);
    // Back button: Turbo restores the cached snapshot, which holds a dead copy of the banner.
    await p.evaluate(() => document.body.replaceWith((window as any).__snapshot));
    await expect.poll(() => p.evaluate(() => document.querySelectorAll('#consentry').length)).toBe(1);
    await p.waitForSelector('#consentry .cy-banner');
    await p.click('footer [data-consentry-open]');
    await p.waitForSelector('#consentry [role=dialog]');
    await p.keyboard.press('Escape');
    // Forward again, then a choice: what the new body held runs now.
    await p.evaluate(turbo, NEXT);
    await p.waitForSelector('#consentry .cy-banner');
    await server.quiet();
    expect(server.vendorHits()).toEqual([]);
    await p.getByRole('button', { name: 'Accept all' }).click();
    await server.waitForHit('connect.facebook.net/en_US/fbevents.js');
    await server.waitForHit('www.facebook.com/tr');
    await p.evaluate(() => document.body.replaceWith((window as any).__snapshot));
    await expect.poll(() => p.evaluate(() => document.querySelectorAll('#consentry').length)).toBe(0);
  });
});

describe('started too late to hold the page', () => {
  const FIX = 'Fix: load consentry.js with a plain <script src="…/consentry.js"></script> (no async, no defer, not inserted by code) as the first script in <head>';
  const cases: [string, { tag: string; head: string }, string[]][] = [
    ['with defer above the Meta and TikTok snippets', { tag: '<script defer src="/dist/consentry.js"></script>', head: SNIPPETS }, ['its script tag has defer', 'Meta Pixel', 'TikTok Pixel']],
    ['with async', { tag: '<script async src="/dist/consentry.js"></script>', head: SNIPPETS }, ['its script tag has async']],
    ['inserted by code', { tag: `<script>var c=document.createElement('script');c.src='/dist/consentry.js';document.head.appendChild(c);</script>`, head: SNIPPETS }, ['it was inserted by code']],
    ['after the tracker snippets', { tag: SNIPPETS, head: '<script src="/dist/consentry.js"></script>' }, ['trackers had already loaded before it: Meta Pixel, TikTok Pixel']],
  ];

  test.each(cases)('loaded %s: one console error and one error event say so and name the fix', async (_name, opts, reasons) => {
    server.page('/', page({}, opts));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/');
    await p.waitForSelector('#consentry .cy-banner');
    // The late-start message's words and the titles naming the trackers are in consentry-late.js.
    await expect.poll(() => errorsOf(p).then((e) => e.length)).toBe(1);
    const errors = await errorsOf(p);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Consentry: started too late to hold the page back');
    for (const r of reasons) expect(errors[0]).toContain(r);
    expect(errors[0]).toContain(FIX);
    expect(consentryErrors(log)).toEqual(errors);
  });

  test('a plain script tag first in <head>, above the same snippets, reports nothing and holds both', async () => {
    server.page('/', page({}, { head: SNIPPETS }));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/');
    await p.waitForSelector('#consentry .cy-banner');
    await server.quiet();
    expect(await errorsOf(p)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(server.vendorHits()).toEqual([]);
  });
});

describe('config mistakes', () => {
  test('three bad keys: one console error and the init rejection list each key, expected and received; no banner, trackers held', async () => {
    server.page('/', page({ revision: 'two', categories: 5, expiresDays: 9000 }, { head: SNIPPETS }));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/');
    const msg = await p.evaluate(() => Consentry.init().then(() => 'resolved', (e: Error) => e.message));
    for (const line of [
      'config.revision: expected a whole number from 0 to 1000000000, received "two"',
      'config.categories: expected an object, received 5',
      'config.expiresDays: expected a whole number from 1 to 395, received 9000',
    ]) expect(msg).toContain(line);
    expect(msg).toMatch(/^Consentry: config: 3 problems/);
    expect(consentryErrors(log)).toEqual([msg]);
    expect(await errorsOf(p)).toEqual([msg]);
    await server.quiet();
    expect(server.vendorHits()).toEqual([]);
    expect(await p.$('#consentry')).toBeNull();
    expect(log.pageErrors).toEqual([]);
  });

  test('init() with another config after the script tag started rejects naming data-manual; the same config resolves', async () => {
    server.page('/', page({ revision: 1, ui: { autoShow: false } }));
    const p = await browser.page();
    await p.goto(SITE() + '/');
    expect(await p.evaluate(() => Consentry.init({ revision: 1, ui: { autoShow: false } }))).toBeNull();
    const msg = await p.evaluate(() => Consentry.init({ revision: 2 }).then(() => 'resolved', (e: Error) => e.message));
    expect(msg).toContain('Consentry: init: the new config is ignored');
    expect(msg).toContain('add data-manual to the tag (<script src="…/consentry.js" data-manual></script>)');
    expect(await errorsOf(p)).toEqual([msg]);
    expect(await p.evaluate(() => Consentry.acceptAll().then((r: any) => r.revision))).toBe(1);
  });
});

describe('files loaded when needed, in another folder', () => {
  test('by default the interface and the language file come from the folder consentry.js was loaded from', async () => {
    serveDist('js');
    server.page('/', page({}, { lang: 'fr', tag: '<script src="/js/consentry.js"></script>' }));
    const p = await browser.page();
    await p.goto(SITE() + '/');
    await p.getByRole('button', { name: 'Tout refuser' }).waitFor();
    expect(server.hitsTo((h) => /consentry-(ui|fr)\.js$/.test(h.path)).map((h) => h.path).sort()).toEqual(['/js/consentry-fr.js', '/js/consentry-ui.js']);
  });

  test('baseUrl places the interface, the language file and the cookie classifier; an unclaimed tracker cookie goes on refusal', async () => {
    serveDist('js', ['consentry.js']);
    serveDist('cdn');
    server.page('/', page({ baseUrl: '/cdn' }, { lang: 'fr', tag: '<script src="/js/consentry.js"></script>' }));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/');
    // Leadfeeder's _lfa: no service of the catalogue claims it, the classifier knows it is advertising.
    await p.evaluate(() => { document.cookie = '_lfa=LF1.1; path=/; max-age=3600'; });
    await p.getByRole('button', { name: 'Tout refuser' }).click();
    await server.waitForHit('/cdn/consentry-classifier.js');
    await expect.poll(() => cookieNames(p.context())).not.toContain('_lfa');
    expect(server.hitsTo((h) => /consentry-[\w]+\.js$/.test(h.path)).map((h) => h.path).sort())
      .toEqual(['/cdn/consentry-classifier.js', '/cdn/consentry-clean.js', '/cdn/consentry-fr.js', '/cdn/consentry-store.js', '/cdn/consentry-ui.js']);
    expect(log.errors).toEqual([]);
  });

  test('uiUrl keeps working, the language file is looked for beside it, and one warning says to use baseUrl', async () => {
    serveDist('js', ['consentry.js']);
    serveDist('ui');
    server.page('/', page({ uiUrl: '/ui/consentry-ui.js' }, { lang: 'fr', tag: '<script src="/js/consentry.js"></script>' }));
    const p = await browser.page();
    const log = collectConsole(p);
    await p.goto(SITE() + '/');
    await p.getByRole('button', { name: 'Tout refuser' }).waitFor();
    expect(server.hitsTo('/ui/consentry-fr.js')).toHaveLength(1);
    const warnings = log.messages.filter((m) => m.type === 'warning' && m.text.includes('uiUrl'));
    expect(warnings.map((m) => m.text)).toEqual([expect.stringContaining('Consentry: config.uiUrl is deprecated and will be removed: set "baseUrl": "/ui/"')]);
    expect(log.errors).toEqual([]);
  });

  test('a language file that fails to load is reported through the error event with its URL; the banner shows in English', async () => {
    serveDist('partial', ['consentry.js', 'consentry-ui.js', 'consentry-store.js']);
    server.page('/', page({}, { lang: 'fr', tag: '<script src="/partial/consentry.js"></script>' }));
    const p = await browser.page();
    await p.goto(SITE() + '/');
    await p.getByRole('button', { name: 'Reject all' }).waitFor();
    expect(await errorsOf(p)).toEqual([`Consentry: could not load ${SITE()}/partial/consentry-fr.js; the interface shows in English`]);
  });

  test('an interface file that fails to load is reported with its URL; no banner, trackers stay held', async () => {
    serveDist('noui', ['consentry.js', 'consentry-store.js']);
    server.page('/', page({}, { tag: '<script src="/noui/consentry.js"></script>', head: SNIPPETS }));
    const p = await browser.page();
    await p.goto(SITE() + '/');
    await expect.poll(() => errorsOf(p)).toEqual([`Consentry: the interface could not be loaded: could not load ${SITE()}/noui/consentry-ui.js`]);
    await server.quiet();
    expect(server.vendorHits()).toEqual([]);
    expect(await p.$('#consentry')).toBeNull();
  });

  test('a classifier that fails to load is reported with its URL; the catalogue\'s cookies are still removed on refusal', async () => {
    serveDist('nocls', ['consentry.js', 'consentry-ui.js', 'consentry-clean.js', 'consentry-store.js']);
    server.page('/', page({}, { tag: '<script src="/nocls/consentry.js"></script>' }));
    const p = await browser.page();
    await p.goto(SITE() + '/');
    await p.evaluate(() => { document.cookie = '_lfa=LF1.1; path=/; max-age=3600'; document.cookie = '_fbp=fb.1.1.1; path=/; max-age=3600'; });
    await p.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => errorsOf(p)).toEqual([`Consentry: could not load ${SITE()}/nocls/consentry-classifier.js; cookies that no service of the catalogue or config claims are not removed after a refusal`]);
    const names = await cookieNames(p.context());
    expect(names).toContain('_lfa');
    expect(names).not.toContain('_fbp');
  });

  test('a store file that fails to load is reported with its URL; a decision cannot be made, so trackers stay held', async () => {
    serveDist('nostore', ['consentry.js', 'consentry-ui.js']);
    server.page('/', page({}, { tag: '<script src="/nostore/consentry.js"></script>', head: SNIPPETS }));
    const p = await browser.page();
    await p.goto(SITE() + '/');
    const msg = `Consentry: could not load ${SITE()}/nostore/consentry-store.js; no decision can be stored on this page: trackers stay held as the stored choice says`;
    await expect.poll(() => errorsOf(p)).toEqual([msg]);
    await p.getByRole('button', { name: 'Accept all' }).click();
    // Tried again on the decision, reported again; nothing was granted.
    await expect.poll(() => errorsOf(p)).toEqual([msg, msg]);
    expect(await p.evaluate(() => (window as any).Consentry.getConsent())).toBeNull();
    await server.quiet();
    expect(server.vendorHits()).toEqual([]);
  });

  test('a late-start file that fails to load is reported with its URL; the late-start message names the trackers by their service names', async () => {
    serveDist('notitles', ['consentry.js', 'consentry-store.js']);
    server.page('/', page({ ui: { autoShow: false } }, { tag: '<script defer src="/notitles/consentry.js"></script>', head: SNIPPETS }));
    const p = await browser.page();
    await p.goto(SITE() + '/');
    await expect.poll(() => errorsOf(p).then((e) => e.length)).toBe(2);
    const errors = await errorsOf(p);
    expect(errors[0]).toBe(`Consentry: could not load ${SITE()}/notitles/consentry-late.js; the late-start message names services by their name, not their title`);
    expect(errors[1]).toContain('Consentry: started too late to hold the page back');
    expect(errors[1]).toContain('meta-pixel');
    expect(errors[1]).toContain('tiktok-pixel');
  });

  test('a clean-up file that fails to load is reported with its URL; the refusal stands and the refused tracker stays held', async () => {
    serveDist('noclean', ['consentry.js', 'consentry-ui.js', 'consentry-store.js']);
    server.page('/', page({}, { tag: '<script src="/noclean/consentry.js"></script>', head: SNIPPETS }));
    const p = await browser.page();
    await p.goto(SITE() + '/');
    await p.evaluate(() => { document.cookie = '_fbp=fb.1.1.1; path=/; max-age=3600'; });
    await p.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => errorsOf(p)).toEqual([`Consentry: could not load ${SITE()}/noclean/consentry-clean.js; cookies and storage that refused services left are not removed`]);
    expect(await p.evaluate(() => (window as any).Consentry.getConsent().method)).toBe('reject-all');
    expect(await cookieNames(p.context())).toContain('_fbp');
    await server.quiet();
    expect(server.vendorHits()).toEqual([]);
  });
});

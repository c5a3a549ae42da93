// SPEC §10: Consentry works under Trusted Types (`require-trusted-types-for 'script'`) with its own
// named policy, which the page's `trusted-types` directive lists ("consentry", or config's
// `trustedTypesPolicy`). The site's own enforcement stays whole: Consentry never turns a plain string
// of the page into trusted markup or a trusted script URL. A CSP that refuses Consentry's policy gets
// one clear error, and Consentry fails closed. (The blocking matrix has the Trusted Types cases of each
// path in four consent states: test/fixtures/blocking/cases.ts.)
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { WAIT, collectConsole, launch, startServer, type Launched, type TestServer } from './harness';

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

const TT = (names: string) => ({ 'Content-Security-Policy': `require-trusted-types-for 'script'; trusted-types ${names}` });
const HOTJAR = 'https://static.hotjar.com/c/hotjar-123.js?sv=6&log=t';
const PIXEL = 'https://bat.bing.com/action/0?ti=1&Ver=2';
/** The page's own policy `site`, and a pixel in markup it trusts, inserted once the parser is done. */
const SITE_PIXEL = `<script>var site=trustedTypes.createPolicy('site',{createHTML:function(s){return s}});
addEventListener('DOMContentLoaded',function(){document.body.insertAdjacentHTML('beforeend',site.createHTML('<img id="px" src="${PIXEL}" alt="">'))});</script>`;

/** A shop page: errors Consentry reports are collected from the start; a tagged external script, then a tagged inline one. */
const page = (config: object, lang = 'en', head = '') => `<!doctype html><html lang="${lang}"><head>
<script>window.__errors=[];addEventListener('consentry:error',function(e){__errors.push(e.detail.message)});</script>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script>${head}
<script type="text/plain" data-category="analytics" data-src="${HOTJAR}"></script>
<script type="text/plain" data-category="analytics">(window.__runs=window.__runs||[]).push('after')</script>
</head><body><h1>Shop</h1></body></html>`;

async function open(path: string) {
  const p = await browser.page();
  const log = collectConsole(p);
  await p.goto(server.origin('www.shop.test', 'https') + path);
  return { p, log };
}

/** Messages of the browser refusing a value for want of a trusted type. */
const refusals = (messages: { text: string }[]) => messages.map((m) => m.text).filter((t) => /requires 'Trusted|TrustedTypePolicy/.test(t));

/** The page's own sinks given plain strings: each must still throw a TypeError (enforcement intact). */
function plainSinks(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const t = (f: () => void) => {
      try {
        f();
        out.push('accepted');
      } catch (e) {
        out.push((e as Error).name);
      }
    };
    t(() => (document.createElement('div').innerHTML = '<b>x</b>'));
    // A tracker in the string: Consentry holds it in a copy, which it hands to the page's sink as a plain string.
    t(() => (document.createElement('div').innerHTML = '<img src="https://www.facebook.com/tr?id=1&ev=PageView" alt="">'));
    t(() => document.body.insertAdjacentHTML('beforeend', '<img src="https://bat.bing.com/action/0?ti=2" alt="">'));
    t(() => document.createRange().createContextualFragment('<script src="https://connect.facebook.net/en_US/fbevents.js"></scr' + 'ipt>'));
    t(() => (document.createElement('script').src = '/s/plain.js'));
    return out;
  });
}

test('with trusted-types consentry: the banner and its language load, Accept all releases held scripts, and plain strings still fail the page\'s sinks', async () => {
  server.page('/tt', page({ privacyPolicyUrl: '/privacy' }, 'fr'), TT('consentry'));
  const { p, log } = await open('/tt');
  // The interface chunk and the French strings (consentry-fr.js) are script URLs of Consentry's policy.
  const accept = p.getByRole('button', { name: 'Tout accepter' });
  await accept.waitFor({ state: 'visible', timeout: WAIT });
  expect(refusals(log.messages)).toEqual([]);
  // Before a choice, the page's own sinks given plain strings (trackers in them or not) still refuse them.
  expect(await plainSinks(p)).toEqual(['TypeError', 'TypeError', 'TypeError', 'TypeError', 'TypeError']);
  await accept.click();
  // The tagged external script (a script URL of Consentry's policy), then the tagged inline one (the parser's text).
  await expect.poll(() => p.evaluate('window.__runs || []'), { timeout: WAIT }).toEqual(['t', 'after']);
  expect(await p.evaluate('Consentry.getConsent().method')).toBe('accept-all');
  // After consent too, the page's own enforcement is whole.
  expect(await plainSinks(p)).toEqual(['TypeError', 'TypeError', 'TypeError', 'TypeError', 'TypeError']);
  expect(await p.evaluate('window.__errors')).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  await p.context().close();
});

test('a CSP that does not list the policy: one clear error naming trusted-types consentry, and nothing held runs or loads', async () => {
  server.page('/tt-refused', page({}, 'en', SITE_PIXEL), TT('site'));
  const { p, log } = await open('/tt-refused');
  await expect.poll(() => p.evaluate('window.__errors.length'), { timeout: WAIT }).toBeGreaterThan(0);
  await p.waitForLoadState('load');
  // The pixel in the page's trusted markup could not be held in trusted markup: it is not inserted (fail closed).
  expect(await p.evaluate('!!document.getElementById("px")')).toBe(false);
  // A decision needs the store file, a script URL of Consentry's policy: it cannot be made (fail closed).
  expect(await p.evaluate('Consentry.acceptAll().then(() => "stored", (e) => e.message)')).toContain('trusted-types consentry');
  await server.quiet();
  expect(await p.evaluate('Consentry.getConsent()')).toBeNull();
  expect(await p.evaluate('window.__runs || []')).toEqual([]);
  expect(await p.evaluate('window.__vendorRuns || []')).toEqual([]);
  expect(server.vendorHits().map((h) => h.url)).toEqual([]);
  const errors = (await p.evaluate('window.__errors')) as string[];
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('trusted-types consentry');
  expect(errors[0]).toContain('config.trustedTypesPolicy');
  expect(log.errors.filter((e) => e.includes('Consentry:'))).toHaveLength(1);
  expect(log.pageErrors).toEqual([]);
  await p.context().close();
});

test('a policy name from config (trustedTypesPolicy) is the one created, and it is enough (interface, placeholder and declaration files, released scripts)', async () => {
  const frame = '<iframe data-category="functional" data-service="youtube" data-src="https://www.youtube.com/embed/abc" title="Video"></iframe><div data-consentry-declaration></div>';
  server.page('/tt-named', page({ trustedTypesPolicy: 'shop-cmp' }, 'en', frame), TT('shop-cmp'));
  const { p, log } = await open('/tt-named');
  // The held frame's placeholder file (consentry-embed.js) is a script URL of the policy too.
  await expect.poll(() => p.evaluate('typeof window.ConsentryEmbed'), { timeout: WAIT }).toBe('object');
  // And the cookie declaration's (consentry-declaration.js), drawn into its element.
  await expect.poll(() => p.evaluate('typeof window.ConsentryDeclaration'), { timeout: WAIT }).not.toBe('undefined');
  await expect.poll(() => p.evaluate('document.querySelector("[data-consentry-declaration]").textContent.length'), { timeout: WAIT }).toBeGreaterThan(0);
  const accept = p.getByRole('button', { name: 'Accept all' });
  await accept.waitFor({ state: 'visible', timeout: WAIT });
  await accept.click();
  await expect.poll(() => p.evaluate('window.__runs || []'), { timeout: WAIT }).toEqual(['t', 'after']);
  expect(refusals(log.messages)).toEqual([]);
  expect(await p.evaluate('window.__errors')).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  await p.context().close();
});

test('a tracker URL the page set by code as a plain string is released as that string: the page\'s enforcement refuses it', async () => {
  const set = `<script>addEventListener('DOMContentLoaded',function(){var s=document.createElement('script');
try{s.src=${JSON.stringify(HOTJAR.replace('123', '456'))};document.head.appendChild(s);window.__set='held'}catch(e){window.__set=e.name}});</script>`;
  server.page('/tt-plain', page({ ui: { autoShow: false } }, 'en', set), TT('consentry'));
  const { p, log } = await open('/tt-plain');
  await p.waitForLoadState('load');
  // Before consent the script is held (Consentry keeps it in the tagged form); nothing is requested.
  expect(await p.evaluate('window.__set')).toBe('held');
  await p.evaluate('Consentry.acceptAll()');
  await expect.poll(() => p.evaluate('window.__runs || []'), { timeout: WAIT }).toEqual(['t', 'after']);
  await server.quiet();
  // Consentry's policy released the scripts the site wrote in its HTML, never the plain string: the browser refused it.
  expect(server.vendorHits().filter((h) => h.url.includes('hotjar-456'))).toEqual([]);
  expect(refusals(log.messages).some((m) => m.includes("requires 'TrustedScriptURL'"))).toBe(true);
  expect(log.pageErrors).toEqual([]);
  await p.context().close();
});

test('config.trustedTypesPolicy "default" is refused (it would run every plain string of the page through Consentry)', async () => {
  server.page('/tt-default', page({ trustedTypesPolicy: 'default' }), TT('consentry default'));
  const { p } = await open('/tt-default');
  await expect.poll(() => p.evaluate('window.__errors'), { timeout: WAIT }).toEqual([
    'Consentry: config.trustedTypesPolicy: expected a Trusted Types policy name other than "default", received "default"',
  ]);
  expect(await p.evaluate('window.__runs || []')).toEqual([]);
  await p.context().close();
});

test('TrustedHTML through outerHTML, setHTMLUnsafe and createContextualFragment is held, and an <object data> of the page\'s policy is released', async () => {
  const code = `<script>var site=trustedTypes.createPolicy('site',{createHTML:function(s){return s},createScriptURL:function(s){return s}});
addEventListener('DOMContentLoaded',function(){
  var a=document.createElement('p');document.body.appendChild(a);
  a.outerHTML=site.createHTML('<img class="px" src="https://www.facebook.com/tr?id=1&ev=A" alt="">');
  var b=document.createElement('div');document.body.appendChild(b);
  b.setHTMLUnsafe(site.createHTML('<img class="px" src="https://www.facebook.com/tr?id=1&ev=B" alt="">'));
  var r=document.createRange();r.selectNode(document.body);
  document.body.appendChild(r.createContextualFragment(site.createHTML('<img class="px" src="https://www.facebook.com/tr?id=1&ev=C" alt="">')));
  var o=document.createElement('object');o.width=1;o.height=1;o.data=site.createScriptURL('https://px.ads.linkedin.com/collect/?pid=1&fmt=gif');document.body.appendChild(o);
  window.__done=1;
});</script>`;
  server.page('/tt-markup', page({ ui: { autoShow: false } }, 'en', code), TT('consentry site'));
  const { p, log } = await open('/tt-markup');
  await expect.poll(() => p.evaluate('window.__done'), { timeout: WAIT }).toBe(1);
  await server.quiet();
  // Every image is in the page, in the held form; nothing was requested.
  expect(await p.evaluate('[...document.querySelectorAll(".px")].map((i) => !i.hasAttribute("src") && i.hasAttribute("data-src"))')).toEqual([true, true, true]);
  expect(server.vendorHits().map((h) => h.url)).toEqual([]);
  await p.evaluate('Consentry.acceptAll()');
  await expect.poll(() => server.vendorHits().filter((h) => h.host === 'www.facebook.com').length, { timeout: WAIT }).toBe(3);
  await server.waitForHit('px.ads.linkedin.com/collect', WAIT);
  expect(await p.evaluate('window.__errors')).toEqual([]);
  expect(refusals(log.messages)).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  await p.context().close();
});

test('the policy is created only when Consentry needs it: a page that holds nothing hears no error whatever its directive, until a decision needs the store file', async () => {
  const empty = `<!doctype html><html lang="en"><head>
<script>window.__errors=[];addEventListener('consentry:error',function(e){__errors.push(e.detail.message)});</script>
<script type="application/json" id="consentry-config">{"ui":{"autoShow":false}}</script>
<script src="/dist/consentry.js"></script></head><body><h1>Shop</h1></body></html>`;
  server.page('/tt-idle', empty, TT('site'));
  const { p, log } = await open('/tt-idle');
  await p.waitForLoadState('load');
  await server.quiet();
  expect(await p.evaluate('window.__errors')).toEqual([]);
  expect(refusals(log.messages)).toEqual([]);
  // The decision loads consentry-store.js, whose URL the page's directive does not let Consentry make.
  expect(await p.evaluate('Consentry.acceptAll().then(() => "stored", (e) => e.message)')).toContain('trusted-types consentry');
  expect(await p.evaluate('window.__errors.length')).toBe(1);
  await p.context().close();
});

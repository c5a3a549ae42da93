// SPEC §10: Consentry works under a strict Content-Security-Policy — scripts and styles only by
// nonce (or from the site itself), no eval, no inline style attributes — with the stylesheet
// injected under the nonce, or linked from dist/consentry.css with `ui.injectCss: false`.
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
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

const N = 'r4nd0mN0nce';
const strict = (style: string) => ({
  'Content-Security-Policy': `default-src 'self'; script-src 'nonce-${N}'; style-src ${style}; img-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'`,
});
const page = (config: object, head = '') => `<!doctype html><html lang="en"><head>
<script type="application/json" id="consentry-config" nonce="${N}">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js" nonce="${N}"></script>${head}
</head><body><h1>Shop</h1><a href="#" data-consentry-open>Cookie preferences</a></body></html>`;

async function check(path: string) {
  const p = await browser.page();
  const log = collectConsole(p);
  const violations: string[] = [];
  p.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  await p.goto(server.origin('www.shop.test', 'https') + path);
  const accept = p.getByRole('button', { name: 'Accept all' });
  await accept.waitFor({ state: 'visible', timeout: WAIT });
  // Styled: the banner is laid out by the stylesheet (fixed, not in the flow of the page).
  const position = await p.evaluate(() => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Accept all')!;
    let e: Element | null = b;
    while (e && getComputedStyle(e).position !== 'fixed') e = e.parentElement;
    return e ? 'fixed' : 'static';
  });
  await accept.click();
  const r = await p.evaluate(() => (window as any).Consentry.getConsent());
  return { position, r, violations, errors: log.pageErrors };
}

test('with the nonce option the script, the interface and its injected styles run under a strict CSP', async () => {
  server.page('/csp', page({ nonce: N, ui: { theme: 'light' } }), strict(`'nonce-${N}'`));
  const { position, r, violations, errors } = await check('/csp');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  expect(position).toBe('fixed');
  expect(r.method).toBe('accept-all');
});

test('with injectCss: false and dist/consentry.css linked, style-src needs no nonce at all', async () => {
  server.page('/csp-css', page({ nonce: N, ui: { injectCss: false } }, '<link rel="stylesheet" href="/dist/consentry.css">'), strict(`'self'`));
  const { position, r, violations, errors } = await check('/csp-css');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  expect(position).toBe('fixed');
  expect(r.method).toBe('accept-all');
});

test('without the nonce option the injected stylesheet is refused by such a policy (what the two set-ups above avoid)', async () => {
  server.page('/csp-no-nonce', page({ ui: { theme: 'light' } }), strict(`'nonce-${N}'`));
  const { violations, r } = await check('/csp-no-nonce');
  expect(violations.some((v) => /style/i.test(v))).toBe(true);
  // Unstyled, the interface still works and the choice is stored.
  expect(r.method).toBe('accept-all');
});

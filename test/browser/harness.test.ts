import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  collectConsole, cookieNames, cookies, idbDump, launch, resolverRules, runs, startServer, vendorRuns, vendorSeen,
  VENDOR_HOSTS, type Launched, type TestServer,
} from './harness';

let server: TestServer;
let browser: Launched;
let startMs = 0;

beforeAll(async () => {
  const t0 = Date.now();
  server = await startServer();
  browser = await launch(server);
  startMs = Date.now() - t0;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(() => server.next());

const GTAG = (before = '') => `<!doctype html><html lang="en"><head><title>GA</title><script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){ dataLayer.push(arguments); }
  ${before}
  gtag('js', new Date()); gtag('config', 'G-TEST');
</script><script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script></head><body>ga</body></html>`;

test('the site answers over http and https on one port, with port-less URLs and real same-site/cross-site', async () => {
  server.page('/', `<!doctype html><title>Shop</title><h1>Shop home</h1>
    <script src="https://www.shop.test/s/sub.js"></script><script src="https://other.test/s/other.js"></script>`);
  const page = await browser.page();
  for (const scheme of ['http', 'https'] as const) {
    const res = await page.goto(`${server.origin('shop.test', scheme)}/`);
    expect(res?.status()).toBe(200);
    expect(page.url()).toBe(`${scheme}://shop.test/`);
    expect(await page.textContent('h1')).toBe('Shop home');
  }
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  expect(await runs(page)).toEqual(['sub', 'other']);
  expect(server.hitsTo('shop.test').map((h) => h.url)).toEqual(['http://shop.test/', 'https://shop.test/']);
  expect(server.hitsTo('shop.test').map((h) => h.scheme)).toEqual(['http', 'https']);
  // Sec-Fetch-Site is computed by Chromium from the registrable domain: the hosts model real sites.
  expect(server.hitsTo('www.shop.test').at(-1)?.fetchSite).toBe('same-site');
  expect(server.hitsTo('other.test').at(-1)?.fetchSite).toBe('cross-site');
  expect(server.vendorHits()).toEqual([]);
  await page.context().close();
});

test('every vendor host and site host is mapped to the server, over https', async () => {
  for (const h of ['www.googletagmanager.com', 'www.google-analytics.com', 'region1.google-analytics.com', 'analytics.google.com',
    'stats.g.doubleclick.net', 'googleads.g.doubleclick.net', 'www.googleadservices.com', 'connect.facebook.net', 'www.facebook.com',
    'static.hotjar.com', 'script.hotjar.com', 'analytics.tiktok.com', 'www.youtube.com', 'www.youtube-nocookie.com', 'i.ytimg.com',
    'www.google.com', 'maps.googleapis.com', 'js.stripe.com', 'm.stripe.network', 'www.clarity.ms', 'bat.bing.com', 'cdn.matomo.cloud',
    's.pinimg.com', 'ct.pinterest.com', 'static.klaviyo.com', 'snap.licdn.com', 'px.ads.linkedin.com', 'player.vimeo.com',
    'widget.intercom.io', 'client.crisp.chat', 'static.zdassets.com', 'cdn.shopify.com']) expect(VENDOR_HOSTS).toContain(h);
  server.page('/ping', '<!doctype html><title>ping</title>');
  const page = await browser.page();
  await page.goto('https://shop.test/ping');
  const hosts = [...VENDOR_HOSTS, 'www.shop.test', 'other.test', 'deep.sub.shop.test', '127.0.0.1'];
  const failed = await page.evaluate((list) => Promise.all(list.map((h) =>
    fetch(`https://${h}/harness-ping`, { mode: 'no-cors' }).then(() => '', () => h))), hosts);
  expect(failed.filter(Boolean)).toEqual([]);
  expect(new Set(server.hitsTo('/harness-ping').map((h) => h.host))).toEqual(new Set(hosts));
  await page.context().close();
});

test('resolver rules map every host to the port, extra hosts included, and nothing else', () => {
  expect(resolverRules({ port: 4321, hosts: ['shop.test', '*.shop.test'] }, ['cdn.example.net']))
    .toBe('MAP shop.test 127.0.0.1:4321,MAP *.shop.test 127.0.0.1:4321,MAP cdn.example.net 127.0.0.1:4321,MAP * ~NOTFOUND');
  expect(server.hosts).toEqual(expect.arrayContaining([...VENDOR_HOSTS, 'shop.test', 'www.shop.test', 'other.test', '127.0.0.1']));
});

test('a GA4 stub from https://www.googletagmanager.com runs, sets _ga on .shop.test and sends one beacon', async () => {
  server.page('/ga', GTAG());
  const page = await browser.page();
  await page.goto('https://www.shop.test/ga');
  await page.waitForFunction(() => (window as { __vendorRuns?: string[] }).__vendorRuns?.length);
  expect(await vendorRuns(page)).toEqual(['www.googletagmanager.com/gtag/js']);

  const ga = (await cookies(page.context())).filter((c) => c.name.startsWith('_ga'));
  expect(ga.map((c) => [c.name, c.domain])).toEqual([['_ga', '.shop.test'], ['_ga_TEST', '.shop.test']]);
  expect(await cookieNames(page.context(), 'https://shop.test/')).toContain('_ga'); // parent domain reaches the apex

  const tag = server.hitsTo('www.googletagmanager.com');
  expect(tag).toHaveLength(1);
  expect(tag[0]).toMatchObject({ scheme: 'https', path: '/gtag/js', dest: 'script', fetchSite: 'cross-site', vendor: true });
  const beacon = await server.waitForHit('www.google-analytics.com/g/collect');
  expect(beacon.url).toContain('tid=G-TEST');
  expect(beacon.url).toContain('stub_granted=1');

  const [seen] = await vendorSeen(page);
  expect(seen).toMatchObject({ host: 'www.googletagmanager.com', service: 'ga4', granted: true });
  expect((seen.firstDataLayerEntry as unknown[])[0]).toBe('js');
  await page.context().close();
});

test('the GA4 stub honours Consent Mode: denied means a cookieless ping, an update that grants sets _ga', async () => {
  server.page('/ga-denied', GTAG("gtag('consent', 'default', { analytics_storage: 'denied', ad_storage: 'denied' });"));
  const page = await browser.page();
  await page.goto('https://shop.test/ga-denied');
  const ping = await server.waitForHit('www.google-analytics.com/g/collect');
  expect(ping.url).toContain('stub_granted=0');
  expect(ping.cookie ?? '').not.toContain('_ga');
  const [seen] = await vendorSeen(page);
  expect(seen.granted).toBe(false);
  expect(seen.firstDataLayerEntry).toEqual(['consent', 'default', { analytics_storage: 'denied', ad_storage: 'denied' }]);
  expect(await cookieNames(page.context())).not.toContain('_ga');

  await page.evaluate("gtag('consent', 'update', { analytics_storage: 'granted' })");
  await server.waitForHit((h) => h.path === '/g/collect' && h.url.includes('stub_granted=1'));
  expect(await cookieNames(page.context())).toEqual(expect.arrayContaining(['_ga', '_ga_TEST']));
  await page.context().close();
});

test('first-party and vendor scripts log their execution order; Meta sets _fbp and fires its pixel', async () => {
  server.page('/order', `<!doctype html><title>order</title>
    <script src="/s/a.js"></script>
    <script src="https://connect.facebook.net/en_US/fbevents.js?log=b"></script>
    <script src="/s/c.js"></script>`);
  const page = await browser.page();
  await page.goto('https://shop.test/order');
  expect(await runs(page)).toEqual(['a', 'b', 'c']);
  expect(await vendorRuns(page)).toEqual(['connect.facebook.net/en_US/fbevents.js']);
  const pixel = await server.waitForHit('www.facebook.com/tr');
  expect(pixel).toMatchObject({ dest: 'image', fetchSite: 'cross-site' });
  expect((await cookies(page.context())).map((c) => `${c.name}@${c.domain}`)).toContain('_fbp@.shop.test');
  await page.context().close();
  // The pixel answers like Meta's: its own cookie, SameSite=None; Secure. (Chromium 156 refuses
  // third-party cookies by default, reason "UserPreferences", so the browser does not keep it.)
  const tr = await server.fetch('https://www.facebook.com/tr?ev=PageView');
  expect(tr.headers['content-type']).toBe('image/gif');
  expect(tr.headers['set-cookie']).toContain('fr=stub; Domain=.facebook.com; Path=/; Max-Age=31536000; SameSite=None; Secure');
});

test('each vendor stub in the table runs and sets the cookies its vendor sets; loaders can chain and call back', async () => {
  const expected: Record<string, string[]> = {
    'https://static.hotjar.com/c/hotjar-123.js?sv=6': ['_hjSessionUser_123', '_hjSession_123'],
    'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C0DE&lib=ttq': ['_ttp'],
    'https://www.clarity.ms/tag/abc123': ['_clck', '_clsk'],
    'https://bat.bing.com/bat.js': ['_uetsid', '_uetvid'],
    'https://cdn.matomo.cloud/shop.matomo.cloud/matomo.js': ['_pk_id.1.c0de', '_pk_ses.1.c0de'],
    'https://s.pinimg.com/ct/core.js': ['_pin_unauth'],
    'https://snap.licdn.com/li.lms-analytics/insight.min.js': ['li_sugr'],
    'https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=PK': ['__kla_id'],
    'https://js.stripe.com/v3/': ['__stripe_mid', '__stripe_sid'],
    'https://widget.intercom.io/widget/app1': ['intercom-id-app1', 'intercom-device-id-app1'],
    'https://client.crisp.chat/l.js': ['crisp-client%2Fsession%2Fstub'],
    'https://static.zdassets.com/ekr/snippet.js?key=k': ['__zlcmid'],
    'https://cdn.shopify.com/s/trekkie.storefront.js': ['_shopify_y', '_shopify_s'],
    'https://www.google-analytics.com/analytics.js': ['_ga', '_gid'],
    'https://www.googleadservices.com/pagead/conversion_async.js': ['_gcl_au'],
    'https://maps.googleapis.com/maps/api/js?key=K&callback=initMap': [],
    'https://www.youtube.com/iframe_api': [],
    [`https://www.googletagmanager.com/gtm.js?id=GTM-X&then=${encodeURIComponent('https://connect.facebook.net/en_US/fbevents.js')}`]: ['_fbp'],
  };
  server.page('/all', `<!doctype html><title>all</title><script>
      window.initMap = () => (window.__runs ||= []).push('maps-callback');
      window.onYouTubeIframeAPIReady = () => (window.__runs ||= []).push('yt-ready');
    </script>${Object.keys(expected).map((src) => `<script src="${src.replace(/&/g, '&amp;')}"></script>`).join('')}`);
  const page = await browser.page();
  await page.goto('https://shop.test/all');
  await expect.poll(() => vendorRuns(page)).toContain('connect.facebook.net/en_US/fbevents.js');
  const ran = await vendorRuns(page);
  for (const src of Object.keys(expected)) expect(ran).toContain(new URL(src).host + new URL(src).pathname);
  const names = await cookieNames(page.context());
  for (const name of Object.values(expected).flat()) expect(names).toContain(name);
  for (const c of await cookies(page.context())) expect(c.domain).toBe('.shop.test');
  await expect.poll(() => runs(page)).toEqual(expect.arrayContaining(['maps-callback', 'yt-ready']));
  expect(await page.evaluate('sessionStorage.getItem("hjViewportId") !== null && localStorage.getItem("ZD-suid") !== null')).toBe(true);
  await page.context().close();
});

test("the Meta stub honours fbq('consent', 'revoke') until fbq('consent', 'grant')", async () => {
  server.page('/meta', `<!doctype html><title>meta</title><script>
      window.fbq = function () { fbq.queue.push(arguments); }; fbq.queue = [];
      fbq('consent', 'revoke'); fbq('init', '123'); fbq('track', 'PageView');
    </script><script src="https://connect.facebook.net/en_US/fbevents.js"></script>`);
  const page = await browser.page();
  await page.goto('https://shop.test/meta');
  const [seen] = await vendorSeen(page);
  expect(seen).toMatchObject({ service: 'meta-pixel', granted: false, queue: [['consent', 'revoke'], ['init', '123'], ['track', 'PageView']] });
  expect(await cookieNames(page.context())).toEqual([]);
  expect(server.hitsTo('www.facebook.com')).toEqual([]);
  await page.evaluate("fbq('consent', 'grant')");
  await server.waitForHit('www.facebook.com/tr');
  expect(await cookieNames(page.context())).toEqual(['_fbp']);
  await page.context().close();
});

test('embeds: a YouTube iframe gets a small document, a thumbnail a 1x1 image', async () => {
  server.page('/embed', `<!doctype html><title>embed</title>
    <iframe title="video" src="https://www.youtube.com/embed/abc123"></iframe>
    <img id="thumb" alt="" src="https://i.ytimg.com/vi/abc123/hqdefault.jpg">`);
  const page = await browser.page();
  await page.goto('https://shop.test/embed', { waitUntil: 'load' });
  const frame = page.frames().find((f) => f.url() === 'https://www.youtube.com/embed/abc123');
  expect(await frame?.textContent('[data-vendor-frame]')).toBe('www.youtube.com/embed/abc123');
  expect(await page.$eval('#thumb', (img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
  expect(server.hitsTo('www.youtube.com')[0].dest).toBe('iframe');
  await page.context().close();
});

test('an unmapped host fails to resolve and never reaches the server', async () => {
  server.page('/leak', `<!doctype html><title>leak</title><script src="https://cdn.example.net/x.js"></script><p>done</p>`);
  const page = await browser.page();
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${new URL(r.url()).host} ${r.failure()?.errorText}`));
  // Answered by the resolver rules (`MAP * ~NOTFOUND`): no lookup leaves the machine.
  await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  await expect(page.goto('http://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  await page.context().close();

  const leaky = await browser.page();
  leaky.on('requestfailed', (r) => failed.push(`${new URL(r.url()).host} ${r.failure()?.errorText}`));
  await leaky.goto('https://shop.test/leak');
  expect(await leaky.textContent('p')).toBe('done');
  expect(failed).toContain('cdn.example.net net::ERR_NAME_NOT_RESOLVED');
  expect(server.hits.map((h) => h.host)).toEqual(['shop.test']);
  await leaky.context().close();
});

test('Secure cookies from the page and the server are stored over https and refused over http', async () => {
  server.route('*', '/set-cookie', (_req, res) => {
    res.setHeader('Set-Cookie', 'srv=1; Path=/; Secure; SameSite=Lax');
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><title>c</title><script>document.cookie = 'js=1; path=/; Secure'</script>`);
  });
  const secure = await browser.page();
  await secure.goto('https://shop.test/set-cookie');
  expect((await cookies(secure.context())).map((c) => [c.name, c.domain, c.secure])).toEqual([['js', 'shop.test', true], ['srv', 'shop.test', true]]);
  await secure.context().close();

  const plain = await browser.page();
  await plain.goto('http://shop.test/set-cookie');
  expect(await cookies(plain.context())).toEqual([]);
  await plain.context().close();
});

test('/dist/ answers with no-store, a clean 404 when missing, and nothing outside dist/', async () => {
  const missing = await server.fetch('https://shop.test/dist/__missing__.js');
  expect(missing.status).toBe(404);
  expect(missing.headers['cache-control']).toBe('no-store');
  expect((await server.fetch('http://shop.test/dist/..%2fpackage.json')).status).toBe(404);
  const lib = await server.fetch('http://shop.test/dist/consentry.js');
  if (lib.status === 200) expect(lib.headers['content-type']).toBe('text/javascript; charset=utf-8');
  else expect(lib.status).toBe(404); // not built yet
  expect(server.hits.map((h) => h.url)).toEqual([
    'https://shop.test/dist/__missing__.js', 'http://shop.test/dist/..%2fpackage.json', 'http://shop.test/dist/consentry.js',
  ]);
});

test('collectConsole sees console errors and uncaught errors; idbDump reads IndexedDB', async () => {
  server.page('/noisy', `<!doctype html><title>noisy</title><script>
    console.error('boom');
    setTimeout(() => { throw new Error('uncaught!'); });
    Promise.reject(new Error('unhandled rejection'));
    const open = indexedDB.open('probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put({ a: 1, when: 'now' }, 'k');
      tx.oncomplete = () => { open.result.close(); window.stored = true; };
    };
  </script>`);
  const page = await browser.page();
  const log = collectConsole(page);
  await page.goto('https://shop.test/noisy');
  await page.waitForFunction('window.stored === true');
  await expect.poll(() => log.pageErrors.map((e) => e.message).sort()).toEqual(['uncaught!', 'unhandled rejection']);
  expect(log.errors).toContain('boom');
  expect(await idbDump(page)).toEqual({ probe: { kv: [{ key: 'k', value: { a: 1, when: 'now' } }] } });
  await page.context().close();
});

// How long they took is printed, never asserted: times depend on how busy the machine is.
test('server and browser start without an error', () => {
  console.log(`server and browser started in ${startMs} ms`);
  expect(server.errors).toEqual([]);
});

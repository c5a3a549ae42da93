// Which stand-in answers a `/vendor/<real host>/<real path>` URL. The demo pages keep each vendor's
// real host and path under `/vendor/`, so that a reader sees which vendor is called and the site
// config can name the path prefix as the service's host (`127.0.0.1/vendor/connect.facebook.net/`).

/** [service, vendor host, path pattern, kind, stand-in file]; the first match wins. */
const ROUTES = [
  ['ga4', 'www.googletagmanager.com', /^\/gtag\/js$/, 'script', 'gtag.js'],
  ['ga4', 'www.google-analytics.com', /^\/g\/collect$/, 'beacon'],
  ['meta-pixel', 'connect.facebook.net', /^\/[a-z]{2}_[A-Z]{2}\/fbevents\.js$/, 'script', 'fbevents.js'],
  ['meta-pixel', 'www.facebook.com', /^\/tr\/?$/, 'pixel'],
  ['hotjar', 'static.hotjar.com', /^\/c\/hotjar-\d+\.js$/, 'script', 'hotjar.js'],
  ['hotjar', 'in.hotjar.com', /^\/api\//, 'beacon'],
  ['tiktok-pixel', 'analytics.tiktok.com', /^\/i18n\/pixel\/events\.js$/, 'script', 'tiktok.js'],
  ['tiktok-pixel', 'analytics.tiktok.com', /^\/api\/v2\/pixel/, 'beacon'],
  ['youtube', 'www.youtube.com', /^\/embed\/[\w-]+$/, 'frame', 'youtube.html'],
  ['youtube', 'www.youtube.com', /^\/api\/stats\//, 'beacon'],
  ['google-maps', 'www.google.com', /^\/maps\/embed$/, 'frame', 'maps.html'],
  ['google-maps', 'www.google.com', /^\/maps\/vt$/, 'beacon'],
  ['crisp', 'client.crisp.chat', /^\/l\.js$/, 'script', 'crisp.js'],
  ['crisp', 'client.relay.crisp.chat', /^\//, 'beacon'],
  ['stripe', 'js.stripe.com', /^\/v3\/?$/, 'script', 'stripe.js'],
  ['stripe', 'm.stripe.com', /^\/6$/, 'beacon'],
];

/** What answers `path` (`/vendor/<host>/<rest>`): a stand-in file, a pixel, or an empty 204 beacon. */
export function vendorRoute(path) {
  const m = /^\/vendor\/([^/]+)(\/.*)?$/.exec(path);
  const vendor = m ? m[1] : '';
  const rest = (m && m[2]) || '/';
  for (const [service, h, re, kind, file] of ROUTES) {
    if (h === vendor && re.test(rest)) return { service, vendor, kind, file };
  }
  return { service: null, vendor, kind: 'beacon' };
}

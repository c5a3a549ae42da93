/**
 * Vendor stand-ins for the browser tests: what each third-party host answers when the page asks
 * it for a script, a frame or a pixel. Data only; `harness.ts` turns a row into a response.
 *
 * A stub script, whatever the vendor:
 *  - records that it ran: `window.__vendorRuns.push('<host><path>')`;
 *  - records what it found on arrival in `window.__vendorSeen` ({ host, path, service, granted,
 *    queue: copy of the vendor's command queue, firstDataLayerEntry when `window.dataLayer` exists});
 *  - if the vendor's own consent API allows it (`granted`), sets the first-party cookies and storage
 *    keys the real vendor sets from JS (cookies on the page's parent domain, like `.shop.test`) and
 *    sends one beacon to the vendor's collect endpoint (with `stub_granted=1`); otherwise it waits for
 *    a later push to its queue that grants, and with `cookielessPing` sends a beacon with `stub_granted=0`
 *    (Consent Mode "advanced" behaviour);
 *  - query parameters on the script URL: `log=<name>` also pushes `<name>` to `window.__runs`;
 *    `then=<url>` inserts `<script src=url>` afterwards (a loader that injects another tracker);
 *    `callback=<fn>` / `onload=<fn>` calls `window[fn]()` (Maps, reCAPTCHA).
 *
 * To add a vendor: append a row to `VENDORS` (and its hosts to `VENDOR_HOSTS` if they are new).
 */

/** Matches a URL pathname: a string is exact, or a prefix when it ends with '/'; a RegExp is tested. */
export type PathMatch = string | RegExp;

/** A first-party cookie the vendor's JS writes: name, value, max-age in seconds. */
export type StubCookie = [name: string, value: string, maxAge?: number];

/** What one stub script does, computed per request from the script URL. */
export interface StubPlan {
  /** First-party cookies written with `document.cookie` on the page's parent domain. */
  cookies?: StubCookie[];
  /** `localStorage` entries. */
  local?: Record<string, string>;
  /** `sessionStorage` entries. */
  session?: Record<string, string>;
  /** Absolute URL of the one collect request the script makes. */
  beacon?: string;
  /** How the beacon is sent (default `img`, a GET like a tracking pixel). */
  via?: 'img' | 'fetch' | 'beacon';
  /** JS expression (helpers below in scope): does the vendor's own consent API allow storage now? */
  granted?: string;
  /** JS expression for the vendor's command queue: snapshotted into `__vendorSeen`, and re-checked on push. */
  queue?: string;
  /** When not granted, still send the beacon once, marked `stub_granted=0` (Google's cookieless pings). */
  cookielessPing?: boolean;
  /** Extra JS run after the rest (vendor globals such as `YT`). */
  extra?: string;
}

/** One vendor: the hosts it owns and how its paths answer. */
export interface VendorSpec {
  /** Service name, as in the catalogue (e.g. `ga4`, `meta-pixel`). */
  service: string;
  hosts: string[];
  /** Paths answered with the stub script even without a `.js` suffix (`/gtag/js`, `/tag/…`). */
  scripts?: PathMatch[];
  /** Paths answered with a small HTML document (embeds). */
  frames?: PathMatch[];
  /** Paths answered with a 1×1 GIF (pixels, collect endpoints). */
  pixels?: PathMatch[];
  /** Cookies this vendor sets on its own domain from pixel and frame responses (third-party cookies). */
  thirdPartyCookies?: Record<string, string>;
  /** Stub behaviour for a script URL of this vendor. */
  plan?: (url: URL) => StubPlan;
}

const DAY = 86400;
const YEAR = 400 * DAY;
const now = () => Math.floor(Date.now() / 1000);
const rnd = () => String(Math.floor(Math.random() * 1e9) + 1e9);

/** Site hosts: `shop.test` and `www.shop.test` are one site, `other.test` is another. */
export const SITE_HOSTS: readonly string[] = ['shop.test', 'www.shop.test', 'other.test', '127.0.0.1'];

/** Patterns also mapped to the site (subdomains for cookie-domain tests). */
export const SITE_PATTERNS: readonly string[] = ['*.shop.test', '*.other.test'];

/** Every third-party host the browser may reach; all of them are answered by the stubs below. */
export const VENDOR_HOSTS: readonly string[] = [
  // Google: tag manager, analytics, ads, embeds
  'www.googletagmanager.com', 'www.google-analytics.com', 'ssl.google-analytics.com',
  'region1.google-analytics.com', 'analytics.google.com', 'stats.g.doubleclick.net',
  'googleads.g.doubleclick.net', 'ad.doubleclick.net', 'td.doubleclick.net', 'static.doubleclick.net',
  'securepubads.g.doubleclick.net', 'pagead2.googlesyndication.com', 'tpc.googlesyndication.com',
  'www.googleadservices.com', 'www.google.com', 'maps.google.com', 'maps.googleapis.com',
  'maps.gstatic.com', 'www.gstatic.com', 'fonts.googleapis.com', 'fonts.gstatic.com',
  'www.youtube.com', 'www.youtube-nocookie.com', 'i.ytimg.com', 's.ytimg.com',
  // Meta
  'connect.facebook.net', 'www.facebook.com', 'facebook.com',
  // Analytics and session replay
  'static.hotjar.com', 'script.hotjar.com', 'vars.hotjar.com', 'in.hotjar.com',
  'www.clarity.ms', 'scripts.clarity.ms', 'q.clarity.ms', 'cdn.matomo.cloud',
  'js-agent.newrelic.com', 'bam.nr-data.net',
  // Advertising
  'analytics.tiktok.com', 'bat.bing.com', 's.pinimg.com', 'ct.pinterest.com',
  'snap.licdn.com', 'px.ads.linkedin.com',
  'static.klaviyo.com', 'static-tracking.klaviyo.com', 'a.klaviyo.com',
  'sibautomation.com', 'cdn.brevo.com',
  // Payments, chat, embeds, platforms
  'js.stripe.com', 'm.stripe.network', 'm.stripe.com', 'api.stripe.com',
  'player.vimeo.com', 'i.vimeocdn.com',
  'widget.intercom.io', 'api-iam.intercom.io', 'client.crisp.chat',
  'static.zdassets.com', 'ekr.zdassets.com',
  'cdn.shopify.com', 'monorail-edge.shopifysvc.com',
];

/** Client-side helpers every stub has in scope (`w` = window, `d` = document). */
export const STUB_PRELUDE = `var w=window,d=document;
function copy(x){try{return x===undefined?null:JSON.parse(JSON.stringify(x,function(k,v){return v&&typeof v==='object'&&Object.prototype.toString.call(v)==='[object Arguments]'?Array.prototype.slice.call(v):v}))}catch(e){return String(e)}}
function gcm(k){var s,q=w.dataLayer||[];for(var i=0;i<q.length;i++){var e=q[i];if(e&&e[0]==='consent'&&(e[1]==='default'||e[1]==='update')&&e[2]&&k in e[2])s=e[2][k]}return s!=='denied'}
function last(q,names){var r;if(q&&q.length)for(var i=0;i<q.length;i++){var e=q[i];if(e&&names.indexOf(e[0])>=0)r=e}return r}
function flat(q,k){var s;if(q&&q.length)for(var i=0;i+2<q.length;i++)if(q[i]==='consent'&&q[i+2]&&typeof q[i+2]==='object'&&k in q[i+2])s=q[i+2][k];return s!=='denied'}`;

const gtagGranted = (id: string) => (id.startsWith('AW-') || id.startsWith('DC-') ? "gcm('ad_storage')" : "gcm('analytics_storage')");

/** The vendor table. First row whose host and path match wins; otherwise the first row for the host. */
export const VENDORS: VendorSpec[] = [
  {
    service: 'ga4',
    hosts: ['www.googletagmanager.com'],
    scripts: ['/gtag/js'],
    plan: (u) => {
      const id = u.searchParams.get('id') ?? '';
      const base = { queue: 'w.dataLayer', granted: gtagGranted(id), cookielessPing: true };
      if (id.startsWith('AW-') || id.startsWith('DC-'))
        return { ...base, cookies: [['_gcl_au', `1.1.${rnd()}.${now()}`, 90 * DAY]], beacon: `https://googleads.g.doubleclick.net/pagead/viewthroughconversion/${id.slice(3)}/?gtag=1` };
      const cookies: StubCookie[] = [['_ga', `GA1.1.${rnd()}.${now()}`, YEAR]];
      if (id.includes('-')) cookies.push([`_ga_${id.slice(id.indexOf('-') + 1)}`, `GS1.1.${now()}.1.0.${now()}.0.0.0`, YEAR]);
      return { ...base, cookies, beacon: `https://www.google-analytics.com/g/collect?v=2&tid=${encodeURIComponent(id)}&en=page_view`, via: 'beacon' };
    },
  },
  { service: 'gtm', hosts: ['www.googletagmanager.com'], scripts: ['/gtm.js'], frames: ['/ns.html'], plan: () => ({ queue: 'w.dataLayer' }) },
  {
    service: 'google-analytics-universal',
    hosts: ['www.google-analytics.com', 'ssl.google-analytics.com'],
    scripts: ['/analytics.js', '/ga.js'],
    pixels: ['/collect', '/g/collect', '/j/collect', '/r/collect', '/__utm.gif'],
    plan: () => ({
      cookies: [['_ga', `GA1.1.${rnd()}.${now()}`, YEAR], ['_gid', `GA1.1.${rnd()}.${now()}`, DAY]],
      beacon: 'https://www.google-analytics.com/collect?v=1&t=pageview', granted: "gcm('analytics_storage')", queue: 'w.ga&&w.ga.q', cookielessPing: true,
    }),
  },
  { service: 'ga4', hosts: ['region1.google-analytics.com', 'analytics.google.com', 'stats.g.doubleclick.net'], pixels: ['/g/collect', '/j/collect', '/collect'], thirdPartyCookies: { IDE: 'stub' } },
  {
    service: 'google-ads',
    hosts: ['www.googleadservices.com', 'googleads.g.doubleclick.net', 'ad.doubleclick.net', 'td.doubleclick.net', 'securepubads.g.doubleclick.net', 'pagead2.googlesyndication.com'],
    scripts: ['/pagead/conversion.js', '/pagead/conversion_async.js', '/tag/js/gpt.js', '/pagead/js/adsbygoogle.js'],
    pixels: ['/pagead/viewthroughconversion/', '/pagead/conversion/', /^\/activity/, '/td/'],
    thirdPartyCookies: { IDE: 'stub', test_cookie: 'CheckForPermission' },
    plan: () => ({ cookies: [['_gcl_au', `1.1.${rnd()}.${now()}`, 90 * DAY]], beacon: 'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/0/?stub=1', granted: "gcm('ad_storage')", queue: 'w.dataLayer', cookielessPing: true }),
  },
  {
    service: 'recaptcha',
    hosts: ['www.google.com'],
    scripts: ['/recaptcha/api.js', '/recaptcha/enterprise.js'],
    frames: ['/recaptcha/api2/anchor', '/recaptcha/enterprise/anchor'],
    thirdPartyCookies: { NID: 'stub' },
    plan: () => ({ extra: 'w.grecaptcha=w.grecaptcha||{ready:function(f){setTimeout(f)},execute:function(){return Promise.resolve("stub-token")}};' }),
  },
  { service: 'google-maps', hosts: ['www.google.com', 'maps.google.com'], frames: ['/maps/embed', '/maps'], pixels: ['/pagead/1p-user-list/', '/ccm/collect'], thirdPartyCookies: { NID: 'stub', AEC: 'stub' } },
  { service: 'google-maps', hosts: ['maps.googleapis.com', 'maps.gstatic.com'], scripts: ['/maps/api/js'], plan: () => ({ extra: 'w.google=w.google||{};w.google.maps=w.google.maps||{stub:true};' }) },
  {
    service: 'meta-pixel',
    hosts: ['connect.facebook.net'],
    scripts: [/^\/[a-z]{2}_[A-Z]{2}\/fbevents\.js$/, '/signals/config/', /^\/[a-z]{2}_[A-Z]{2}\/sdk\.js$/],
    plan: () => ({
      cookies: [['_fbp', `fb.1.${Date.now()}.${rnd()}`, 90 * DAY]],
      beacon: 'https://www.facebook.com/tr?ev=PageView&noscript=0',
      granted: "(function(c){return !c||c[1]!=='revoke'})(last(w.fbq&&w.fbq.queue,['consent']))",
      queue: 'w.fbq&&w.fbq.queue',
    }),
  },
  { service: 'meta-pixel', hosts: ['www.facebook.com', 'facebook.com'], pixels: ['/tr', '/tr/'], frames: ['/plugins/'], thirdPartyCookies: { fr: 'stub', datr: 'stub' } },
  {
    service: 'hotjar',
    hosts: ['static.hotjar.com', 'script.hotjar.com', 'vars.hotjar.com', 'in.hotjar.com'],
    scripts: ['/c/'],
    frames: ['/box-'],
    pixels: ['/api/'],
    plan: (u) => {
      const id = /hotjar-(\d+)/.exec(u.pathname)?.[1];
      if (!id) return {}; // module chunks loaded by the loader: run, set nothing
      return {
        cookies: [[`_hjSessionUser_${id}`, btoa(`{"id":"${rnd()}","created":${Date.now()},"existing":false}`), YEAR], [`_hjSession_${id}`, btoa(`{"id":"${rnd()}","c":${Date.now()}}`), 1800]],
        session: { hjViewportId: rnd() },
        beacon: `https://in.hotjar.com/api/v2/client/sites/${id}/visit-data?sv=7`, via: 'beacon', queue: 'w.hj&&w.hj.q',
      };
    },
  },
  {
    service: 'tiktok-pixel',
    hosts: ['analytics.tiktok.com'],
    scripts: ['/i18n/pixel/'],
    pixels: ['/api/v2/pixel', '/api/v2/pixel/'],
    thirdPartyCookies: { ttwid: 'stub' },
    plan: (u) => ({
      cookies: [['_ttp', `${rnd()}${rnd()}`, YEAR], ['_tt_enable_cookie', '1', YEAR]],
      session: { tt_sessionId: rnd(), tt_appInfo: '{"stub":true}' },
      beacon: `https://analytics.tiktok.com/api/v2/pixel?sdkid=${u.searchParams.get('sdkid') ?? ''}&event=Pageview`, via: 'beacon',
      granted: "(function(c){return !c||c[0]==='grantConsent'})(last(w.ttq,['holdConsent','revokeConsent','grantConsent']))",
      queue: 'w.ttq',
    }),
  },
  {
    service: 'clarity',
    hosts: ['www.clarity.ms', 'scripts.clarity.ms', 'q.clarity.ms'],
    scripts: ['/tag/', '/s/'],
    pixels: ['/collect'],
    thirdPartyCookies: { MUID: 'stub' },
    plan: (u) => (u.pathname.startsWith('/tag/') ? {
      cookies: [['_clck', `${rnd()}|2|f|0|0`, YEAR], ['_clsk', `${rnd()}|${Date.now()}|1|1|q.clarity.ms/collect`, DAY]],
      beacon: 'https://q.clarity.ms/collect', via: 'beacon',
      granted: "(function(c){return !c||(c[0]==='consent'?c[1]!==false:!(c[1]&&c[1].analytics_Storage==='denied'))})(last(w.clarity&&w.clarity.q,['consent','consentv2']))",
      queue: 'w.clarity&&w.clarity.q',
    } : {}),
  },
  {
    service: 'microsoft-uet',
    hosts: ['bat.bing.com'],
    scripts: ['/bat.js'],
    pixels: ['/action/'],
    thirdPartyCookies: { MUID: 'stub' },
    plan: () => ({
      cookies: [['_uetsid', `${rnd()}${rnd()}`, DAY], ['_uetvid', `${rnd()}${rnd()}`, 390 * DAY]],
      beacon: 'https://bat.bing.com/action/0?evt=pageLoad', granted: "flat(w.uetq,'ad_storage')", queue: 'w.uetq',
    }),
  },
  {
    service: 'matomo',
    hosts: ['cdn.matomo.cloud'],
    scripts: [/\/matomo\.js$/],
    pixels: [/\/matomo\.php$/],
    plan: () => ({
      cookies: [['_pk_id.1.c0de', `${rnd()}.${now()}.`, 393 * DAY], ['_pk_ses.1.c0de', '1', 1800]],
      beacon: 'https://cdn.matomo.cloud/matomo.php?idsite=1&rec=1',
      granted: "(function(c){return !c||/^(set|remember)/.test(c[0])})(last(w._paq,['requireConsent','requireCookieConsent','setConsentGiven','rememberConsentGiven','setCookieConsentGiven','rememberCookieConsentGiven','forgetConsentGiven','forgetCookieConsentGiven']))",
      queue: 'w._paq',
    }),
  },
  {
    service: 'pinterest-tag',
    hosts: ['s.pinimg.com', 'ct.pinterest.com'],
    scripts: ['/ct/'],
    pixels: ['/v3/', '/v3', '/user/'],
    thirdPartyCookies: { _pinterest_ct_ua: 'stub' },
    plan: (u) => (u.pathname === '/ct/core.js' ? {
      cookies: [['_pin_unauth', btoa(rnd()), YEAR]],
      beacon: 'https://ct.pinterest.com/v3/?event=init',
      granted: "(function(c){return !c||c[1]!==false})(last(w.pintrk&&w.pintrk.queue,['setconsent']))",
      queue: 'w.pintrk&&w.pintrk.queue',
    } : {}),
  },
  {
    service: 'linkedin-insight',
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
    scripts: ['/li.lms-analytics/'],
    pixels: ['/collect', '/collect/', '/attribution_trigger'],
    thirdPartyCookies: { lidc: 'stub', bcookie: 'stub' },
    plan: () => ({ cookies: [['li_sugr', rnd(), 90 * DAY]], beacon: 'https://px.ads.linkedin.com/collect/?fmt=gif', queue: 'w._linkedin_data_partner_ids' }),
  },
  {
    service: 'klaviyo',
    hosts: ['static.klaviyo.com', 'static-tracking.klaviyo.com', 'a.klaviyo.com'],
    scripts: ['/onsite/js/'],
    pixels: ['/client/', '/api/'],
    plan: () => ({
      cookies: [['__kla_id', btoa(`{"cid":"${rnd()}"}`), 2 * 365 * DAY]],
      local: { __kla_viewed: '[]' },
      beacon: 'https://a.klaviyo.com/client/events/', via: 'beacon',
      granted: "!/(^|;\\s*)__kla_off=/.test(d.cookie)", queue: 'w._learnq',
    }),
  },
  {
    service: 'youtube',
    hosts: ['www.youtube.com', 'www.youtube-nocookie.com', 'i.ytimg.com', 's.ytimg.com'],
    scripts: ['/iframe_api', '/player_api'],
    frames: ['/embed/'],
    pixels: ['/vi/', '/vi_webp/', '/api/stats/'],
    thirdPartyCookies: { YSC: 'stub', VISITOR_INFO1_LIVE: 'stub' },
    plan: () => ({ extra: "w.YT=w.YT||{loaded:1,Player:function(){}};if(typeof w.onYouTubeIframeAPIReady==='function')setTimeout(w.onYouTubeIframeAPIReady);" }),
  },
  { service: 'vimeo', hosts: ['player.vimeo.com', 'i.vimeocdn.com'], frames: ['/video/'], scripts: ['/api/player.js'], pixels: ['/video/'], thirdPartyCookies: { vuid: 'stub' } },
  {
    service: 'stripe',
    hosts: ['js.stripe.com', 'm.stripe.network', 'm.stripe.com', 'api.stripe.com'],
    scripts: ['/v3/', '/v3', /^\/[a-z]+\/stripe\.js$/],
    frames: ['/inner.html', /^\/v3\/.*\.html$/],
    pixels: ['/6'],
    thirdPartyCookies: { m: 'stub' },
    // With ?advancedFraudSignals=false Stripe.js sets no cookies.
    plan: (u) => (u.searchParams.get('advancedFraudSignals') === 'false' ? {} : {
      cookies: [['__stripe_mid', `${rnd()}`, YEAR], ['__stripe_sid', `${rnd()}`, 1800]],
      beacon: 'https://m.stripe.com/6', via: 'beacon',
      extra: 'w.Stripe=w.Stripe||function(){return{stub:true}};',
    }),
  },
  {
    service: 'intercom',
    hosts: ['widget.intercom.io', 'api-iam.intercom.io'],
    scripts: ['/widget/'],
    plan: (u) => {
      const app = u.pathname.split('/')[2] || 'app';
      return {
        cookies: [[`intercom-id-${app}`, rnd(), 270 * DAY], [`intercom-session-${app}`, rnd(), 7 * DAY], [`intercom-device-id-${app}`, rnd(), 270 * DAY]],
        beacon: 'https://api-iam.intercom.io/messenger/web/ping', via: 'beacon', queue: 'w.Intercom&&w.Intercom.q',
      };
    },
  },
  {
    service: 'crisp',
    hosts: ['client.crisp.chat'],
    scripts: ['/l.js'],
    plan: () => ({ cookies: [['crisp-client%2Fsession%2Fstub', `session_${rnd()}`, 182 * DAY]], queue: 'w.$crisp' }),
  },
  {
    service: 'zendesk',
    hosts: ['static.zdassets.com', 'ekr.zdassets.com'],
    scripts: ['/ekr/snippet.js'],
    pixels: ['/compose/'],
    plan: (u) => ({ cookies: [['__zlcmid', rnd(), YEAR]], local: { 'ZD-suid': rnd(), 'ZD-buid': rnd() }, beacon: `https://ekr.zdassets.com/compose/${u.searchParams.get('key') ?? ''}`, via: 'fetch' }),
  },
  {
    service: 'shopify',
    hosts: ['cdn.shopify.com', 'monorail-edge.shopifysvc.com'],
    pixels: ['/v1/produce', '/unstable/produce_batch'],
    plan: () => ({ cookies: [['_shopify_y', rnd(), YEAR], ['_shopify_s', rnd(), 1800]], beacon: 'https://monorail-edge.shopifysvc.com/v1/produce', via: 'beacon' }),
  },
];

/** True when `path` matches one of `list`. */
export function matches(list: PathMatch[] | undefined, path: string): boolean {
  if (!list) return false;
  for (const m of list) {
    if (typeof m === 'string' ? (m.endsWith('/') ? path.startsWith(m) : path === m) : m.test(path)) return true;
  }
  return false;
}

/** The body of a stub script for `url` (the full request URL, scheme and host included). */
export function stubScript(url: URL, spec: VendorSpec | undefined): string {
  const plan: StubPlan = spec?.plan?.(url) ?? {};
  const q = url.searchParams;
  const j = JSON.stringify;
  const lines = [
    '(function(){', STUB_PRELUDE,
    `var src=${j(url.host + url.pathname)};(w.__vendorRuns=w.__vendorRuns||[]).push(src);`,
  ];
  if (q.get('log') !== null) lines.push(`(w.__runs=w.__runs||[]).push(${j(q.get('log'))});`);
  lines.push(
    `function granted(){try{return !!(${plan.granted ?? 'true'})}catch(e){return true}}`,
    `function queue(){try{return ${plan.queue ?? 'undefined'}}catch(e){}}`,
    `var seen={host:${j(url.host)},path:${j(url.pathname)},service:${j(spec?.service ?? 'unknown')},granted:granted(),queue:copy(queue())};`,
    "if(w.dataLayer)seen.firstDataLayerEntry=copy(w.dataLayer[0]);",
    '(w.__vendorSeen=w.__vendorSeen||[]).push(seen);',
    `var B=${j(plan.beacon ?? '')},V=${j(plan.via ?? 'img')};`,
    "function send(g){if(!B)return;var u=B+(B.indexOf('?')<0?'?':'&')+'stub_granted='+(g?1:0);",
    "if(V==='beacon'&&navigator.sendBeacon)navigator.sendBeacon(u);",
    "else if(V==='fetch')fetch(u,{mode:'no-cors',credentials:'include',keepalive:true}).catch(function(){});",
    "else{var i=new Image();(w.__stubImages=w.__stubImages||[]).push(i);i.src=u}}",
    "var n=location.hostname,dom=(!n||/^[\\d.]+$/.test(n)||n.indexOf('.')<0)?'':';domain=.'+n.split('.').slice(-2).join('.');",
    `var C=${j(plan.cookies ?? [])},L=${j(plan.local ?? {})},S=${j(plan.session ?? {})};`,
    'var done=false,pinged=false;',
    'function fire(){if(done)return;if(!granted()){',
    `if(${plan.cookielessPing ? 'true' : 'false'}&&!pinged){pinged=true;send(false)}return}`,
    "done=true;for(var i=0;i<C.length;i++)d.cookie=C[i][0]+'='+C[i][1]+dom+';path=/'+(C[i][2]?';max-age='+C[i][2]:'');",
    'try{for(var k in L)localStorage.setItem(k,L[k]);for(var s in S)sessionStorage.setItem(s,S[s])}catch(e){}',
    'send(true)}',
    'fire();',
    // Re-check consent whenever the site pushes to the vendor's queue (e.g. gtag('consent','update',…)).
    "var qq=queue();if(!done&&qq&&typeof qq.push==='function'){var op=qq.push;qq.push=function(){var r=op.apply(this,arguments);fire();return r}}",
  );
  if (plan.extra) lines.push(plan.extra);
  const cb = q.get('callback') ?? q.get('onload');
  if (cb) lines.push(`setTimeout(function(){var f=w[${j(cb)}];if(typeof f==='function')f()});`);
  const then = q.get('then');
  if (then) lines.push(`var t=d.createElement('script');t.src=${j(then)};(d.head||d.documentElement).appendChild(t);`);
  lines.push('})();');
  return lines.join('\n');
}

/** A small HTML document for a vendor frame. */
export function stubFrame(url: URL, spec: VendorSpec | undefined): string {
  const label = `${url.host}${url.pathname}`.replace(/[<>&"]/g, '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${spec?.service ?? 'vendor'} frame</title></head>`
    + `<body><p data-vendor-frame="${label}">${label}</p><script>(window.__vendorRuns=window.__vendorRuns||[]).push(${JSON.stringify(label)})</script></body></html>`;
}

/** A transparent 1×1 GIF. */
export const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '../../src/catalogue/full';
import { CATALOGUE as FIRST } from '../../src/catalogue/index';
import { titles } from '../../src/catalogue/titles';
import { stored } from '../../src/catalogue/details';
import { classifyCookie, classifyCookies } from '../../src/catalogue/classifier';
import { UNKNOWN_VENDORS, VENDOR_TABLES, VENDORS } from '../../src/catalogue/vendors';
import { buildClassifierData, CSV, OUT, README, parseCsv } from '../../tools/catalogue/build-classifier.mjs';

// Paths from the repository root (node's URL, not the test DOM's).
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

interface RefCookie { name: string; prefix?: string }
interface RefService { name: string; category: string; hosts: string[]; cookies: RefCookie[] }

const REFERENCE: RefService[] = JSON.parse(read('data/services.json'));

/** The services a vendor table (`vendor|url|services` lines) names, in order. */
const tableServices = (table: string) => table.split('\n').flatMap((l) => l.split('|')[2].split(' '));

/** services.json entry (by the start of its name) → catalogue services, the first one holding its category. */
const MAPPING: [string, string[]][] = [
  ['Google Analytics 4', ['ga4']],
  ['Google Analytics Universal', ['ga-universal']],
  ['Google Tag Manager', ['gtm']],
  ['Google Ads', ['google-ads']],
  ['Meta (Facebook) Pixel', ['meta-pixel']],
  ['Brevo (ex-Sendinblue)', ['brevo']],
  ['Brevo Conversations', ['brevo-chat']],
  ['Zendesk', ['zendesk']],
  ['Stripe', ['stripe']],
  ['New Relic', ['new-relic']],
  ['Salesforce Marketing Cloud', ['salesforce-mc']],
  ['Salesforce Commerce Cloud', ['salesforce-cc', 'salesforce-einstein']],
  ['Hotjar', ['hotjar']],
  ['TikTok Pixel', ['tiktok-pixel']],
  ['Pinterest', ['pinterest']],
  ['Klaviyo', ['klaviyo']],
  ['YouTube', ['youtube']],
  ['Google Maps', ['google-maps']],
  ['Shopify', ['shopify', 'shopify-analytics']],
  ['Firebase', ['firebase']],
];

const VENDOR_DOMAIN = 'set on the vendor\'s own domain: out of the page\'s reach, and a site cookie of that name would be deleted instead';

/**
 * Reference services the catalogue files under another purpose, by decision (the reason is in the
 * notes of src/catalogue/index.ts): external media are functional, as the default texts say.
 */
const FILED: Record<string, string> = { YouTube: 'functional' };

/** Reference hosts and cookies the catalogue leaves out on purpose, with the reason. */
const LEFT_OUT: Record<string, Record<string, string>> = {
  'Google Analytics 4': {
    'stats.g.doubleclick.net': "google-ads: GA's advertising features, refused with advertising",
  },
  'Google Analytics Universal': { 'stats.g.doubleclick.net': 'google-ads, as for ga4' },
  'Google Ads': {
    IDE: VENDOR_DOMAIN, test_cookie: VENDOR_DOMAIN, DSID: VENDOR_DOMAIN, ar_debug: VENDOR_DOMAIN, NID: VENDOR_DOMAIN,
  },
  'Meta (Facebook) Pixel': {
    'facebook.com': 'only www.facebook.com/tr is the pixel; the rest is facebook.com itself',
    fr: VENDOR_DOMAIN, datr: VENDOR_DOMAIN,
  },
  Stripe: {
    'hcaptcha.com': "hCaptcha, not Stripe's own host; necessary, so listing it would block nothing",
    m: VENDOR_DOMAIN,
  },
  'New Relic': { JSESSIONID: "the site's own Java session: deleting it would sign visitors out" },
  'Salesforce Marketing Cloud': { 'pi_opt_in<accountId>': 'the visitor\'s opt-in/opt-out record: refusing must not delete it' },
  'Salesforce Commerce Cloud': { '<shop domain>': "the shop's own domain" },
  'TikTok Pixel': { 'analytics-ipv6.tiktokw.us': 'unverified in the reference data', ttwid: VENDOR_DOMAIN, msToken: VENDOR_DOMAIN },
  Klaviyo: { __kla_off: 'an opt-out flag: refusing Klaviyo must not delete it' },
  YouTube: {
    'jnn-pa.googleapis.com': 'requested from inside the YouTube iframe only; not confirmed YouTube-only',
    'play.google.com': 'also serves Google Play badges; requested from inside the iframe only',
    'static.doubleclick.net': 'google-ads (doubleclick.net)',
    'googleads.g.doubleclick.net': 'google-ads (doubleclick.net)',
    YSC: VENDOR_DOMAIN, VISITOR_INFO1_LIVE: VENDOR_DOMAIN, VISITOR_PRIVACY_METADATA: VENDOR_DOMAIN,
    '__Secure-ROLLOUT_TOKEN': VENDOR_DOMAIN, PREF: VENDOR_DOMAIN,
  },
  'Google Maps': {
    'fonts.googleapis.com': 'Google Fonts, used by sites without any map',
    'fonts.gstatic.com': 'Google Fonts, used by sites without any map',
    NID: VENDOR_DOMAIN, AEC: VENDOR_DOMAIN, SOCS: VENDOR_DOMAIN, '__Secure-ENID': VENDOR_DOMAIN,
  },
  Firebase: {
    'www.gstatic.com': 'also serves Firebase Auth and Firestore, and reCAPTCHA',
    'www.googletagmanager.com': 'ga4 (/gtag/): Firebase Analytics loads gtag.js',
    'region1.google-analytics.com': 'ga4',
    'firebaseremoteconfig.googleapis.com': 'feature flags, not measurement',
  },
};

/** Storage keys from the reference data's notes that the page sees (YouTube's live in its iframe's origin). */
const STORAGE: Record<string, string[]> = {
  'google-ads': ['_gcl_ls'],
  zendesk: ['ZD-suid', 'ZD-buid', 'ZD-store', 'ZD-settings', 'ZD-widgetOpen', 'ZD-launcherLabelRemoved'],
  'new-relic': ['NRBA_SESSION'],
  'tiktok-pixel': ['tt_appInfo', 'tt_sessionId', 'tt_pixel_session_index'],
  hotjar: ['hjViewportId'],
  klaviyo: ['klaviyoOnsite', 'klaviyoPagesVisitCount'],
};

interface Pattern { host: string; path: string; service: string; raw: string }

function pattern(raw: string, service = ''): Pattern {
  const s = raw.replace(/^\*\./, '');
  const i = s.indexOf('/');
  return i < 0 ? { host: s, path: '', service, raw } : { host: s.slice(0, i), path: s.slice(i), service, raw };
}

/** Whether pattern `a` matches every URL pattern `b` matches (the blocking semantics of SPEC §5). */
function covers(a: Pattern, b: Pattern): boolean {
  if (a.path) return a.host === b.host && b.path.startsWith(a.path);
  return b.host === a.host || b.host.endsWith('.' + a.host);
}

/** Whether a cookie pattern (`_ga_*`) matches a name, or every name of a prefix. */
function matches(p: string, name: string, prefix = false): boolean {
  if (p.endsWith('*')) return name.startsWith(p.slice(0, -1));
  return !prefix && p === name;
}

const NAMES = Object.keys(CATALOGUE);
const ALL: Pattern[] = NAMES.flatMap((n) => (CATALOGUE[n].hosts || []).map((h) => pattern(h, n)));

describe('catalogue', () => {
  test('holds at least 80 services, named in kebab-case, in the four default categories', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(80);
    for (const n of NAMES) {
      const s = CATALOGUE[n];
      expect(n).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(['necessary', 'functional', 'analytics', 'advertising']).toContain(s.category);
      expect(typeof s.title == 'string' && s.title.length > 1, n).toBe(true);
      expect(s.description, n).toBeUndefined();
      if (s.lifetime !== undefined) expect(s.lifetime, n).toMatch(/^(session|\d+ (second|minute|hour|day|week|month|year)s?)$/);
      for (const k of ['hosts', 'cookies', 'storage'] as const) {
        const list = s[k];
        if (list === undefined) continue;
        expect(list.length, `${n}.${k}`).toBeGreaterThan(0);
        expect(new Set(list).size, `${n}.${k} has duplicates`).toBe(list.length);
        for (const v of list) expect(v, `${n}.${k}`).toMatch(/^\S+$/);
      }
      for (const c of s.cookies || []) expect(c.replace(/\*$/, '').length, `${n}: ${c}`).toBeGreaterThanOrEqual(3);
      expect(s.hosts || s.cookies, `${n} has neither hosts nor cookies`).toBeTruthy();
    }
  });

  test('the first stage\'s part, the titles and the cookies name the same services in the same order', () => {
    const names = Object.keys(FIRST);
    expect(Object.keys(titles())).toEqual(names);
    const withStore = Object.keys(stored());
    expect(withStore).toEqual(names.filter((n) => withStore.includes(n)));
    for (const n of names) expect(Object.keys(FIRST[n]).every((k) => k === 'category' || k === 'hosts'), n).toBe(true);
    for (const [n, [cookies, storage]] of Object.entries(stored())) expect(cookies.length + storage.length, n).toBeGreaterThan(0);
  });

  test('titles a service from its name when no title is given', () => {
    expect(CATALOGUE['lucky-orange'].title).toBe('Lucky Orange');
    expect(CATALOGUE.hotjar.title).toBe('Hotjar');
    expect(CATALOGUE.ga4.title).toBe('Google Analytics 4');
  });

  test('writes hosts as host, *.host or host/path', () => {
    for (const p of ALL) {
      expect(p.raw, p.service).toMatch(/^(\*\.)?([a-z0-9-]+\.)+[a-z0-9]{2,}(\/\S*)?$/);
    }
  });

  test('two services never claim the same URLs', () => {
    const clashes: string[] = [];
    for (const a of ALL) {
      for (const b of ALL) {
        if (a.service !== b.service && covers(a, b)) clashes.push(`${a.service} ${a.raw} ⊇ ${b.service} ${b.raw}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('no bare host of a shared Google, Meta or CDN domain, so the site itself is never held back', () => {
    const shared = [
      'www.google.com', 'google.com', 'www.gstatic.com', 'gstatic.com', 'googleapis.com', 'fonts.googleapis.com',
      'fonts.gstatic.com', 'www.googletagmanager.com', 'www.google-analytics.com', 'www.facebook.com', 'facebook.com',
      'amazonaws.com', 's3.amazonaws.com', 'cloudfront.net', 'cloudflare.com', 'cdnjs.cloudflare.com', 'jsdelivr.net',
      'unpkg.com', 'twitter.com', 'x.com', 'tiktok.com', 'www.tiktok.com', 'linkedin.com', 'bing.com',
    ].map((h) => pattern(h));
    for (const p of ALL) for (const h of shared) expect(covers(p, h), `${p.service} ${p.raw} holds back ${h.host}`).toBe(false);
    // The one-vendor paths on those hosts do belong to their services.
    const owner = (url: string) => ALL.find((p) => covers(p, pattern(url)))?.service;
    expect(owner('www.googletagmanager.com/gtag/js')).toBe('ga4');
    expect(owner('www.googletagmanager.com/gtm.js')).toBe('gtm');
    expect(owner('www.google.com/maps/embed')).toBe('google-maps');
    expect(owner('www.google.com/recaptcha/api.js')).toBe('recaptcha');
    expect(owner('www.facebook.com/tr')).toBe('meta-pixel');
    expect(owner('www.facebook.com/plugins/page.php')).toBe('facebook');
    expect(owner('fonts.googleapis.com/css2')).toBeUndefined();
    expect(owner('www.google.com/search')).toBeUndefined();
  });

  test('holds every service of services.json with its category, hosts and cookies', () => {
    expect(REFERENCE.length).toBe(MAPPING.length);
    for (const ref of REFERENCE) {
      const m = MAPPING.find(([start]) => ref.name.startsWith(start));
      expect(m, ref.name).toBeTruthy();
      const [key, ids] = m!;
      const left = LEFT_OUT[key] || {};
      const services = ids.map((id) => CATALOGUE[id]);
      expect(services.every(Boolean), ref.name).toBe(true);
      expect(services[0].category, ref.name).toBe(FILED[key] || ref.category);
      const hosts = services.flatMap((s) => (s.hosts || []).map((h) => pattern(h)));
      for (const raw of ref.hosts) {
        const h = raw.replace(/\s*\(.*\)$/, '').replace(/^<[^>]+>\./, '*.');
        if (left[h]) continue;
        const p = pattern(h);
        // Covered, or narrowed to paths of that very host.
        const ok = hosts.some((q) => covers(q, p) || (q.path && q.host === p.host));
        expect(ok, `${ref.name}: host ${h}`).toBe(true);
      }
      // Every exception names a host or cookie of this reference entry (no stale ones).
      const refNames = [...ref.hosts.map((h) => h.replace(/\s*\(.*\)$/, '')), ...ref.cookies.map((c) => c.name)];
      for (const k in left) expect(refNames, `${ref.name}: exception ${k}`).toContain(k);
      const cookies = services.flatMap((s) => s.cookies || []);
      for (const c of ref.cookies) {
        if (left[c.name]) {
          expect(cookies.some((p) => matches(p, c.name)), `${ref.name}: ${c.name} is left out`).toBe(false);
          continue;
        }
        const lt = c.name.indexOf('<');
        const prefix = c.prefix ?? (lt >= 0 ? c.name.slice(0, lt) : c.name.endsWith('*') ? c.name.slice(0, -1) : undefined);
        const ok = cookies.some((p) => (prefix === undefined ? matches(p, c.name) : matches(p, prefix, true)));
        expect(ok, `${ref.name}: cookie ${c.name}`).toBe(true);
      }
    }
  });

  test('knows the storage keys the reference vendors write', () => {
    for (const id in STORAGE) {
      for (const k of STORAGE[id]) {
        expect((CATALOGUE[id].storage || []).some((p) => matches(p, k)), `${id}: ${k}`).toBe(true);
      }
    }
  });

  test('refusing a service never deletes an opt-out flag or the site’s own session', () => {
    const refusable = NAMES.filter((n) => CATALOGUE[n].category !== 'necessary');
    const keep = [
      '__kla_off', 'dw_dnt', '__cq_dnt', '_cs_optout', '_vis_opt_out', 'optimizelyOptOut', '__hs_opt_out',
      '__hs_do_not_track', '_stg_optout', 'stg_global_opt_out', 'ppms_privacy_1', 'pa_privacy', '_pprv', 'atauthority',
      'mtm_consent_removed', '_global_lucky_opt_out', '__mp_opt_in_out_x', 'JSESSIONID', 'PHPSESSID', 'fr', 'm', 'consentry',
    ];
    for (const name of keep) {
      for (const n of refusable) {
        expect((CATALOGUE[n].cookies || []).some((p) => matches(p, name)), `${n} would delete ${name}`).toBe(false);
      }
    }
  });
});

describe('cookie classifier', () => {
  test('recognises common tracker cookies by name and prefix', () => {
    expect(classifyCookie('_ga')).toEqual({ category: 'analytics', vendor: 'Google Analytics' });
    expect(classifyCookie('_ga_XYZ123')).toEqual({ category: 'analytics', vendor: 'Google Analytics' });
    expect(classifyCookie('_gat_gtag_UA_1_2')?.category).toBe('analytics');
    expect(classifyCookie('_fbp')).toEqual({ category: 'advertising', vendor: 'Facebook' });
    expect(classifyCookie('_hjSession_123')).toEqual({ category: 'analytics', vendor: 'Hotjar' });
    expect(classifyCookie('_pin_unauth')).toEqual({ category: 'advertising', vendor: 'Pinterest' });
    expect(classifyCookie('__hssc')).toEqual({ category: 'advertising', vendor: 'Hubspot' });
    expect(classifyCookie('crisp-client%2Fsession%2Fabc')?.vendor).toBe('Crisp');
    expect(classifyCookie('pm_sess_123')?.vendor).toBe('Google AdSense');
  });

  test('matches exact names case-sensitively first, then case-insensitively', () => {
    expect(classifyCookie('SSID')?.vendor).toBe('Google');
    expect(classifyCookie('ssid')?.vendor).toBe('Springserve');
    expect(classifyCookie('_HJSESSIONUSER_1')?.vendor).toBe('Hotjar');
    expect(classifyCookie('Cart')).toBeUndefined();
  });

  test('files the site platform’s own cookies as necessary, so clean-up never breaks the site', () => {
    for (const n of ['PHPSESSID', 'JSESSIONID', 'cf_clearance', '__cf_bm', 'wordpress_logged_in_abc', '_secure_session_id', 'CookieConsent', 'XSRF-TOKEN', '__stripe_mid', '_tracking_consent', 'secure_customer_sig']) {
      expect(classifyCookie(n)?.category, n).toBe('necessary');
    }
    expect(classifyCookie('_shopify_y')?.category).toBe('analytics');
  });

  test('knows nothing of unknown, too short or generic names', () => {
    for (const n of ['x', 'id', 'ID', 'consentry', 'c', 's', 'fr', 'token', 'lang', 'LANG', 'cart', 'session', 'uid', 'euconsent-v2', 'usprivacy', 'PREF', 'SID', 'PLAY_SESSION', 'user_session', 'device_id', '']) {
      expect(classifyCookie(n), n).toBeUndefined();
    }
  });

  test('short and generic OCD prefixes do not match arbitrary names', () => {
    // OCD prefixes `tp`, `SR`, `CT`, `_s`, `mp_`, `lc_`, `sb-`, `data-`, `partner-`, `visitor_id`, `_sid`.
    for (const n of ['tpl', 'SRC', 'CTX', '_session', 'mp_settings', 'lc_theme', 'sb-layout', 'data-theme', 'partner-id', 'visitor_id', 'visitor_id123', '_sidebar']) {
      expect(classifyCookie(n), n).toBeUndefined();
    }
  });

  test('classifies a list in order', () => {
    expect(classifyCookies(['_ga', 'x', '_fbp']).map((c) => c?.vendor)).toEqual(['Google Analytics', undefined, 'Facebook']);
  });

  test('returns copies, so a caller cannot corrupt the table', () => {
    const c = classifyCookie('_ga')!;
    c.category = 'necessary';
    expect(classifyCookie('_ga')!.category).toBe('analytics');
  });
});

describe('classifier data', () => {
  test('ocd-data.ts is exactly what tools/catalogue/build-classifier.mjs generates', () => {
    const generated = buildClassifierData(readFileSync(CSV, 'utf8'), readFileSync(README, 'utf8'));
    expect(readFileSync(OUT, 'utf8')).toBe(generated);
  });

  test('names the Open Cookie Database snapshot and its licence', () => {
    const out = readFileSync(OUT, 'utf8');
    expect(out).toContain('0ee5a17fe1cb002943f89370d24fc26a4226061c');
    expect(out).toContain('Apache License 2.0');
    expect(read('src/catalogue/LICENSE.open-cookie-database')).toBe(read('data/open-cookie-database/LICENSE.open-cookie-database'));
    expect(read('NOTICE')).toContain('Open Cookie Database');
  });

  test('parses quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","line\nbreak"\n')).toEqual([['a', 'b'], ['x, "y"', 'line\nbreak']]);
  });
});

describe('vendors', () => {
  test('every vendor and privacy link is a Data Controller and privacy portal pair of the Open Cookie Database', () => {
    const [header, ...rows] = parseCsv(readFileSync(CSV, 'utf8').replace(/^\ufeff/, ''));
    const ctl = header.indexOf('Data Controller');
    const portal = header.indexOf('User Privacy & GDPR Rights Portals');
    const pairs = new Set(rows.map((r) => r[ctl]?.trim() + '|' + r[portal]?.trim()));
    // Table D only: table W's entries come from the vendors' own pages (tested below).
    const names = tableServices(VENDOR_TABLES.ocd);
    expect(names.length).toBeGreaterThan(50);
    for (const n of names) {
      expect(CATALOGUE[n], n).toBeTruthy();
      expect(pairs.has(VENDORS[n].vendor + '|' + VENDORS[n].privacyPolicyUrl), n).toBe(true);
      expect(VENDORS[n].privacyPolicyUrl).toMatch(/^https:\/\//);
    }
  });

  test('every catalogue service has a vendor, unless listed as unknown', () => {
    for (const n of Object.keys(CATALOGUE)) {
      if (UNKNOWN_VENDORS.includes(n)) expect(VENDORS[n], n + ' is listed as unknown but has a vendor').toBeUndefined();
      else expect(VENDORS[n], n + ' has no vendor: add it to a table or to UNKNOWN_VENDORS').toBeTruthy();
    }
    for (const n of UNKNOWN_VENDORS) expect(CATALOGUE[n], n).toBeTruthy();
    expect(new Set(UNKNOWN_VENDORS).size).toBe(UNKNOWN_VENDORS.length);
  });

  test('the two tables name catalogue services, each in one table and one line only, with https links', () => {
    const ocd = tableServices(VENDOR_TABLES.ocd);
    const own = tableServices(VENDOR_TABLES.own);
    expect(own.length).toBeGreaterThan(0);
    for (const list of [ocd, own]) expect(new Set(list).size).toBe(list.length);
    for (const n of own) expect(ocd, n + ' is in both tables').not.toContain(n);
    for (const line of (VENDOR_TABLES.ocd + '\n' + VENDOR_TABLES.own).split('\n')) {
      const [vendor, url, names, extra] = line.split('|');
      expect(extra, line).toBeUndefined();
      expect(vendor.trim(), line).toBe(vendor);
      expect(vendor, line).not.toBe('');
      expect(names.split(' ').every((n) => CATALOGUE[n]), line).toBe(true);
      expect(new URL(url).protocol, line).toBe('https:');
      expect(url, line).toMatch(/^https:\/\/[^\s]+$/);
    }
    for (const n of Object.keys(VENDORS)) expect(new URL(VENDORS[n].privacyPolicyUrl).protocol, n).toBe('https:');
  });

  test('the embeddable media and the services a placeholder most often shows name their vendor', () => {
    for (const n of ['youtube', 'vimeo', 'google-maps', 'instagram', 'facebook', 'tiktok-embed']) expect(VENDORS[n], n).toBeTruthy();
    expect(VENDORS.youtube).toEqual({ vendor: 'Google', privacyPolicyUrl: 'https://business.safety.google/privacy/' });
  });
});

#!/usr/bin/env node
// Builds src/catalogue/ocd-data.ts, the data of the cookie-name classifier, from the Open Cookie
// Database snapshot in data/open-cookie-database/ (copied into the repository with its licence).
//
//   node tools/catalogue/build-classifier.mjs [path/to/open-cookie-database.csv]
//
// The Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database, Apache-2.0) is
// crowd-sourced: the rules below turn it into something safe to act on. They are deliberate;
// test/unit/catalogue.test.ts checks the committed file equals what this script writes.
//
// Names
// - Trimmed, with invisible characters (soft hyphen, zero-width space, tab) removed.
// - A trailing `*`, or the `Wildcard match` column at 1, makes a prefix; so does a placeholder
//   (`pm_sess_NNN`, `pagead/conv/%INTEGER%`): the name up to the placeholder is the prefix.
// - Prefixes under 4 characters (`_`, `tp`, `SR`, `mp_`, `lc_`, `sb-`…) would match almost any
//   name: they are kept as exact names only. A few longer prefixes that are plain words
//   (GENERIC_PREFIXES: `data-`, `partner-`, `visitor_id`…) are dropped.
// - Exact names under 3 characters (`c`, `s`, `ID`, `fr`) are dropped: a site's own cookies use
//   such names, and the vendors set them on their own domains, where the page never sees them.
// - Names that a site's own code commonly uses (GENERIC_NAMES: `token`, `lang`, `cart`,
//   `session`, `PREF`, `PLAY_SESSION`, `euconsent-v2`…) are dropped too, compared
//   case-insensitively and prefixes included (ShareThis files the IAB consent strings `euconsent`
//   and `usprivacy` as prefixes): the clean-up (src/blocking/clean.ts) deletes unclaimed cookies
//   the classifier files under a refused category, and it must never delete a site's own cookie.
//   So are the rows of OWN_SITE vendors (GitHub, Twitch…): the cookies of their own website,
//   never set on another one.
//
// Categories (OCD → ours)
// - Marketing → advertising; Analytics → analytics; Personalization → functional;
//   Security and Necessary → necessary; Functional → functional, except for the platform,
//   infrastructure, payment and consent vendors of PLATFORMS (Shopify, WordPress, Cloudflare,
//   PHP, Stripe, Cookiebot…): their "Functional" cookies are sessions, carts, load balancing, bot
//   protection, CSRF tokens and stored consent, which are strictly necessary, and deleting them
//   would break the site. Their analytics and marketing cookies keep those categories.
// - OVERRIDES align vendors with the catalogue's categories (services.json): Hotjar is
//   analytics (OCD files its session cookies under Functional), YouTube is advertising.
//   NAME_OVERRIDES fix single rows: Shopify's `_tracking_consent` stores consent (necessary).
// - Spelling is normalised case-insensitively, for categories and vendors alike (`Hubspot` and
//   `HubSpot` are one vendor, named by its most frequent spelling). A row without a vendor is
//   "Unknown".
// - The same name from several rows: the most restrictive category wins (advertising >
//   analytics > functional > necessary), so that a doubtful cookie is held to the stricter
//   consent; the vendor is the first row in the file with that category.
//
// Output: one line per vendor and category, `<digit><vendor>|name|prefix*|…`, the digit being
// 0 necessary, 1 functional, 2 analytics, 3 advertising; lines in order of category, most
// restrictive first (the classifier's case-insensitive lookup keeps the first it meets), then of
// vendor and name.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CSV = resolve(ROOT, 'data/open-cookie-database/open-cookie-database.csv');
export const README = resolve(ROOT, 'data/open-cookie-database/README.open-cookie-database.md');
export const OUT = resolve(ROOT, 'src/catalogue/ocd-data.ts');

const CATEGORIES = ['necessary', 'functional', 'analytics', 'advertising'];
const OCD_CATEGORY = {
  necessary: 'necessary',
  security: 'necessary',
  functional: 'functional',
  personalization: 'functional',
  personalisation: 'functional',
  analytics: 'analytics',
  marketing: 'advertising',
};
const MIN_PREFIX = 4;
const MIN_NAME = 3;

/** Vendors whose OCD "Functional" cookies keep the site itself working (lower case). */
const PLATFORMS = new Set([
  // Consent managers: the stored choice is necessary.
  'cookiebot', 'onetrust', 'cookieconsent.io', 'cookie law info', 'complianz', 'consentmanager.net',
  'cookieyes', 'iubenda', 'didomi', 'axeptio', 'borlabs', 'osano', 'termly', 'cookie first',
  'cookie script', 'moove', 'hu-manity.co', 'qookieqloud', 'privacypillar', 'enzuzo',
  'aws cookies popup', 'civic',
  // Shop, CMS and forum platforms.
  'shopify', 'magento', 'woocommerce', 'wordpress', 'wix.com', 'jimdo', 'duda', 'joomla!',
  'drupal cms', 'typo3', 'kentico', 'craftcms', 'processwire', 'lightspeed', 'nopcommerce',
  'intershop', 'salesforce', 'xenforo', 'vbulletin',
  // Frameworks, servers and sign-in.
  'django', 'laravel', 'php.net', 'asp.net', 'j2ee', 'rack', 'ruby on rails', 'devise (ruby on rails)',
  'next.js', 'next', 'nextauth.js', 'cakephp', 'codeigniter', 'adobe coldfusion', 'perl', 'plesk',
  'phpmyadmin', 'oracle', 'keycloak', 'auth0', 'clerk', 'supabase', 'sap', 'azure / microsoft',
  'microsoft',
  // Load balancing, CDN, bot and fraud protection.
  'cloudflare', 'akamai', 'akamai botmanager', 'imperva', 'datadome', 'cleantalk', 'f5 big-ip',
  'haproxy', 'nginx ingresss', 'alteon', 'citrix', 'amazon web services', 'vercel',
  'cheq ai technologies', 'google recaptcha',
  // Payments.
  'stripe', 'paypal', 'adyen',
]);

/** Category forced for every row of a vendor (lower case), as in the catalogue. */
const OVERRIDES = { hotjar: 'analytics', youtube: 'advertising' };

/** Category forced for one name: stored consent that OCD files under Marketing. */
const NAME_OVERRIDES = { _tracking_consent: 'necessary' };

/** Exact names a site's own code commonly uses (lower case). */
const GENERIC_NAMES = new Set([
  'token', 'login', 'store', 'test', 'version', 'visitor', 'audience', 'callback', 'hash', 'sync',
  'europe', 'locale', 'lang', 'presence', 'uuid', 'sess', 'session', 'sessionid', 'secret', 'cart',
  'disco', 'inst', 'viewer', 'user', 'gdpr', 'optout', 'opt_out', 'dnt', 'cmp', 'uid', 'cid', 'pid',
  'sid', 'did', 'mid', 'oid', 'autocomplete', 'localization', 'frontend', 'criteo', 'recs', 'audit',
  'car', 'gid', 'chk', 'wires', 'cap', 'trk', 'player', 'geoip', 'consent', 'conversion',
  'cookies_accepted', 'cookiepreferences', 'usprivacy', 'euconsent', 'euconsent-v2', 'gpp',
  'pref', 'sid', 'test_cookie', 'auth_token', 'auth-token', 'api_token', 'user_session', 'color_mode',
  'device_id', 'unique_id', 'referrer_url', 'external_referer', 'visitor-id', 'gdpr_status',
  'play_session', 'play_flash', 'play_lang', 'pagereferrer', 'sitereferrer', 'searchterm',
  'querystring', 'focustime', 'blurtime', 'applang', 'appname', 'dispatcher', 'serverpool',
  'currentcontact', 'visitorstatus', 'saml_return_to', 'fonts-loaded', 'html-classes',
]);

/** Vendors whose rows are the cookies of their own website, never set on another site (lower case). */
const OWN_SITE = new Set(['github', 'twitch', 'codepen', 'wikimedia', 'funda']);

/** Prefixes of 4 characters or more that are still plain words (lower case). */
const GENERIC_PREFIXES = new Set([
  'data-', 'partner-', 'sharing_', 'welcome-', 'put_', '_sid', 'visitor_id', 'userlang',
]);

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\t\r\n]/g;
const PLACEHOLDER = /(NNN|%[A-Z_]+%)$/;

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0]);
}

/** The snapshot commit and date stated by the data's README. */
export function snapshot(readme) {
  const m = /commit ([0-9a-f]{40})(?: \(([^,)]+))?/.exec(readme);
  if (!m) throw new Error('README.open-cookie-database.md: no "commit <sha>" line');
  return { commit: m[1], date: m[2] || '' };
}

/** Turns the CSV text and the README text into the source of src/catalogue/ocd-data.ts. */
export function buildClassifierData(csvText, readmeText) {
  const [header, ...rows] = parseCsv(csvText.replace(/^\ufeff/, ''));
  const col = (name) => {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
    if (i < 0) throw new Error(`open-cookie-database.csv: no "${name}" column in ${header.join(', ')}`);
    return i;
  };
  const cPlatform = col('Platform');
  const cCategory = col('Category');
  const cName = col('Cookie / Data Key name');
  const cWildcard = col('Wildcard match');

  // Vendor spelling: the most frequent among case variants, the first seen on a tie.
  const spellings = new Map();
  for (const r of rows) {
    const v = (r[cPlatform] || '').replace(INVISIBLE, '').trim() || 'Unknown';
    const k = v.toLowerCase();
    if (!spellings.has(k)) spellings.set(k, new Map());
    const m = spellings.get(k);
    m.set(v, (m.get(v) || 0) + 1);
  }
  const vendorName = (k) => {
    let best = '';
    let n = 0;
    for (const [v, c] of spellings.get(k)) if (c > n) [best, n] = [v, c];
    return best;
  };

  const stats = { rows: rows.length, dropped: 0, demoted: 0 };
  // key: (prefix ? '*' : '=') + name → { rank, vendor }
  const entries = new Map();
  for (const r of rows) {
    const raw = r[cCategory].trim().toLowerCase();
    let category = OCD_CATEGORY[raw];
    if (!category) throw new Error(`open-cookie-database.csv: unknown category "${r[cCategory]}"`);
    const vkey = ((r[cPlatform] || '').replace(INVISIBLE, '').trim() || 'Unknown').toLowerCase();
    if (OWN_SITE.has(vkey)) {
      stats.dropped++;
      continue;
    }
    if (raw === 'functional' && PLATFORMS.has(vkey)) category = 'necessary';
    if (OVERRIDES[vkey]) category = OVERRIDES[vkey];

    let name = r[cName].replace(INVISIBLE, '').trim();
    let prefix = r[cWildcard].trim() === '1';
    if (name.endsWith('*')) {
      name = name.replace(/\*+$/, '');
      prefix = true;
    }
    if (PLACEHOLDER.test(name)) {
      name = name.replace(PLACEHOLDER, '');
      prefix = true;
    }
    if (prefix && GENERIC_PREFIXES.has(name.toLowerCase())) {
      stats.dropped++;
      continue;
    }
    if (prefix && name.length < MIN_PREFIX) {
      prefix = false;
      stats.demoted++;
    }
    if (!name || /[|\n`\\]|\$\{/.test(name) || GENERIC_NAMES.has(name.toLowerCase()) || (!prefix && name.length < MIN_NAME)) {
      stats.dropped++;
      continue;
    }
    if (NAME_OVERRIDES[name]) category = NAME_OVERRIDES[name];
    const rank = CATEGORIES.indexOf(category);
    // Crisp's `crisp-client/` reaches document.cookie percent-encoded (`crisp-client%2F…`).
    for (const n of name.includes('/') ? [name, name.replace(/\//g, '%2F')] : [name]) {
      const key = (prefix ? '*' : '=') + n;
      const prev = entries.get(key);
      if (!prev || rank > prev.rank) entries.set(key, { rank, vendor: vendorName(vkey) });
    }
  }

  // Group by category and vendor.
  const groups = new Map();
  for (const [key, { rank, vendor }] of entries) {
    const g = rank + vendor;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(key[0] === '*' ? key.slice(1) + '*' : key.slice(1));
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const lines = [...groups.keys()]
    .sort((a, b) => cmp(b[0], a[0]) || cmp(a.slice(1), b.slice(1)))
    .map((g) => [g, ...groups.get(g).sort(cmp)].join('|'));

  const { commit, date } = snapshot(readmeText);
  const sha = createHash('sha256').update(csvText).digest('hex');
  const names = [...entries.keys()];
  const nPrefix = names.filter((k) => k[0] === '*').length;
  return `// GENERATED by tools/catalogue/build-classifier.mjs: do not edit, run the script.
//
// Derived from the Open Cookie Database, https://github.com/jkwakman/Open-Cookie-Database,
// commit ${commit}${date ? ` (${date})` : ''}, file open-cookie-database.csv (sha256 ${sha}).
// Copyright the Open Cookie Database contributors, licensed under the Apache License 2.0
// (src/catalogue/LICENSE.open-cookie-database). Modified: names cleaned, categories mapped to
// Consentry's four, generic and ambiguous names removed (rules in the script; see also NOTICE).
//
// ${stats.rows} rows → ${names.length - nPrefix} exact names and ${nPrefix} prefixes of ${groups.size} vendor groups; ${stats.dropped} names dropped, ${stats.demoted} short prefixes kept as exact names.
// One line per vendor and category: \`<digit><vendor>|name|prefix*|…\`, digit 0 necessary,
// 1 functional, 2 analytics, 3 advertising.

/** Cookie names and prefixes by vendor and category, from the Open Cookie Database. */
export const OCD = \`${lines.join('\n')}\`;
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const csv = process.argv[2] ? resolve(process.argv[2]) : CSV;
  const out = buildClassifierData(readFileSync(csv, 'utf8'), readFileSync(resolve(dirname(csv), 'README.open-cookie-database.md'), 'utf8'));
  writeFileSync(OUT, out);
  console.log(`wrote ${OUT} (${out.length} bytes)`);
}

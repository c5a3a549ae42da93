// A single-page app that uses Consentry from the ESM build: it asks what it may do, waits for
// permission before loading analytics, and reacts to every later change without a reload.
import { init, hasConsent, whenGranted, on, loadScript, showPreferences } from '/consentry.mjs';

const vendor = (h) => `${location.hostname}/vendor/${h}/`;
const PRODUCTS = { 'linen-shirt': ['Linen shirt', 69], 'stoneware-mug': ['Stoneware mug', 24] };
const PURPOSES = ['functional', 'analytics', 'advertising'];
const RECENT = 'atelier-recent';
const $ = (id) => document.getElementById(id);

// gtag's queue works before the tag loads; the tag only arrives once analytics is granted.
window.dataLayer = window.dataLayer || [];
window.gtag = function () { window.dataLayer.push(arguments); };

init({
  revision: 1,
  privacyPolicyUrl: '/en/privacy/',
  services: {
    ga4: { category: 'analytics', title: 'Google Analytics 4', hosts: [vendor('www.googletagmanager.com'), vendor('www.google-analytics.com')], cookies: ['_ga', '_ga_*'] },
  },
}).then(() => {
  // A choice kept only in IndexedDB (cookie cleared) is known once init resolves.
  showPurposes();
  showRecent();
}, () => {
  // A bad config is reported on the console by Consentry; the app keeps working without trackers.
});

/** Shows which purposes are allowed right now (synchronous). */
function showPurposes() {
  $('purposes').innerHTML = PURPOSES.map((c) =>
    `<li data-purpose="${c}">${c}: <strong>${hasConsent(c) ? 'allowed' : 'not allowed'}</strong></li>`).join('');
}

/** Remembers viewed products only when functional storage is allowed. */
function remember(slug) {
  if (!hasConsent('functional')) return;
  const list = JSON.parse(localStorage.getItem(RECENT) || '[]').filter((s) => s !== slug);
  localStorage.setItem(RECENT, JSON.stringify([slug, ...list].slice(0, 3)));
}

function showRecent() {
  if (!hasConsent('functional')) {
    $('recent').textContent = 'Allow functional cookies to keep a list of what you looked at.';
    return;
  }
  const list = JSON.parse(localStorage.getItem(RECENT) || '[]');
  $('recent').textContent = list.length ? list.map((s) => PRODUCTS[s][0]).join(', ') : 'Nothing yet.';
}

function route() {
  const slug = (/^#\/product\/([\w-]+)$/.exec(location.hash) || [])[1];
  const p = slug && PRODUCTS[slug];
  $('view').innerHTML = p
    ? `<h1>${p[0]}</h1><p class="price">€${p[1]}</p><p><a href="#/">Back</a></p>`
    : '<h1>Made slowly, to last</h1><p>Pick a product in the menu: the app changes views without reloading.</p>';
  if (p) remember(slug);
  showRecent();
  // Page views are counted only with consent; before that gtag's queue would wait for a tag that never comes.
  if (hasConsent('analytics')) window.gtag('event', 'page_view', { page_location: location.href });
}

on('change', ({ record, changed }) => {
  const li = document.createElement('li');
  const what = changed.categories.filter((c) => c !== 'necessary').map((c) => `${c} ${record.categories[c] ? 'on' : 'off'}`);
  li.textContent = `${record.method}: ${what.join(', ') || 'no purpose changed'}`;
  $('changes').appendChild(li);
  if (!hasConsent('functional')) localStorage.removeItem(RECENT);
  showPurposes();
  showRecent();
});

// Analytics loads the moment it is allowed: at start for a returning visitor, or after the choice.
whenGranted('analytics', 'ga4').then(() => {
  window.gtag('js', new Date());
  window.gtag('config', 'G-DEMOSPA1');
  return loadScript('/vendor/www.googletagmanager.com/gtag/js?id=G-DEMOSPA1', { category: 'analytics', service: 'ga4' });
}).then(() => {
  $('tag').textContent = 'Analytics tag (GA4 stand-in): loaded.';
}, () => {});

$('prefs').addEventListener('click', (e) => showPreferences(e.currentTarget));
addEventListener('hashchange', route);
showPurposes();
route();

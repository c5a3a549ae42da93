// The company behind each catalogue service and its privacy policy, for the embed placeholders
// and the cookie declaration. Not in the first-stage script: only the placeholder chunk and the
// Node tools import it.
//
//   vendor|privacy policy URL|services (space-separated)
//
// Sources: table D below, the Open Cookie Database (Apache-2.0, see NOTICE), columns "Data Controller" and
// "User Privacy & GDPR Rights Portals", as written there (test/unit/catalogue.test.ts checks every
// pair against data/open-cookie-database/). A service the database does not name, or names with a
// column that is not a privacy page (AB Tasty's terms of use, The Trade Desk's home page, a
// controller of "29 days" for Awin), is left out rather than guessed; a site's config can give
// `vendor` and `privacyPolicyUrl` for any service. Table W, after D, covers services the database
// does not, from the vendors' own privacy pages.
const D = `Google|https://business.safety.google/privacy/|gtm ga4 ga-universal firebase google-ads google-maps youtube recaptcha
Facebook|https://www.facebook.com/about/privacy/|meta-pixel facebook
Meta|https://www.facebook.com/privacy/policies/cookies|instagram
TikTok|https://www.tiktok.com/legal/page/eea/privacy-policy/en?lang=en|tiktok-pixel tiktok-embed
Pinterest|https://policy.pinterest.com/en/privacy-policy|pinterest
Snapchat|https://www.snap.com/en-US/privacy/privacy-policy/|snapchat-pixel
LinkedIn|https://www.linkedin.com/legal/privacy-policy|linkedin-insight
Reddit|https://www.reddit.com/policies/privacy-policy/|reddit-pixel
X|https://twitter.com/en/privacy|x-pixel x-embed
Microsoft|https://account.microsoft.com/privacy|microsoft-uet clarity
taboola.com|https://www.taboola.com/policies/cookie-policy|taboola
Outbrain|https://www.outbrain.com/privacy/|outbrain
Quantcast|https://www.quantcast.com/privacy/|quantcast
RTB House|https://rtbhouse.com/privacy-center|rtb-house
Klaviyo|https://www.klaviyo.com/legal|klaviyo
Mailchimp|https://mailchimp.com/legal/|mailchimp
HubSpot|https://legal.hubspot.com/privacy-policy|hubspot hubspot-chat hubspot-forms
Salesforce|https://www.salesforce.com/company/privacy/|salesforce-mc salesforce-cc salesforce-einstein
Active Campaign|https://www.activecampaign.com/gdpr-updates/|activecampaign
Exponea|https://exponea.com/privacy-policy/|bloomreach
Sleeknote|https://sleeknote.com/privacy-policy|sleeknote
Matomo|https://matomo.org/privacy-policy/|matomo
Piwik|https://piwik.pro/privacy-policy/|piwik-pro
Piano|https://piano.io/privacy-policy/|piano-analytics
Plausible Insights OÜ|https://plausible.io/privacy|plausible
Cloudflare|https://www.cloudflare.com/privacypolicy/|cloudflare-insights
Adobe|https://www.adobe.com/privacy.html|adobe-analytics
Yandex|https://yandex.com/support/metrica/general/gdpr.html|yandex-metrica
Amplitude|https://amplitude.com/privacy|amplitude
Mixpanel|https://mixpanel.com/legal/privacy-policy/|mixpanel
Heap Analytics|https://www.heap.io/privacy|heap
Hotjar|https://www.hotjar.com/legal/policies/privacy/|hotjar
ContentSquare|https://contentsquare.com/privacy-policy/|contentsquare
Lucky Orange|https://www.luckyorange.com/legal/privacy|lucky-orange
Crazy Egg|https://www.crazyegg.com/cookies|crazy-egg
Optimizely|https://www.optimizely.com/privacy/|optimizely
Visual Website Optimizer|https://vwo.com/privacy-policy/|vwo
Dynamic Yield|https://www.dynamicyield.com/gdpr-and-privacy/|dynamic-yield
Shopify.com|https://www.shopify.com/legal/cookies|shopify shopify-analytics
Stripe|https://stripe.com/en-nl/privacy|stripe
PayPal|https://www.paypal.com/privacy-center|paypal
Adyen|https://www.adyen.com/privacy-policy|adyen
Zendesk|https://www.zendesk.com/company/agreements-and-terms/privacy-notice/|zendesk
Intercom|https://www.intercom.com/legal/cookie-policy|intercom
Crisp IM SAS|https://crisp.chat/en/privacy/|crisp
tawk.to|https://www.tawk.to/privacy-policy/|tawk
LiveChat Inc|https://www.livechat.com/legal/privacy-policy/|livechat
Drift.com|https://www.drift.com/privacy-policy/|drift
Vimeo|https://vimeo.com/cookie_policy|vimeo
Bazaar Voice|https://www.bazaarvoice.com/legal/privacy-policy/|bazaarvoice`;

// Second source, for catalogue services the Open Cookie Database does not cover: the vendors' own
// privacy pages (or privacy centre), as stored by the public-page search index and read on
// 2026-12-01. The URL is the stored page's address (without a tracking query or a stray "%20" where
// the stored address had one, noted below); the vendor is the legal name as written on a page of the
// vendor's own site. Where that name was read on another page of the vendor's site than the policy,
// that page is:
//   adroll        NextRoll, Inc.          https://www.nextroll.com/terms
//   trade-desk    The Trade Desk Inc.     https://www.thetradedesk.com/us/openpass-privacy-policy
//   avis-verifies Net Reviews             https://www.verified-reviews.co.uk/index.php?page=mod_conditions_utilisation
//   awin          AWIN AG                 http://www.awin.com/de/publisher-terms
// Stored addresses that differ from the URL kept:
//   fullstory     https://fullstory.com/legal/privacy-policy/?tid=322722644
//   yotpo         https://yotpo.com/privacy-policy/%20
// Services with no vendor here or in the Open Cookie Database are in UNKNOWN_VENDORS below.
// Not in this table and not in D: a service is in one table only (test/unit/catalogue.test.ts).
const W = `NextRoll, Inc.|https://www.nextroll.com/trust-center|adroll
The Trade Desk Inc.|https://www.thetradedesk.com/general/website-privacy-policy|trade-desk
Rakuten Marketing LLC|https://rakutenmarketing.com/legal-notices/services-privacy-policy|rakuten
Tradedoubler AB|https://www.tradedoubler.com/en/privacy-policy/|tradedoubler
AWIN AG|https://www.awin.com/privacy|awin
Fullstory, Inc.|https://fullstory.com/legal/privacy-policy/|fullstory
Mouseflow ApS|https://mouseflow.com/legal/privacy|mouseflow
AB Tasty|https://www.abtasty.com/privacy-policy/|ab-tasty
Gorgias Inc.|https://gorgias.com/legal/eu-privacy-notice|gorgias
iAdvize SAS|https://www.iadvize.com/iadvize-privacy-policy|iadvize
Trustpilot A/S|https://de.legal.trustpilot.com/for-reviewers/end-user-privacy-terms|trustpilot
Net Reviews|https://www.netreviews.com/consumers/en/privacy-policy/|avis-verifies
Yotpo Ltd.|https://yotpo.com/privacy-policy/|yotpo`;

/** Who runs a service: the vendor's name and the address of its privacy policy. */
export interface Vendor {
  vendor: string;
  privacyPolicyUrl: string;
}

/** Catalogue services' vendors, by service name, from both tables (services neither names are absent). */
// No prototype (as src/core/dict.ts makes them; not imported: this file is in the placeholder chunk).
export const VENDORS: Record<string, Vendor> = Object.create(null);

for (const line of (D + '\n' + W).split('\n')) {
  const [vendor, privacyPolicyUrl, names] = line.split('|');
  const v = { vendor, privacyPolicyUrl };
  for (const n of names.split(' ')) VENDORS[n] = v;
}

/** The two tables' text, for the tests (each line `vendor|url|services`): the Open Cookie Database's, then the vendors' own pages'. */
export const VENDOR_TABLES = { ocd: D, own: W };

/**
 * Catalogue services whose vendor neither table names (test/unit/catalogue.test.ts checks that
 * every other catalogue service has one): no stored page of the vendor's own site gave both its
 * legal name and its privacy policy on 2026-12-01. A site's config can still give `vendor` and
 * `privacyPolicyUrl` for them.
 */
export const UNKNOWN_VENDORS = [
  'criteo', // privacy policy stored only through proxies and in Italian; no legal name on criteo.com
  'brevo', // legal name and privacy policy stored only through proxies and copies
  'brevo-chat', // same vendor as brevo
  'dailymotion', // legal name read only on the Korean privacy policy; no English one stored
  'segment', // Twilio's privacy notice stored only through third-party analyses
  'new-relic', // services privacy notice stored, but the legal name read only on a third party's page
  'datadog-rum', // privacy page stored only through a proxy; legal pages without the legal name
  'smartlook', // legal name on the vendor's developer site, no privacy policy stored
  'kameleoon', // legal notice stored only through a proxy; no privacy policy stored
  'klarna', // privacy notice stored only as copies on merchants' sites
  'tidio', // legal name in the terms, no privacy policy stored
];

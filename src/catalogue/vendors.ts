// The company behind each catalogue service and its privacy policy, for the embed placeholders
// and the cookie declaration. Not in the first-stage script: only the placeholder chunk and the
// Node tools import it.
//
//   vendor|privacy policy URL|services (space-separated)
//
// Source: the Open Cookie Database (Apache-2.0, see NOTICE), columns "Data Controller" and
// "User Privacy & GDPR Rights Portals", as written there (test/unit/catalogue.test.ts checks every
// pair against data/open-cookie-database/). A service the database does not name, or names with a
// column that is not a privacy page (AB Tasty's terms of use, The Trade Desk's home page, a
// controller of "29 days" for Awin), is left out rather than guessed; a site's config can give
// `vendor` and `privacyPolicyUrl` for any service.
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

/** Who runs a service: the vendor's name and the address of its privacy policy. */
export interface Vendor {
  vendor: string;
  privacyPolicyUrl: string;
}

/** Catalogue services' vendors, by service name (services the source does not name are absent). */
// No prototype (as src/core/dict.ts makes them; not imported: this file is in the placeholder chunk).
export const VENDORS: Record<string, Vendor> = Object.create(null);

for (const line of D.split('\n')) {
  const [vendor, privacyPolicyUrl, names] = line.split('|');
  const v = { vendor, privacyPolicyUrl };
  for (const n of names.split(' ')) VENDORS[n] = v;
}

// The catalogue's titles and lifetimes (src/catalogue/index.ts holds its categories and hosts).
// Only what shows a service reads them: the interface, the embed placeholder, the late-start
// message and the declaration. They are not in the first stage: the interface and the
// declaration bundle this file; the first stage loads it as consentry-titles.js when a held frame
// or the late-start message must name a catalogue service.
//
//   name|title|lifetime
//
// One line per catalogue service, in the catalogue's order (test/unit/catalogue.test.ts).
// title: empty when it is the name in title case (`lucky-orange` reads "Lucky Orange").
// lifetime: the vendor's longest-lived cookie, "<number> <unit>" or "session" (src/ui/text.ts
// formats it); empty when no source states it.
import type { ResolvedConfig } from '../core/types';

const T = `gtm|Google Tag Manager|
ga4|Google Analytics 4|2 years
ga-universal|Universal Analytics|2 years
firebase|Firebase Analytics|2 years
google-ads||13 months
google-maps||13 months
youtube|YouTube|8 months
recaptcha|Google reCAPTCHA|6 months
meta-pixel||2 years
facebook|Facebook embeds|
instagram|Instagram embeds|
tiktok-pixel|TikTok Pixel|13 months
tiktok-embed|TikTok embeds|
pinterest|Pinterest Tag|1 year
snapchat-pixel|Snap Pixel|13 months
linkedin-insight|LinkedIn Insight Tag|1 year
x-pixel||2 years
x-embed|X embeds|
reddit-pixel||90 days
microsoft-uet|Microsoft Advertising|13 months
clarity|Microsoft Clarity|1 year
criteo||13 months
taboola||13 months
outbrain||3 months
quantcast||13 months
adroll|AdRoll|13 months
rtb-house|RTB House|
trade-desk|The Trade Desk|1 year
awin||
rakuten|Rakuten Advertising|
tradedoubler||
klaviyo||2 years
brevo||6 months
mailchimp||14 days
hubspot|HubSpot|13 months
salesforce-mc|Salesforce Marketing Cloud|10 years
activecampaign|ActiveCampaign|30 days
bloomreach|Bloomreach Engagement|3 years
sleeknote||1 year
dailymotion||
matomo||13 months
piwik-pro|Piwik PRO|13 months
piano-analytics||13 months
plausible||
cloudflare-insights|Cloudflare Web Analytics|
adobe-analytics||2 years
yandex-metrica||1 year
amplitude||1 year
mixpanel||1 year
segment||1 year
heap||13 months
new-relic||session
datadog-rum|Datadog RUM|4 hours
hotjar||1 year
contentsquare||13 months
fullstory|FullStory|1 year
mouseflow||3 months
smartlook||
lucky-orange||2 years
crazy-egg||1 year
optimizely||6 months
vwo|VWO|10 years
ab-tasty|AB Tasty|13 months
kameleoon||
dynamic-yield||1 year
shopify||1 year
shopify-analytics||1 year
salesforce-cc|Salesforce Commerce Cloud|6 months
salesforce-einstein||1 year
stripe||1 year
paypal|PayPal|3 years
adyen||30 days
klarna||
zendesk||1 year
brevo-chat|Brevo Conversations|
intercom||9 months
crisp||6 months
tawk|tawk.to|6 months
livechat|LiveChat|3 years
drift||2 years
tidio||
gorgias||
iadvize|iAdvize|
hubspot-chat|HubSpot Chat|13 months
hubspot-forms|HubSpot Forms|
vimeo||2 years
trustpilot||
avis-verifies|Avis Vérifiés|
yotpo||
bazaarvoice||20 years`;

/** `lucky-orange` → "Lucky Orange": the title of a catalogue service whose line gives none. */
const titleOf = (name: string): string => name.replace(/(^|-)(.)/g, (_, d: string, x: string) => (d && ' ') + x.toUpperCase());

/** Catalogue service → [title, lifetime] (lifetime '' when unknown). */
export function titles(): Record<string, [string, string]> {
  // No prototype, so that a service named `constructor` finds nothing here (as src/core/dict.ts;
  // not imported, so that this file needs no module of the first stage).
  const out: Record<string, [string, string]> = Object.create(null);
  for (const line of T.split('\n')) {
    const [name, title, lifetime] = line.split('|');
    out[name] = [title || titleOf(name), lifetime];
  }
  return out;
}

/**
 * Gives the catalogue services of a resolved config the title and lifetime the site's config did
 * not (src/core/config.ts leaves them out): the site's own value always wins. Fills in place,
 * so the first stage's config reads the same as before the split once this ran; running it again
 * changes nothing.
 */
export function withTitles(cfg: ResolvedConfig): ResolvedConfig {
  const t = titles();
  for (const n in cfg.services) {
    const s = cfg.services[n];
    const x = t[n];
    if (x) {
      s.title ??= x[0];
      s.lifetime ??= x[1] || undefined;
    }
  }
  return cfg;
}

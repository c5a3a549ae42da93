// The built-in catalogue: the trackers European shops commonly run, by service name.
//
// It ships in the script every visitor downloads (the first stage), so it holds only what
// blocking needs there: one packed string, one service per line, decoded once at start-up:
//
//   name|category|hosts
//
// category: n necessary, f functional, a analytics, m advertising (marketing).
// hosts: space-separated. A host matches itself and every subdomain; `host/path` matches only
// URLs on that host whose path starts with `/path`.
//
// What only the chunks read lives beside it, one line per service under the same name, in the
// same order: titles and lifetimes in src/catalogue/titles.ts (the interface, the embed
// placeholder, the late-start message, the declaration), cookies and storage keys in
// src/catalogue/details.ts (the clean-up, the declaration). src/catalogue/full.ts joins the three
// for the Node tools and the tests. A service is added, renamed or removed in all of them.
//
// Sources: cookie names and lifetimes from the Open Cookie Database (Apache-2.0, see NOTICE) and
// the vendors' own documentation, which also gave the hosts; the team's reference data
// (data/services.json). A fact that could not be confirmed is left out, never guessed.
//
// Decisions to know before editing a line:
// - No bare host that serves more than one vendor: www.google.com, www.gstatic.com,
//   www.googletagmanager.com, www.facebook.com and www.google-analytics.com only appear with a
//   path, and two services never claim overlapping patterns (test/unit/catalogue.test.ts).
// - gtm is `necessary`: the container loader sets no cookie and makes no tracking request by
//   itself; every tag it injects (gtag.js, fbevents.js, hotjar…) is a script of its own that
//   autoblock holds back by its own host. Blocking the loader instead would hold back the
//   site's necessary tags with it.
// - /gtag/ belongs to ga4 even when gtag.js is loaded with an AW- id (one URL prefix, one service).
// - doubleclick.net (stats.g., googleads.g., static.…) is google-ads as a whole: GA's requests
//   there are its advertising features, and YouTube only calls it from inside its own iframe.
// - reCAPTCHA is `necessary`: it protects forms and payments against abuse (the ePrivacy security
//   exemption) and blocking it breaks checkout and login. A site that disagrees overrides it.
// - Payment providers are `necessary`, and so are the Shopify and Salesforce Commerce Cloud
//   platform cookies; their measurement parts are services of their own (shopify-analytics,
//   salesforce-einstein) that a visitor can refuse.
// - External media are functional: video players (youtube, vimeo, dailymotion) and maps
//   (google-maps). They are content the visitor asks for, one service at a time, from the frame's
//   placeholder, which names the vendor, says that allowing sets the vendor's cookies and links to
//   its privacy policy; the default functional text promises "videos, maps and chat", and a site
//   tags them `data-category="functional"`. Filing YouTube under advertising (its own cookies
//   are partly advertising ones, on youtube.com) would make that tag, and the demo's, never release
//   it. Social posts and widgets (facebook, instagram, tiktok-embed, x-embed) stay advertising for
//   now: shops embed them to promote their own accounts; they were not reviewed with the media.
// - Every request to a vendor's hosts is a tracker request (SPEC §1.4), thumbnails (ytimg.com,
//   vimeocdn.com, dmcdn.net) included.
// - Cookies and storage keys: only those the vendor's script writes on the site's own origin (the
//   rules are in src/catalogue/details.ts).
// - Left out on purpose: consent managers (Didomi, Axeptio…: not trackers), Google Fonts
//   (stylesheets and font files, which blocking does not handle), self-hosted Matomo (no fixed
//   host: the site declares it), Firebase's www.gstatic.com/firebasejs/ (it also serves Auth and
//   Firestore) and firebaseremoteconfig (feature flags, not measurement), and necessary services
//   that would only be listed (hCaptcha, Turnstile, tag-manager loaders other than GTM).
import { dict } from '../core/dict';
import type { ServiceConfig } from '../core/types';

const D = `gtm|n|www.googletagmanager.com/gtm.js
ga4|a|www.googletagmanager.com/gtag/ www.google-analytics.com/g/ region1.google-analytics.com analytics.google.com
ga-universal|a|ssl.google-analytics.com www.google-analytics.com/analytics www.google-analytics.com/ga.js www.google-analytics.com/collect
firebase|a|firebase.googleapis.com firebaseinstallations.googleapis.com firebaselogging-pa.googleapis.com
google-ads|m|doubleclick.net googleadservices.com googlesyndication.com googletagservices.com adservice.google.com www.google.com/pagead/
google-maps|f|www.google.com/maps maps.google.com maps.googleapis.com maps.gstatic.com khms0.googleapis.com streetviewpixels-pa.googleapis.com
youtube|f|youtube.com youtube-nocookie.com ytimg.com yt3.ggpht.com googlevideo.com
recaptcha|n|www.google.com/recaptcha/ www.gstatic.com/recaptcha/ recaptcha.net
meta-pixel|m|connect.facebook.net www.facebook.com/tr
facebook|m|www.facebook.com/plugins/
instagram|m|www.instagram.com
tiktok-pixel|m|analytics.tiktok.com
tiktok-embed|m|www.tiktok.com/embed
pinterest|m|s.pinimg.com ct.pinterest.com assets.pinterest.com
snapchat-pixel|m|sc-static.net tr.snapchat.com
linkedin-insight|m|snap.licdn.com ads.linkedin.com
x-pixel|m|ads-twitter.com analytics.twitter.com t.co/i/
x-embed|m|platform.twitter.com syndication.twitter.com
reddit-pixel|m|www.redditstatic.com/ads/ alb.reddit.com
microsoft-uet|m|bat.bing.com
clarity|a|clarity.ms
criteo|m|criteo.net criteo.com
taboola|m|taboola.com
outbrain|m|outbrain.com
quantcast|m|quantserve.com quantcount.com
adroll|m|adroll.com
rtb-house|m|creativecdn.com
trade-desk|m|adsrvr.org
awin|m|dwin1.com awin1.com
rakuten|m|tag.rmp.rakuten.com linksynergy.com
tradedoubler|m|tradedoubler.com
klaviyo|m|klaviyo.com
brevo|m|sibautomation.com cdn.brevo.com in-automate.brevo.com in-automate.sendinblue.com
mailchimp|m|chimpstatic.com list-manage.com s3.amazonaws.com/downloads.mailchimp.com/
hubspot|m|hs-scripts.com hs-analytics.net hsadspixel.net hscollectedforms.net hsleadflows.net track.hubspot.com
salesforce-mc|m|pardot.com collect.igodigital.com
activecampaign|m|app-us1.com trackcmp.net
bloomreach|m|exponea.com
sleeknote|m|sleeknote.com
dailymotion|f|www.dailymotion.com/embed geo.dailymotion.com dmcdn.net
matomo|a|matomo.cloud
piwik-pro|a|piwik.pro
piano-analytics|a|aticdn.net xiti.com pa-cd.com
plausible|a|plausible.io
cloudflare-insights|a|cloudflareinsights.com
adobe-analytics|a|omtrdc.net 2o7.net demdex.net
yandex-metrica|a|mc.yandex.ru mc.yandex.com
amplitude|a|amplitude.com
mixpanel|a|mxpnl.com mixpanel.com
segment|a|segment.com segment.io
heap|a|heapanalytics.com
new-relic|a|js-agent.newrelic.com nr-data.net
datadog-rum|a|datadoghq-browser-agent.com browser-intake-datadoghq.com browser-intake-datadoghq.eu
hotjar|a|hotjar.com hotjar.io
contentsquare|a|contentsquare.net
fullstory|a|fullstory.com
mouseflow|a|mouseflow.com
smartlook|a|smartlook.com
lucky-orange|a|luckyorange.com luckyorange.net
crazy-egg|a|crazyegg.com
optimizely|a|optimizely.com
vwo|a|visualwebsiteoptimizer.com
ab-tasty|a|abtasty.com
kameleoon|a|kameleoon.eu kameleoon.io kameleoon.com kameleoon.net
dynamic-yield|a|dynamicyield.com
shopify|n|cdn.shopify.com myshopify.com shop.app
shopify-analytics|a|monorail-edge.shopifysvc.com
salesforce-cc|n|
salesforce-einstein|a|cquotient.com
stripe|n|stripe.com stripe.network stripecdn.com
paypal|n|paypal.com paypalobjects.com
adyen|n|adyen.com
klarna|n|klarna.com klarnacdn.net
zendesk|f|static.zdassets.com ekr.zdassets.com *.zendesk.com zopim.com
brevo-chat|f|conversations-widget.brevo.com
intercom|f|intercom.io intercomcdn.com
crisp|f|crisp.chat
tawk|f|tawk.to
livechat|f|livechatinc.com
drift|f|driftt.com drift.com
tidio|f|tidio.co
gorgias|f|gorgias.chat
iadvize|f|iadvize.com
hubspot-chat|f|usemessages.com
hubspot-forms|f|hsforms.net hsforms.com
vimeo|f|player.vimeo.com vimeocdn.com
trustpilot|f|widget.trustpilot.com invitejs.trustpilot.com
avis-verifies|f|avis-verifies.com
yotpo|f|yotpo.com
bazaarvoice|f|bazaarvoice.com`;

const CATEGORY: Record<string, string> = { n: 'necessary', f: 'functional', a: 'analytics', m: 'advertising' };

/** Built-in services by name: their category and hosts (titles, lifetimes, cookies and storage: see above). */
export const CATALOGUE: Record<string, ServiceConfig> = dict();

for (const line of D.split('\n')) {
  const [name, c, hosts] = line.split('|');
  const s: ServiceConfig = { category: CATEGORY[c] };
  if (hosts) s.hosts = hosts.split(' ');
  CATALOGUE[name] = s;
}

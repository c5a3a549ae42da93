// The built-in catalogue: the trackers European shops commonly run, by service name.
//
// It ships in the script every visitor downloads, so it is one packed string, one service per
// line, decoded once at start-up:
//
//   name|category|title|lifetime|hosts|cookies|storage
//
// category: n necessary, f functional, a analytics, m advertising (marketing).
// title: empty when it is the name in title case (`lucky-orange` reads "Lucky Orange").
// lifetime: the vendor's longest-lived cookie, "<number> <unit>" or "session" (src/ui/text.ts
// formats it); empty when no source states it.
// hosts, cookies, storage: space-separated. A host matches itself and every subdomain;
// `host/path` matches only URLs on that host whose path starts with `/path`. A trailing `*` on
// a cookie or storage key makes a prefix.
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
// - Cookies and storage keys: only those the vendor's script writes on the site's own origin,
//   which the page can read and src/blocking/clean.ts deletes when the service is refused. Those on
//   the vendor's own domain (YouTube's PREF, doubleclick's IDE and test_cookie, Meta's datr, the
//   Maps NID) are out of the page's reach: listing them would only make the clean-up delete a
//   site cookie of the same name. Their duration still counts in `lifetime`. Opt-out and
//   privacy-mode flags (`__kla_off`, `_cs_optout`, `_vis_opt_out`, `optimizelyOptOut`,
//   `pa_privacy`, Pardot's `pi_opt_in`, `dw_dnt`…) never match a service that can be refused, so
//   that refusing it never deletes an earlier opt-out.
// - Left out on purpose: consent managers (Didomi, Axeptio…: not trackers), Google Fonts
//   (stylesheets and font files, which blocking does not handle), self-hosted Matomo (no fixed
//   host: the site declares it), Firebase's www.gstatic.com/firebasejs/ (it also serves Auth and
//   Firestore) and firebaseremoteconfig (feature flags, not measurement), and necessary services
//   that would only be listed (hCaptcha, Turnstile, tag-manager loaders other than GTM).
import { dict } from '../core/dict';
import type { ServiceConfig } from '../core/types';

const D = `gtm|n|Google Tag Manager||www.googletagmanager.com/gtm.js||
ga4|a|Google Analytics 4|2 years|www.googletagmanager.com/gtag/ www.google-analytics.com/g/ region1.google-analytics.com analytics.google.com|_ga _ga_*|
ga-universal|a|Universal Analytics|2 years|ssl.google-analytics.com www.google-analytics.com/analytics www.google-analytics.com/ga.js www.google-analytics.com/collect|_ga _gid _gat* _dc_gtm_* _gac_* AMP_TOKEN __utm*|
firebase|a|Firebase Analytics|2 years|firebase.googleapis.com firebaseinstallations.googleapis.com firebaselogging-pa.googleapis.com|_ga _ga_*|
google-ads|m||13 months|doubleclick.net googleadservices.com googlesyndication.com googletagservices.com adservice.google.com www.google.com/pagead/|_gcl_* __gads __gpi __eoi|_gcl_ls
google-maps|f||13 months|www.google.com/maps maps.google.com maps.googleapis.com maps.gstatic.com khms0.googleapis.com streetviewpixels-pa.googleapis.com||
youtube|f|YouTube|8 months|youtube.com youtube-nocookie.com ytimg.com yt3.ggpht.com googlevideo.com||
recaptcha|n|Google reCAPTCHA|6 months|www.google.com/recaptcha/ www.gstatic.com/recaptcha/ recaptcha.net||
meta-pixel|m||2 years|connect.facebook.net www.facebook.com/tr|_fbp _fbc|
facebook|m|Facebook embeds||www.facebook.com/plugins/||
instagram|m|Instagram embeds||www.instagram.com||
tiktok-pixel|m|TikTok Pixel|13 months|analytics.tiktok.com|_ttp _tt_enable_cookie ttcsid*|tt_appInfo tt_sessionId tt_pixel_session_index
tiktok-embed|m|TikTok embeds||www.tiktok.com/embed||
pinterest|m|Pinterest Tag|1 year|s.pinimg.com ct.pinterest.com assets.pinterest.com|_pin_unauth _epik _derived_epik _pinterest_*|
snapchat-pixel|m|Snap Pixel|13 months|sc-static.net tr.snapchat.com|_scid _scid_r _schn|
linkedin-insight|m|LinkedIn Insight Tag|1 year|snap.licdn.com ads.linkedin.com|li_fat_id|
x-pixel|m||2 years|ads-twitter.com analytics.twitter.com t.co/i/|_twclid|
x-embed|m|X embeds||platform.twitter.com syndication.twitter.com||
reddit-pixel|m||90 days|www.redditstatic.com/ads/ alb.reddit.com|_rdt_uuid|
microsoft-uet|m|Microsoft Advertising|13 months|bat.bing.com|_uet*|_uet*
clarity|a|Microsoft Clarity|1 year|clarity.ms|_clck _clsk|
criteo|m||13 months|criteo.net criteo.com|cto_*|
taboola|m||13 months|taboola.com|taboola* _tb_*|
outbrain|m||3 months|outbrain.com||
quantcast|m||13 months|quantserve.com quantcount.com|__qca|
adroll|m|AdRoll|13 months|adroll.com|__adroll* __ar_v4|
rtb-house|m|RTB House||creativecdn.com||
trade-desk|m|The Trade Desk|1 year|adsrvr.org||
awin|m|||dwin1.com awin1.com|_aw_m_* AwinChannelCookie|
rakuten|m|Rakuten Advertising||tag.rmp.rakuten.com linksynergy.com||
tradedoubler|m|||tradedoubler.com||
klaviyo|m||2 years|klaviyo.com|__kla_id|klaviyoOnsite klaviyoPagesVisitCount*
brevo|m||6 months|sibautomation.com cdn.brevo.com in-automate.brevo.com in-automate.sendinblue.com|sib_cuid|
mailchimp|m||14 days|chimpstatic.com list-manage.com s3.amazonaws.com/downloads.mailchimp.com/|mc_cid mc_eid mc_landing_site|
hubspot|m|HubSpot|13 months|hs-scripts.com hs-analytics.net hsadspixel.net hscollectedforms.net hsleadflows.net track.hubspot.com|__hstc hubspotutk __hssc __hssrc|
salesforce-mc|m|Salesforce Marketing Cloud|10 years|pardot.com collect.igodigital.com|visitor_id* lpv* igodigitalst_* igodigitaltc2 igodigitalstdomain|
activecampaign|m|ActiveCampaign|30 days|app-us1.com trackcmp.net|prism_* ac_enable_tracking|
bloomreach|m|Bloomreach Engagement|3 years|exponea.com|__exponea_etc__ __exponea_time2__|
sleeknote|m||1 year|sleeknote.com|_sn_*|
dailymotion|f|||www.dailymotion.com/embed geo.dailymotion.com dmcdn.net||
matomo|a||13 months|matomo.cloud|_pk_*|
piwik-pro|a|Piwik PRO|13 months|piwik.pro|_pk_id.* _pk_ses.* stg_traffic_source_priority stg_last_interaction stg_returning_visitor stg_externalReferrer stg_utm_campaign stg_pk_campaign stg_fired_*|
piano-analytics|a||13 months|aticdn.net xiti.com pa-cd.com|_pcid _pctx pa_vid pa_user pa_uid atuserid atidvisitor xtidc|
plausible|a|||plausible.io||
cloudflare-insights|a|Cloudflare Web Analytics||cloudflareinsights.com||
adobe-analytics|a||2 years|omtrdc.net 2o7.net demdex.net|s_cc s_sq s_vi* s_fid s_ecid s_ppv s_tp AMCV_* AMCVS_*|
yandex-metrica|a||1 year|mc.yandex.ru mc.yandex.com|_ym_*|_ym*
amplitude|a||1 year|amplitude.com|AMP_* amplitude_id*|AMP_*
mixpanel|a||1 year|mxpnl.com mixpanel.com|mp_*|mp_*
segment|a||1 year|segment.com segment.io|ajs_*|ajs_*
heap|a||13 months|heapanalytics.com|_hp2_*|
new-relic|a||session|js-agent.newrelic.com nr-data.net|NREUM|NRBA_SESSION*
datadog-rum|a|Datadog RUM|4 hours|datadoghq-browser-agent.com browser-intake-datadoghq.com browser-intake-datadoghq.eu|_dd_s|_dd_s
hotjar|a||1 year|hotjar.com hotjar.io|_hj*|_hj* hjViewportId hjActiveViewportIds
contentsquare|a||13 months|contentsquare.net|_cs_id _cs_s _cs_c _cs_cvars _cs_ex _cs_rl _cs_mk*|
fullstory|a|FullStory|1 year|fullstory.com|fs_uid fs_lua fs_cid|
mouseflow|a||3 months|mouseflow.com|mf_*|
smartlook|a|||smartlook.com||
lucky-orange|a||2 years|luckyorange.com luckyorange.net|_lo_* __lotl __lotr|
crazy-egg|a||1 year|crazyegg.com|_ce.* _CEFT cebs cebsp_*|
optimizely|a||6 months|optimizely.com|optimizelyEndUserId optimizelySegments optimizelyBuckets optimizelyPendingLogEvents optimizelyRedirectData optimizelyDomainTestCookie|optimizely*
vwo|a|VWO|10 years|visualwebsiteoptimizer.com|_vwo_* _vis_opt_s _vis_opt_test_cookie _vis_opt_exp_*|
ab-tasty|a|AB Tasty|13 months|abtasty.com|ABTasty*|ABTasty*
kameleoon|a|||kameleoon.eu kameleoon.io kameleoon.com kameleoon.net|kameleoonVisitorCode|
dynamic-yield|a||1 year|dynamicyield.com|_dyid _dyid_server _dyjsession _dycmc _dycnst _dycst _dy_* DYID DYSES dy_fs_page|
shopify|n||1 year|cdn.shopify.com myshopify.com shop.app|cart cart_sig cart_ts cart_currency secure_customer_sig localization keep_alive _tracking_consent _cmp_a _shopify_essential _secure_session_id checkout_session_token*|
shopify-analytics|a||1 year|monorail-edge.shopifysvc.com|_shopify_y _shopify_s _shopify_sa_t _shopify_sa_p _orig_referrer _landing_page|
salesforce-cc|n|Salesforce Commerce Cloud|6 months||dwsid dwanonymous_* dwac_* sid dw_dnt __cq_dnt|
salesforce-einstein|a||1 year|cquotient.com|cqcid __cq_uuid|
stripe|n||1 year|stripe.com stripe.network stripecdn.com|__stripe_mid __stripe_sid|
paypal|n|PayPal|3 years|paypal.com paypalobjects.com||
adyen|n||30 days|adyen.com|_rp_uid|
klarna|n|||klarna.com klarnacdn.net||
zendesk|f||1 year|static.zdassets.com ekr.zdassets.com *.zendesk.com zopim.com|__zlcmid __zlcprivacy|ZD-*
brevo-chat|f|Brevo Conversations||conversations-widget.brevo.com||
intercom|f||9 months|intercom.io intercomcdn.com|intercom-*|
crisp|f||6 months|crisp.chat|crisp-client*|
tawk|f|tawk.to|6 months|tawk.to|tawk_uuid_* twk_idm_key TawkConnectionTime tawkUUID _tawkuuid|twk_*
livechat|f|LiveChat|3 years|livechatinc.com|__lc* __livechat|
drift|f||2 years|driftt.com drift.com|drift_* driftt_aid|
tidio|f|||tidio.co||
gorgias|f|||gorgias.chat||
iadvize|f|iAdvize||iadvize.com||
hubspot-chat|f|HubSpot Chat|13 months|usemessages.com|messagesUtk|
hubspot-forms|f|HubSpot Forms||hsforms.net hsforms.com||
vimeo|f||2 years|player.vimeo.com vimeocdn.com||
trustpilot|f|||widget.trustpilot.com invitejs.trustpilot.com||
avis-verifies|f|Avis Vérifiés||avis-verifies.com||
yotpo|f|||yotpo.com||
bazaarvoice|f||20 years|bazaarvoice.com|BVBRANDID BVBRANDSID|`;

const CATEGORY: Record<string, string> = { n: 'necessary', f: 'functional', a: 'analytics', m: 'advertising' };

/** Built-in services by name. */
export const CATALOGUE: Record<string, ServiceConfig> = dict();

for (const line of D.split('\n')) {
  const [name, c, title, lifetime, hosts, cookies, storage] = line.split('|');
  // An empty title is the name in title case: `lucky-orange` reads "Lucky Orange".
  const s: ServiceConfig = {
    category: CATEGORY[c],
    title: title || name.replace(/(^|-)(.)/g, (_, d: string, x: string) => (d && ' ') + x.toUpperCase()),
  };
  if (lifetime) s.lifetime = lifetime;
  if (hosts) s.hosts = hosts.split(' ');
  if (cookies) s.cookies = cookies.split(' ');
  if (storage) s.storage = storage.split(' ');
  CATALOGUE[name] = s;
}

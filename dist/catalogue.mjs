const dict = () => /* @__PURE__ */ Object.create(null);

const D$2 = `ga4|_ga _ga_*|
ga-universal|_ga _gid _gat* _dc_gtm_* _gac_* AMP_TOKEN __utm*|
firebase|_ga _ga_*|
google-ads|_gcl_* __gads __gpi __eoi|_gcl_ls
meta-pixel|_fbp _fbc|
tiktok-pixel|_ttp _tt_enable_cookie ttcsid*|tt_appInfo tt_sessionId tt_pixel_session_index
pinterest|_pin_unauth _epik _derived_epik _pinterest_*|
snapchat-pixel|_scid _scid_r _schn|
linkedin-insight|li_fat_id|
x-pixel|_twclid|
reddit-pixel|_rdt_uuid|
microsoft-uet|_uet*|_uet*
clarity|_clck _clsk|
criteo|cto_*|
taboola|taboola* _tb_*|
quantcast|__qca|
adroll|__adroll* __ar_v4|
awin|_aw_m_* AwinChannelCookie|
klaviyo|__kla_id|klaviyoOnsite klaviyoPagesVisitCount*
brevo|sib_cuid|
mailchimp|mc_cid mc_eid mc_landing_site|
hubspot|__hstc hubspotutk __hssc __hssrc|
salesforce-mc|visitor_id* lpv* igodigitalst_* igodigitaltc2 igodigitalstdomain|
activecampaign|prism_* ac_enable_tracking|
bloomreach|__exponea_etc__ __exponea_time2__|
sleeknote|_sn_*|
matomo|_pk_*|
piwik-pro|_pk_id.* _pk_ses.* stg_traffic_source_priority stg_last_interaction stg_returning_visitor stg_externalReferrer stg_utm_campaign stg_pk_campaign stg_fired_*|
piano-analytics|_pcid _pctx pa_vid pa_user pa_uid atuserid atidvisitor xtidc|
adobe-analytics|s_cc s_sq s_vi* s_fid s_ecid s_ppv s_tp AMCV_* AMCVS_*|
yandex-metrica|_ym_*|_ym*
amplitude|AMP_* amplitude_id*|AMP_*
mixpanel|mp_*|mp_*
segment|ajs_*|ajs_*
heap|_hp2_*|
new-relic|NREUM|NRBA_SESSION*
datadog-rum|_dd_s|_dd_s
hotjar|_hj*|_hj* hjViewportId hjActiveViewportIds
contentsquare|_cs_id _cs_s _cs_c _cs_cvars _cs_ex _cs_rl _cs_mk*|
fullstory|fs_uid fs_lua fs_cid|
mouseflow|mf_*|
lucky-orange|_lo_* __lotl __lotr|
crazy-egg|_ce.* _CEFT cebs cebsp_*|
optimizely|optimizelyEndUserId optimizelySegments optimizelyBuckets optimizelyPendingLogEvents optimizelyRedirectData optimizelyDomainTestCookie|optimizely*
vwo|_vwo_* _vis_opt_s _vis_opt_test_cookie _vis_opt_exp_*|
ab-tasty|ABTasty*|ABTasty*
kameleoon|kameleoonVisitorCode|
dynamic-yield|_dyid _dyid_server _dyjsession _dycmc _dycnst _dycst _dy_* DYID DYSES dy_fs_page|
shopify|cart cart_sig cart_ts cart_currency secure_customer_sig localization keep_alive _tracking_consent _cmp_a _shopify_essential _secure_session_id checkout_session_token*|
shopify-analytics|_shopify_y _shopify_s _shopify_sa_t _shopify_sa_p _orig_referrer _landing_page|
salesforce-cc|dwsid dwanonymous_* dwac_* sid dw_dnt __cq_dnt|
salesforce-einstein|cqcid __cq_uuid|
stripe|__stripe_mid __stripe_sid|
adyen|_rp_uid|
zendesk|__zlcmid __zlcprivacy|ZD-*
intercom|intercom-*|
crisp|crisp-client*|
tawk|tawk_uuid_* twk_idm_key TawkConnectionTime tawkUUID _tawkuuid|twk_*
livechat|__lc* __livechat|
drift|drift_* driftt_aid|
hubspot-chat|messagesUtk|
bazaarvoice|BVBRANDID BVBRANDSID|`;
function stored() {
  const out = /* @__PURE__ */ Object.create(null);
  for (const line of D$2.split("\n")) {
    const [name, cookies, storage] = line.split("|");
    out[name] = [cookies ? cookies.split(" ") : [], storage ? storage.split(" ") : []];
  }
  return out;
}

const D$1 = `gtm|n|www.googletagmanager.com/gtm.js
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
const CATEGORY = { n: "necessary", f: "functional", a: "analytics", m: "advertising" };
const CATALOGUE$1 = dict();
for (const line of D$1.split("\n")) {
  const [name, c, hosts] = line.split("|");
  const s = { category: CATEGORY[c] };
  if (hosts) s.hosts = hosts.split(" ");
  CATALOGUE$1[name] = s;
}

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
avis-verifies|Avis V\xE9rifi\xE9s|
yotpo||
bazaarvoice||20 years`;
const titleOf = (name) => name.replace(/(^|-)(.)/g, (_, d, x) => (d && " ") + x.toUpperCase());
function titles() {
  const out = /* @__PURE__ */ Object.create(null);
  for (const line of T.split("\n")) {
    const [name, title, lifetime] = line.split("|");
    out[name] = [title || titleOf(name), lifetime];
  }
  return out;
}

const CATALOGUE = dict();
const t = titles();
const d = stored();
for (const n in CATALOGUE$1) {
  const { category, hosts } = CATALOGUE$1[n];
  const [title, lifetime] = t[n] || [];
  const [cookies, storage] = d[n] || [];
  const s = { category, title };
  if (lifetime) s.lifetime = lifetime;
  if (hosts) s.hosts = hosts;
  if (cookies?.length) s.cookies = cookies;
  if (storage?.length) s.storage = storage;
  CATALOGUE[n] = s;
}

const OCD = `31rx.io|_rxuuid
333Across|33x_ps
3Active Campaign|ac_enable_tracking|prism_*
3Acuity|auid|aum
3Adalyser.com|__adal_ca|__adal_cw|__adal_id|__adal_ses
3Adcalls|acalltracker|acalltrackernumber
3Adform|CFFC*|CM14|DigiTrust.v1.identity|EBFC*|EBFCD*|GCM|TPC|adformfrpid|adtrc|otsid
3Adhese|adform_uid|adheseCustomer|appnexus_uid|improvedigital_uid|pubmatic_uid|rubicon_uid|triplelift_uid
3Adition|UserID1
3Adkernel|ADKUID|DSP2F_*|SSPR_*|SSPZ
3Admatic|__adm_ui|__adm_uiex|__adm_usyncc|uids
3Admixer|am-uid
3Adobe Advertising|_lcc|_tmae|adcloud|ev_sync_ax|ev_sync_bk|ev_sync_dd|ev_sync_fs|ev_sync_ix|ev_sync_nx|ev_sync_ox|ev_sync_pm|ev_sync_rc|ev_sync_tm|ev_sync_yh|ev_tm|everest_g_v2|everest_session_v2|id_adcloud
3Adobe Analytics|s_ecid
3Adobe Audience Manager|AMCVS_*|AMCV_*|_dp|aam_uuid|demdex|dextp|dpm|dst|mbox
3Adxcore|advst_uid_11
3Amazon|__trf.src|ad-id|ad-privacy
3Aniview|aniC
3Atlas|AA003|ATN
3Audrte|arcki2*|arcki2_adform|arcki2_ddp
3Awin|AwinChannelCookie|lantern
3Bazaar Voice|BVID|BVSID
3Beamer|_BEAMER_DATE_*|_BEAMER_FILTER_BY_URL_*|_BEAMER_FIRST_VISIT_*|_BEAMER_LAST_POST_SHOWN_*|_BEAMER_USER_ID_*
3Beeswax|bito|bitoIsSecure
3Bidence|_dsp_uid*|_ssp_update_time*|duid_update_time
3Bing / Microsoft|ACH01|ACL|ACLUSR|ANON|ANONCHK|BCP|BFB|BFBUSR|MC1|MSFPC|MSPTC|MUID|MUIDB|NAP|OIDI|OIDR|ToptOut|_HPVN|_RwBf|_UR|_uetsid|_uetvid|childinfo|kcdob|kcrelid|kcru|pcfm
3Blue|BLUEID|ckid
3BlueKai|bkdc|bkpa|bku
3Blueconic.com|BCReferrerOverrule|BCRefusedObjectives|BCRevision|BCSessionID|BCTempID|BCTracking|bc_tstgrp
3Bouncex|bounceClientVisit|dgzsdl08v4
3Casale Media|CMID|CMPRO|CMPS|CMRUM3|CMST
3Claritas|barometric[cuid]|barometric[idfa]
3ComScore|UIDR|XID
3Command Act|CAID|TCID|TCLANDINGURL|TCREDIRECT|TCREDIRECT_DEDUP|TCSESSION|TMS|WID|tc_cj_v2|tc_cj_v2_cmp.|tc_cj_v2_med
3CookieConsent.io|ccec_user
3Crazy Egg|_crazyegg|ce_signup_partner
3Customer.io|_cio|_cioanonid|_cioid|cioFT|cioLT
3Datatrics|datatricsDebugger|datatrics_customData|datatrics_optin
3Digital Audience|digitalAudience
3Disqus|vglnk.Agent.p|vglnk.PartnerRfsh.p
3Dotomi|DotomiSession_*|DotomiStatus|DotomiSync|DotomiUser|cjae|dtm_gdpr_delete|dtm_gpc_optout|dtm_tcdata|dtm_tcdata_exp|dtm_token|dtm_token_exp|dtm_token_sc|dtm_user_id|dtm_user_id_sc
3DoubleClick/Google Marketing|APC|FLC|GoogleAdServingTest|IDE|RUL|__gads|ar_debug
3Dynamic Yield|_dy_cs_cookie_items|_dy_cs_storage_items
3E-volution.ai|v_usr
3Emetric|pid_short|pid_signature
3Exponea|__exponea_etc__|__exponea_time2__
3Ezoic|ezosuibasgeneris-1|ezosuigeneris*
3Facebook|_fbc|_fbp|aks|aksb|c_user|campaign_click_url|csm|datr|dbln|ddid|ick|js_ver|m_user|sfau|usida
3Fastclick|pluto|pluto2
3Federated Media Publishing|ljt_reader
3Fidelity-media.com|DSP_UID
3FreeWheel|MRM_UID|uid-bp-*
3Google|1P_JAR|AID|APISID|AdID|COMPASS|DSID|FPGCLDC|GN_PREF|HSID|LSID|NID|OSID|OTZ|SAPISID|SIDCC|SNID|SSID|TAID|UULE|__Secure-OSID|_dcid|_gcl_au|_gcl_dc|gac|gcl
3Google AdSense|ACLK_DATA|GED_PLAYLIST_ACTIVITY|__gpi|__gpi_optout|__gsas
3Google Ads|ADS_VISITOR_ID|FPGCLAW|FPGCLGB|__Secure-1PAPISID|__Secure-1PSID|__Secure-1PSIDCC|__Secure-1PSIDTS|__Secure-3PAPISID|__Secure-3PSID|__Secure-3PSIDCC|__Secure-3PSIDTS|_gac_gb_*|_gcl_aw|_gcl_gb|_gcl_gs
3Google Analytics|FPAU|_gac_*
3Google Flights|_gcl_gf
3Google Hotel Ads|_gcl_ha
3Google Maps|OGP|OGPC
3Google Surveys|PAIDCONTENT
3Groovinads|GRV_BHV_BRND_*|GRV_BHV_DATE*|GRV_BHV_IDCAT*|GRV_BHV_IDCC*|GRV_BHV_SKU*|GRV_BHV_UID*|GRV_IDU|GRV_google|NPA
3GumGum|vst
3Hubspot|__hssc|__hssrc|__hstc|hubspotapi|hubspotutk|messagesUtk
3ID5|3pi|cip|cnac|id5
3Improve Digital|umeh
3Instagram|ds_user_id|fbm_*|ig_cb|ig_did|shbid|shbts
3Issuu|iutk
3Kelkoo|KelkooID
3Klaviyo|__kla_id
3Leadfeeder|_lfa
3Leadinfo|_li_id*|_li_ses*
3LinkedIn|ABSELB|BizographicsOptOut|IRLD|UserMatchHistory|_guid|bcookie|brwsr|bscookie|li_oatml|li_sugr|liap|lidc|lissc|lms_ads|spectroscopyId|trkCode|trkInfo
3LiveIntent|_li_ss|lidid
3Lotame|_cc_aud|_cc_cc|_cc_dc|_cc_domain|_cc_id|panoramaId|panoramaId_expiry|panoramaId_expiry_exp
3Magnite|audit_p|khaos|khaos_p|rpb|rpx|tv_U*|tvid
3MailMunch|_mailmunch_visitor_id|mailmunch_second_pageview
3Media.net|mnet_session_depth
3MediaMath|mt_misc|mt_mop|uuidc
3MediaVine|am_tokens|am_tokens_invalidate-verizon-pushes|mv_tokens|mv_tokens_invalidate-verizon-pushes
3Mediaplex|rts|svid
3Mediarithmics|mics_lts|mics_uaid|mics_vid
3MercadoLibre|_d2id|edsid|ftid
3Nexx360|n360-adform|n360-adnuntius|n360-adot|n360-adyoulike|n360-amx|n360-appnexus|n360-bliink|n360-connectad|n360-conversant|n360-cwire|n360-firstid|n360-freewheel|n360-fueldigital|n360-fueldigitalix|n360-fueldigitalmedia|n360-gingerad|n360-goodad|n360-gravity|n360-groupm|n360-improve|n360-ix|n360-mediagrid|n360-medianet|n360-moneytag|n360-nextmillennium|n360-onetag|n360-openx|n360-outbrain|n360-plista|n360-pubmatic|n360-pulsepoint|n360-quantum|n360-richaudience|n360-rtbhouse|n360-rubicon|n360-sharethrough|n360-smaato|n360-smartadserver|n360-smartyads|n360-smilewanted|n360-staila|n360-tappx|n360-thirtythreeacross|n360-traffective|n360-triplelift|n360-ttd|n360-vidoomy|n360-yahoo|n360-yieldlab|n360_adform|n360_adnuntius|n360_adot|n360_adyoulike|n360_amx|n360_appnexus|n360_bliink|n360_connectad|n360_conversant|n360_cwire|n360_firstid|n360_freewheel|n360_fueldigital|n360_fueldigitalix|n360_fueldigitalmedia|n360_gingerad|n360_goodad|n360_gravity|n360_groupm|n360_improve|n360_ix|n360_mediagrid|n360_medianet|n360_moneytag|n360_nextmillennium|n360_onetag|n360_openx|n360_outbrain|n360_plista|n360_pubmatic|n360_pulsepoint|n360_quantum|n360_richaudience|n360_rtbhouse|n360_rubicon|n360_sharethrough|n360_smaato|n360_smartadserver|n360_smartyads|n360_smilewanted|n360_staila|n360_tappx|n360_thirtythreeacross|n360_traffective|n360_triplelift|n360_ttd|n360_vidoomy|n360_yahoo|n360_yieldlab
3Nielsen|IMRID|udo
3OnAudience|done_redirects*
3OneTrust|_mkto_trk
3Optimizely|optimizelyDomainTestCookie|optimizelyEndUserId|optimizelyOptOut|optimizelyRedirectData
3Optinmonster|_omappvp|_omappvs
3Ortec|adx_ts|app_ts|id_ts|spx_ts
3Outbrain|adrl|apnxs|bdswch|cookieJartestCookie|dicbo_id|mdfrc|obsessionid-*|obuid|opout|outbrain_dicbo_id|recs-*|ref-|ttd|unifiedPixel
3Pangle|_pangle
3Partnerize|tPHG-PS
3Perfect Audience|pa_google_ts|pa_openx_ts|pa_rubicon_ts|pa_twitter_ts|pa_uid|pa_yahoo_ts
3Piano|_pcus|cX_G|gckp|pnespsdk_pnespid
3Pinterest|_derived_epik|_epik|_pin_unauth|_pinterest_ct|_pinterest_ct_rt|_pinterest_ct_ua|_routing_id|sessionFunnelEventLogged
3Platform161|ad2|fl_inst|pcc2|pvc2|trc|tuuid
3PowerLinks|pl_user_id
3PowerLinks Media Limited|dsps:*
3PubMatic|ADUSERCOOKIE|DPFQ|DPPIX_ON|DPSync*|KADUSERCOOKIE|KCCH|KRTBCOOKIE_*|PUBMDCID|PUBRETARGET|PugT|SPugT|SYNCUPPIX_ON|SyncRTB*|USCC|camfreq_*|pubfreq_*
3Pulsepoint|_dbefe
3Qualaroo|ki_s|ki_u
3Quantcast|__qca|cref
3RD Station|_rd_experiment_version|_rd_wa_first_session*|_rd_wa_id*|_rd_wa_ses_id*|_rdlps_pp|_rdtrk|_sp_root_domain_test_|_sp_wa_first_session*|_sp_wa_id*|_sp_wa_ses_id*|rdtrk
3Rapleaf|pxrc|rlas3
3Reddit|_rdt_uuid|edgebucket|initref
3Roku|matchadform|wfivefivec
3SAP|_gigRefUid_*|_gig_*|_gig_email|_gig_llp|_gig_llu|_gig_shareUI_lastUID|apiDomain_*|gig_bootstrap_*|gig_hasGmid|gmid|hasGmid|ucid
3SOVRN|_ljtrtb_*|ljtrtb
3Sailthru|sailthru_content|sailthru_pageviews|sailthru_visitor
3Salesforce|_kuid_|apex__EmailAddress|expid_*|igodigitalst_*|igodigitalstdomain|igodigitaltc2|oinfo
3Seedtag|st_chc|st_cnt|st_cs|st_csd|st_ssp|st_uid
3ShareThis|__stidv
3Sharethrough|stx_user_id
3Sharpspring|__ss|__ss_referrer|__ss_tk|koitk
3Shopify|_landing_page|_orig_referrer|_shopify_sa_t
3Sleeknote|_sn_m
3Smaato|SCM|SCMaps|SCMg|SCMinf|SCMo|SCMsovrn
3Smartadserver|Comp|Pwb|TestIfCookie|TestIfCookieP|cnfq|csfq|csync|lcsrc|lcsrd|sasd|sasd2
3SnapEngage|SnapABugHistory|SnapABugRef
3Snapchat|_schn|_scid|_scid_r|sc-a-nonce|sc_at
3Sonobi|HAPLB3A|HAPLB5S|HAPLB8*|__uin_bw|__uin_mm|__uin_rh|__uir_bw|__uir_mm|__uir_rh|__uis
3Springserve|ssid|sst
3Squeezely|sqzl_abs|sqzl_session_id|sqzl_vw|sqzllocal
3Stape|_gtmeec
3StreamTheWorld|idsync-bsw-uid-s
3Taboola|_tb_t_ppg|t_gid|taboola_session_id
3Tailtarget|ttbprf|ttc|ttca|ttgcm|ttnprf
3Tapad|TapAd_3WAY_SYNCS|TapAd_DID|TapAd_TS
3Tappx|TXCD|TXCSDMN_*
3Teads|tt_bluekai|tt_exelate|tt_liveramp|tt_neustar|tt_salesforce|tt_viewer
3The Ozone Project|ozone_uid
3The Tradedesk|TDCPM|TDID
3TikTok|MONITOR_WEB_ID|_tt_enable_cookie|_ttp|msToken|ttcsid*|ttwid
3Totvs|_ssc
3Tripadvisor|TADCID
3TripleLift|tluid|tluidp
3Trustpilot|amplitude_id*
3Twiago|deuxesse_uxid
3Typeform|attribution_user_id
3Underdog Media|rtbh|udmts
3Undertone|UID_EXT_*|UTID|UTID_ENC
3Unrulymedia.com|unruly_m*
3Usabilla|usbls
3Verve|lkqdid|lkqdidts
3Vidoomy|vidoomy-uids
3Visx.net|um2
3Vuble|_mb
3Wix.com|svSession
3WordPress|tk_lr|tk_or
3X|_twitter_sess|ads_prefs|ct0|eu_cn|guest_id|guest_id_ads|guest_id_marketing|kdt|muc_ads|personalization_id|remember_checked_on|rweb_optin|syndication_guest_id|tfw_exp|twid
3Xandr|XANDR_PANID|anj|icu|uuid2
3Yahoo|A1S|APID|APIDTS|GUC|IDSYNC|OTH|adaptv_unique_user_cookie|adsrcvw1|axids|migrated2y|rtbData0|rxx|tbla_id|tearsheet|trc_cookie_storage|unique_ad_source_impression
3Yieldmo|ptradtrt|ptran|ptrb|ptrbsw|ptrc|ptrcriteo|ptreps|ptropenx|ptrpp|ptrpub|ptrrc|ptrrhs|ptrt
3Youtube|DEVICE_INFO|GPS|LOGIN_INFO|VISITOR_INFO1_LIVE|VISITOR_PRIVACY_METADATA|YSC|__Secure-ROLLOUT_TOKEN
3ZOHO|zc_loc|zc_show
3Zeotap|idp|zsc|zuc
3adscale.de|cct
3betweendigital.com|betweendigital.com
3bidswitch.net|tuuid_lu
3csync.loopme.me|viewer_token
3infOnline|i00
3justpremium.com|jpxumaster|jpxumatched
3openx.net|OAGEO*|OAID|univ_id
3rekmob.com|rek_content
3richAudience|avcid-*|pdid|rai-pltn-pl-*
3semasio.net|SEUNCY
3vmg.host|BSWtracker
2ABTasty|ABTasty|ABTastySession
2ABlyft|ablyft_exps|ablyft_queue|ablyft_tracking_consent|ablyft_uvs
2AT Internet|atidvisitor|atuserid
2Abovo Media|tv_spot_tracker
2Adcalls|acalltrackerreferrer
2Adhese|adhese2
2Adobe Analytics|fid|s_cc|s_fid|s_ppv|s_sq|s_tp|s_vi*
2Ahoy|ahoy_visit|ahoy_visitor
2Algolia|_ALGOLIA
2Amazon Web Services|aws-target-visitor-id
2Amplitude|AMP_*|AMP_MKTG_*|AMP_TEST|AMP_TLDTEST|amplitude_cookie_test|amplitude_id_*|amplitude_test*
2Baidu|HMACCOUNT|Hm_lpvt_|Hm_lvt_
2Bazaar Voice|BVBRANDID|BVBRANDSID
2Beslist.nl|client_bslstaid|client_bslstmatch|client_bslstsid|client_bslstuid
2Bit.ly|_bit
2Braze|ab.storage.deviceId.*|ab.storage.sessionId.*
2Chartbeat|_SUPERFLY_nosample|_chartbeat*
2CognitoForms|c-plan|c-referrer|c-signup|cognito.organization|cognito.services.a
2Command Act|TCAUDIENCE|_TCCookieSync
2ContentSquare|WRBlock|WRIgnore|WRUID|_CT_RS_|__CT_Data|_cs_c|_cs_cvars|_cs_debug|_cs_ex|_cs_id|_cs_mk_aa|_cs_mk_ga|_cs_optout|_cs_rl|_cs_root-domain|_cs_s|_cs_same_site|_cs_tld*|_hjUserAttrbutesHash|_hjUserAttributes|_hjasCachedUserAttributes|_hp2_hld|_hp5_event_props.*|_hp5_meta.*
2Crazy Egg|_CEFT|_ce.cch|_ce.clock_data|_ce.clock_event|_ce.gtld|_ce.irv|_ce.s|_ceir|_cer.v|ce_need_secure_cookie|ce_successful_csp_check|cebs|cebsp_|ceft_variant_override
2Dotmetrics|DotMetrics.DeviceKey|DotMetrics.SessionCookieTemp|DotMetrics.SessionCookieTempTimed|DotMetrics.UniqueUserIdentityCookie
2Duda|dm_last_page_view|dm_last_visit|dm_this_page_view|dm_timezone_offset|dm_total_visits
2Dynamic Yield|_dy_csc_ses|_dy_df_geo|_dy_geo|_dycmc|_dycst
2Dynatrace|dtCookie*|dtDisabled|dtLatC*|dtPC*|dtSa|dtValidationCookie|rxVisitor*|rxvt
2Ezoic|ezoadgid_*|ezopvc_*|ezoref_*|ezouid_*|ezovid_*|ezovuuid_*|ezovuuidtime_*|ezux_et_*|ezux_ifep_*|ezux_lpl_*|ezux_tos_*
2Fathom Analytics|_fathom*
2Gemius|Gdyn|__gfp_64b|__gfp_s_64b
2Google|FCCDCF|FCNEC
2Google Analytics|AMP_TOKEN|FPID|FPLC|__utma|__utmb|__utmc|__utmt|__utmv|__utmx|__utmxx|__utmz|_dc_gtm_*|_ga|_ga_*|_gali|_gat*|_gat_gtag_*|_gid
2Google Optimize|_gaexp_rc|_opt_awcid|_opt_awgid|_opt_awkid|_opt_awmid|_opt_expid
2Heap Analytics|_hp2_id|_hp2_ses_props
2Hotjar|_hjAbsoluteSessionInProgress|_hjCachedUserAttributes|_hjClosedSurveyInvites|_hjCookieTest|_hjDonePolls|_hjDoneTestersWidgets|_hjFirstSeen|_hjHasCachedUserAttributes|_hjIncludedInPageviewSample|_hjIncludedInSample|_hjIncludedInSessionSample*|_hjLocalStorageTest|_hjMinimizedPolls|_hjMinimizedTestersWidgets|_hjSessionRejected|_hjSessionResumed|_hjSessionStorageTest|_hjSessionTooLarge|_hjSessionUser_*|_hjSession_*|_hjShownFeedbackMessage|_hjTLDTest|_hjUserAttributesHash|_hjid|_hjptid|hjViewportId|hj_visitor
2Indeed|CTK|ctkgen|jasx_pool_id|pagead%2Fconv%2F*|pagead/conv/*
2Inspectlet|__insp_dct|__insp_norec_sess|__insp_nv|__insp_pad|__insp_ref|__insp_scpt|__insp_sid|__insp_slim|__insp_targlpt|__insp_targlpu|__insp_uid|__insp_wid
2Intercom|intercom-device-id-*|intercom-id-*|intercom-session-*
2Kentico|CMSLandingPageLoaded|CMSUserPage
2LinkedIn|AnalyticsSyncHistory|VID|df_ts|interstitial_page_reg_oauth_url|l_page|li_cc|li_feed_xray|ln_or|lss_bundle_viewer|sharebox-suggestion
2Lucky Orange|__lotl|__lotr|_lo_rid|_lo_uid|_lo_v
2Mailchimp|mc_cid|mc_eid|mc_landing_site
2Marfeel|___m_rec|_lv|_nrbi|_ut|compass_sid|compass_uid
2Marketo|_biz_ABTestA|_biz_EventA|_biz_flagsA|_biz_nA|_biz_pendingA|_biz_su|_biz_uid
2Matomo|_pk_cvar|_pk_hsr*|_pk_id*|_pk_ref*|_pk_ses*|_pk_testcookie*|matomo_ignore|matomo_sessid|mtm_consent|mtm_consent_removed|mtm_cookie_consent
2Microsoft|CLID|MicrosoftApplicationsTelemetryDeviceId|X-FD-FEATURES*|X-FD-Time*|_clck|_clsk
2Mixpanel|mp_
2Mopinion.com|Pastease.passive.activated*|Pastease.passive.chance*
2Oracle|ELOQUA|ELQSTATUS
2Oribi|oribi_cookie_test|oribi_user_guid
2Piano|__pat|__pvi|cX_P|pa_user|pnespsdk_push_subscription_added|pnespsdk_visitor
2Picreel|picreel_new_price|picreel_tracker__first_visit|picreel_tracker__page_views|picreel_tracker__visited
2Piwik|_pk_id.*|_pk_ses.*|_stg_optout|ppms_privacy_*|ppms_privacy_bar_*|stg_externalReferrer|stg_fired__*|stg_global_opt_out|stg_last_interaction|stg_pk_campaign|stg_returning_visitor|stg_traffic_source_priority|stg_utm_campaign
2Plausible Analytics|plausible_*
2Postviewscounter|pvc_visits[0]
2PubMatic|f5_cspm
2Qualtrics|ActionSetHistory|CPSessID|QSI_HistorySession|QSI_OptInIDsAndTargetOrigins|QSI_OptInIDsAndWindowNames|QSI_ReplaySession_Info_*|QSI_SI_*|QSI_TestSessions_*|SISessID
2Rudderstack|rl_anonymous_id|rl_auth_token|rl_group_id|rl_group_trait|rl_page_init_referrer|rl_page_init_referring_domain|rl_session|rl_trait|rl_user_id|test_rudder_cookie
2Salesforce|auraBrokenDefGraph|calViewState|pctrk|pi_opt_in
2ShareThis|__stid|pxcelBcnLcy|pxcelPage*
2Shopify|_Brochure_session|_shopify_d|_shopify_fs|_shopify_ga|_shopify_s|_shopify_sa_p|_shopify_uniq|_shopify_visit|_shopify_y|ki_r|ki_t|shop_analytics|tracked_start_checkout
2Siteimprove|nmstat
2Sleeknote|_sn_a
2Smartadserver|pbw
2Snowplow|_sp_id.*|_sp_ses.*
2Taboola|abLdr|abMbl|tb_click_param
2Tawk.to Chat|tawkUUID
2Tripadvisor|TAReturnTo|TATravelInfo|TAUnique
2Trustpilot|__asc|__auc|ajs_anonymous_id|ajs_group_id|ajs_user_id
2Umami|umami.*
2Viafoura|_vfa|_vfb|_vfz
2Vimeo|sd_client_id|sd_identity|vuid
2Visual Website Optimizer|_vwo_ds|_vwo_referrer|_vwo_sn
2WePublish|_wepublishGa|_wepublishGa_gid
2Weborama|AFFICHE_W
2WooCommerce|sbjs_current|sbjs_current_add|sbjs_first|sbjs_first_add|sbjs_migrations|sbjs_session|sbjs_udata
2WordPress|camptix_client_stats|tk_qs|tk_r3d|tk_tc
2Xandr|pses|usersync
2Yandex.Metrica|_yasc|_ym_d|_ym_isad|_ym_metrika_enabled|_ym_uid|_ym_visorc_*|is_gdpr|is_gdpr_b|usst|yabs-sid|yabs-vdrf|yandexuid|yashr|ymex|yuidss
2Yieldmo|yieldmo_id
2Zendesk|ZD-buid|ZD-suid|_zdshared_user_session_analytics
1AFAS|.auth|.secureclient|.securesession|.stateflags
1Adcalls|acalltrackersession|excludecalltracking
1Adobe Analytics|sat_track
1Adobe Audience Manager|at_check|renderid
1Belco|belco-anonymous-id|belco-cookies
1Bing / Microsoft|AADSSO|KievRPSAuth|MC0|MS0|MSNRPSAuth|MSPAuth|MSPProf|PPAuth|SRM_B|WLSSC|brcap|x-ms-gateway-slice
1Blueconic.com|BCPermissionLevel
1Braze|ab._gd|ab.optOut|ab.storage.userId.*
1Browser-Update.org|browserupdateorg
1Channel.me|wwwchannelme_z_sid
1Command Act|DLBCTLYOXA|FDLBCAMPAIGNCDOM|FDLBCTLY|FDLBFIRST|FDLBFIRSTAPI|FDLBFIRSTCAMPAIGN|FDLBFIRSTCAMPAIGNEF|FDLBFIRSTCMP|FDLBFIRSTDATA|FDLBFIRSTEVENTS|FDLBFIRSTTMS|TCIPD|TC_CHECK_COOKIES_SUPPORT|TC_OUTPUT|TC_OUTPUT_categories|TC_PRIVACY|TC_PRIVACY_CENTER|tc_caids|tc_cj_ss|tc_sample_|tc_ss*|tc_test_cookie
1Convert Insights|_conv_r|_conv_s|_conv_v
1Crazy Egg|ce_login|ce_sid|ce_signup_flow|ceac|cean|cean_assoc|cecu|cehc|celi|first_snapshot_url
1Crisp|crisp-client%2F*|crisp-client/*
1Digital Factory|cookie_notice_accepted
1Drift|drift_*
1Dynamic Yield|DYID|DYSES|_dy_lu_ses|_dy_ses_load_seq|_dy_soct|_dy_toffset|_dycnst|_dyid|_dyid_server|_dyjsession|dy_fs_page
1Dynatrace|72ddbc27|a69k21bb|b925d32c|cgq80xhu|iu2g34bw|kj76fg4h|l34kn6no|p23mn32t|ssoCSRFCookie
1Easysize.me|easysize_button_loaded_for_user
1Ezoic|active_template::*|ezds|ezoab_*|ezoawesome_*|ezohw|ezostid_*
1Fastclick|fastclick
1FeedbackCompany|tsrvid
1Flowbox|_flowbox
1Google|ACCOUNT_CHOOSER|CGIC|FPGSID|GCLB|G_AUTHUSER_H|LSOLH|SEARCH_SAMESITE|SMSV|SOCS|Secure-YEC|_Secure-ENID|_Secure-YEC|__Host-1PLSID|__Host-3PLSID|__Host-GAPS|__Secure-ENID|__Secure-YNID|g_enabled_idps|receive-cookie-deprecation
1Google AdSense|ANID|pm_sess|pm_sess_*
1Google Ads|AEC
1Google Analytics|GA_OPT_OUT
1Google Optimize|_gaexp
1Hubspot|__hs_cookie_cat_pref|__hs_do_not_track|__hs_gpc_banner_dismiss|__hs_initial_opt_in|__hs_notify_banner_dismiss|__hs_opt_out|__hsmem|hs-messages-hide-welcome-message|hs-messages-is-open|hs_ab_test|hs_langswitcher_choice|hubspotapi-prefs
1JoomlArt|ja_purity_ii_tpl|ja_purity_tpl
1Joomla! Engagebox|nrid
1Kiyoh|Kiyohnl
1Lightbox CDN|TiPMix|x-ms-routing-name
1LinkedIn|abiRedirect|ac_L|ac_LD|all_u_b|ccookie|chp_token|cookie.policy.banner.eu|cookie.policy.banner.nl|denial-client-ip|denial-reason-code|f_token|fcookie|feed-sort|integration_type|li_a|li_alerts|li_apfcdc|li_cu|li_ec|li_ep_auth_context|li_fat_id|li_gc|li_giant|li_gp|li_gpc|li_mc|li_odapfcc|li_referer|li_rm|li_theme|li_theme_set|lihc_auth_|lil-lang|lls-integration|lms_analytics|pushPermInfo|pushPermState|recent_history|recent_history_status|redirectFromM2MInviteAccept|redirectFromM2MInviteSent|rtc|sdsc|wwepo
1Live helper chat|lhc_ldep|lhc_per|lhc_ses
1LiveZilla GmbH|lz_last_visit|lz_userid|lz_visits
1Livechat|__lc2_cid|__lc2_cst|__lc_cid|__lc_cst|__livechat|lc_
1Loggly|logglytrackingsession
1Lucky Orange|_global_lucky_opt_out|_lo_bn|_lo_cid|_lo_np_*
1Maxlead|cookieconsent_level|cookieconsent_seen|cookieconsent_system|cookieconsent_variant
1Microsoft Azure App Insights|ai_session|ai_user
1Microsoft Dynamics|AADNonce.forms|DcLcid
1Parse.ly|_parsely_session|_parsely_slot_click|_parsely_tpa_blocked|_parsely_visitor
1Permutive|permutive-id|pxid
1Piano|LANG_CHANGED|__bid|__code|__eea|__idr|__pid|__pil|__pls|__pnahc|__tac|__tbc|__ut|__utp|_pcid|_pctx|_pprv|pnespsdk_ssn|xbc
1Pinterest|_pinterest_cm|_pinterest_sess
1Polylang|pll_language
1Prebid|_pbjs_userid_consent_data
1PubMatic|COKENBLD|FPtrust|KTPCACOOKIE|PMDTSHR|PMFREQ_ON|PUBUIDSYNCUPFQ|_curtime|chkChromeAb67|chkChromeAb67Sec|chkSecSet|ipc|pubsyncexp|pubtime_*
1Qualtrics|QSIPopUnder_PopUnderTarget_SI_*|QSI_CT|QSI_DATA|QSI_ReplaySession_SampledOut_*|QSI_ReplaySession_Throttled_*|QSI_S_*|QST|Site History
1RD Station|_form_fields
1Salesforce|sidebarPinned|waveUserPrefFinderLeftNav|waveUserPrefFinderListView
1ShareThis|fpestid|pubconsent*|pxcelAcc3PC|st_optout
1SiteSpect|SSLB|SSPV|SSRT|SSSC
1Sleeknote|_sn_n
1Smartadserver|Pdomid|dyncdn
1SnapEngage|SnapABugUserAlias|SnapABugVisit
1Snapchat|X-AB
1Snapwidget|_gat_pro
1Sooqr|__sqra|__sqrb|__sqrc
1Spotify|sp_landing|sp_t
1Squeezely|sqzl_consent
1SurveyMonkey|CX_|REPID_*|RE_|RP_|_splunk_rum_sid|sm_ir|sm_rec|sso_user
1Swym|swym-cu_ct|swym-email|swym-instrumentMap|swym-o_s|swym-ol_ct|swym-pid|swym-session-id|swym-swymRegid|swym-tpermts|swym-u_pref|swym-v-ckd|swym-weml
1Taboola|_tb_sess_r|t_pt_gid|taboola_fp_td_user_id|taboola_select
1Tawk.to|tawk_*
1Tawk.to Chat|TawkConnectionTime|TawkCookie|__tawkuuid
1Typeform|tf_respondent_cc
1Viafoura|VfAccess*|VfRefresh|VfSess|_vf_rd_test*|vfThirdpartyCookiesEnabled
1Vimeo|continuous_play_v3
1Visual Website Optimizer|_vis_opt_exp_*|_vis_opt_s|_vis_opt_test_cookie|_vwo_ssm|_vwo_uuid|_vwo_uuid_v2
1WP-Glogin|wordpress_google_apps_login
1WPML|wp-wpml_current_language
1WhatsApp|wa_lang_pref|wa_ul
1Wistia|_distillery|_simplex|muxData|wistia|wistia-http2-push-disabled|wistia-video-progress-*
1WooCommerce / Jetpack|tk_ai
1Wufoo|ep201|ep202
1Yandex.Metrica|_ym_debug|_ym_hostIndex
1Yithemes.com|yith_wcwl_session_
1ZOHO|uesign|zc_consent|zc_cu_exp
1Zendesk|ZD-launcherLabelRemoved|ZD-settings|ZD-store|ZD-widgetOpen|ZD-zE_oauth|__zlcmid|__zlcprivacy|_answer_bot_service_session|_help_center_session|_zdsession_talk_embeddables_service|_zendesk_authenticated|_zendesk_cookie|_zendesk_nps_session|_zendesk_session|_zendesk_shared_session|connect.sid|help_center_data|zendesk_thirdparty_test|zte2095
0ASP.net|ASP.NET_SessionId
0AWS Cookies Popup|aw_popup_viewed_page
0Adobe ColdFusion|cfid|cftoken
0Adyen|_rp_uid
0Akamai|AKA_A2|ak_bmsc|bm_sv
0Akamai Botmanager|_abck
0Alteon|AlteonP
0Amazon Web Services|AWSALB|AWSALBCORS|AWSALBTG|AWSALBTGCORS|AWSELB|AWSELBCORS|aws-csds-token|aws-priv|aws_lang
0Auth0|__txn_*|a0_users:sess|a0_users:sess.sig|auth0|auth0-mf|auth0-mf_compat|auth0_compat|did_compat
0Axeptio|axeptio_all_vendors|axeptio_authorized_vendors|axeptio_cookies
0Azure / Microsoft|.ASPXANONYMOUS|.ASPXAUTH|.AspNetCore.Mvc.CookieTempDataProvider|ARRAffinity|ARRAffinitySameSite|ASLBSA|ASLBSACORS|ASPSESSIO*|ApplicationGatewayAffinity|ApplicationGatewayAffinityCORS|Dynamics365PortalAnalytics|RpsContextCookie|VisitorStorageGuid|__AntiXsrfToken|buid|esctx|fpc|nSGt-*|stsservicecookie|x-ms-cpim-admin|x-ms-cpim-cache*|x-ms-cpim-csrf|x-ms-cpim-ctx|x-ms-cpim-dc|x-ms-cpim-geo|x-ms-cpim-rc|x-ms-cpim-rp|x-ms-cpim-slice|x-ms-cpim-sso*|x-ms-cpim-trans
0Borlabs|borlabs-cookie
0CHEQ AI Technologies|_cq_duid|_cq_suid
0CakePHP|CAKEPHP
0Citrix|NSC_*
0Civic|CookieControl|HAAPPLB|HACIVIC|HACIVICLB
0CleanTalk|apbct_*|apbct_antibot|apbct_cookies_test|ct_|ct_check_js|ct_fkp_timestamp|ct_has_scrolled|ct_pointer_data|ct_ps_timestamp|ct_sfw_|ct_timezone|spbc_2fa_passed|spbc_cookies_test|spbc_firewall_pass_key|spbc_is_logged_in|spbc_log_id|spbc_timer
0Clerk|clerk_*
0Cloudflare|__cf_bm|__cfduid|__cflb|__cfruid|__cfseq|__cfwaitingroom|_cfuvid|cf_chl_2|cf_chl_rc_i|cf_chl_rc_m|cf_chl_rc_ni|cf_clearance|cf_ob_info|cf_use_ob
0CodeIgniter|ci_session
0Complianz|cmplz_banner-status|cmplz_choice|cmplz_consented_services|cmplz_functional|cmplz_id|cmplz_marketing|cmplz_policy_id|cmplz_preferences|cmplz_saved_categories|cmplz_saved_services|cmplz_statistics|cmplz_stats|cmplz_user_data|complianz_consent_status|complianz_policy_id
0Consentmanager.net|__cmpcc|__cmpccc*|__cmpccpausps*|__cmpccx|__cmpconsent*|__cmpcpc*|__cmpcvc*|__cmpfcc|__cmpiab*|__cmpiuid|__cmpld|__cmpwel*
0Cookie First|cookiefirst-consent
0Cookie Law Info|CookieLawInfoConsent|cli_user_preference|cookielawinfo-checkbox-advertisement|cookielawinfo-checkbox-analytics|cookielawinfo-checkbox-functional|cookielawinfo-checkbox-marketing|cookielawinfo-checkbox-necessary|cookielawinfo-checkbox-non-necessary|cookielawinfo-checkbox-others|cookielawinfo-checkbox-performance|cookielawinfo-checkbox-preferences|viewed_cookie_policy
0Cookie Script|CookieScriptConsent
0CookieConsent.io|cookie-consent-io|cookie-consent-io-gdpr|cookie-consent-io-timestamp*
0CookieYes|cky-action|cky-consent|cookieyes-advertisement|cookieyes-analytics|cookieyes-consent|cookieyes-functional|cookieyes-necessary|cookieyes-performance|cookieyesID|cookieyes_privacy_policy_generator_session|cookieyes_session
0Cookiebot|1.gif|CookieConsent|CookieConsentBulkSetting-*|CookieConsentBulkTicket|CrossConsent|cb-currency|consentUUID
0CraftCMS|CRAFT_CSRF_TOKEN|CraftSessionId
0Datadome|Datadome
0Devise (Ruby on Rails)|remember_user_token
0Didomi|didomi_token
0Django|django_language
0Drupal CMS|has_js
0Enzuzo|cookies-analytics|cookies-functional|cookies-marketing|cookies-preferences
0Google AdSense|__eoi|aboutads_sess*
0Google reCAPTCHA|_GRECAPTCHA
0HAproxy|SERVERID
0Hu-manity.co|hu-consent
0Hubspot|hs-membership-csrf|hubspotapi-csrf
0Imperva|incap_ses_*|nlbi_*|visid_incap_*
0Indeed|INDEED_CSRF_TOKEN
0Intershop|SecureSessionID-*|cc-|pgid-org-*
0Iubenda|_iub_cs-*
0J2EE|JSESSIONID*
0Jimdo|ClickAndChange|ckies_functional|ckies_marketing|ckies_necessary|ckies_performance
0Joomla!|componentStyle|componentType
0Kentico|CMSCookieLevel|CMSCsrfCookie|CMSPreferredCulture
0Keycloak|AUTH_SESSION_ID|AUTH_SESSION_ID_LEGACY|KC_AUTH_STATE|KC_RESTART|KC_START|KC_STATE_CHECKER|KEYCLOAK_IDENTITY|KEYCLOAK_LOCALE|KEYCLOAK_REMEMBER_ME|KEYCLOAK_SESSION
0Laravel|laravel_session
0Lightspeed|COOKIELAW|COOKIELAW_ADS|COOKIELAW_SOCIAL|COOKIELAW_STATS
0Magento|X-Magento-Vary|external_no_cache|form_key|guest-view|last_visited_store|login_redirect|mage-banners-cache-storage|mage-cache-sessid|mage-cache-storage*|mage-cache-storage-section-invalidation*|mage-cache-timeout*|mage-messages|mage-translation-file-version|mage-translation-storage|persistent_shopping_cart|pollN|private_content_version|product_data_storage*|recently_compared_product*|recently_compared_product_previous*|recently_viewed_product*|recently_viewed_product_previous*|searchReport-log|section_data_clean|section_data_ids|stf|user_allowed_save_cookie
0Microsoft|.AspNetCore.Antiforgery.*|ASP.NET_Sessio|ASP.NET_Sessio_Fallback|MSO|__RequestVerificationToken*|esctx-*|isFirstSession*
0Moove|moove_gdpr_popup
0NGINX Ingresss|INGRESSCOOKIE
0Next|NEXT_LOCALE
0Next.js|__next_*
0NextAuth.js|__Host-next-auth.csrf-token|__Secure-next-auth.callback-url|next-auth.*
0OneTrust|FunctionalCookie|OneTrustWPCCPAGoogleOptOut|OptanonAlertBoxClosed|OptanonConsent|OptanonControl|__Secure-fgpt|utm_key
0Oracle|JSESSIO|ORA_WWV_APP_*
0Osano|cookieconsent_page|cookieconsent_status|osano_consentmanager|osano_consentmanager_expdate|osano_consentmanager_uuid
0PHP.net|PHPSESSID|__Secure-PHPSESSID
0PayPal|X-PP-L7|X-PP-SILOVER|enforce_policy|l7_az|nsid|ts_c|tsrce|x-pp-s
0Perl|CGISESSID
0Plesk|PLESKSESSID|lists-state|plek-list-type|plesk-items-per-page|plesk-sort-dir|plesk-sort-field|sites-active-list-state-collapsed
0PrivacyPillar|privacypillar-cookie-consent|privacypillar-google-consent
0Processwire|wires_challenge
0QookieQloud|__cmpQQ_CookieConsent|__cmpQQ_consentID|__cmpQQ_usedCoookies|__cpmQQ_trackers|__cpmQQ_trackers_timestamp
0Rack|rack.session
0Ruby on Rails|_rails_session
0SAP|GSLM_*|SAML_*|_gig_APIProxy_enabled|_gig_lt|_gig_shareUI_cb_*|gac_*|gig3pc|gig3pctest|gig_canary|gig_canary_3*|gig_canary_ver*|gig_last_ver_*|gig_loginToken_*|gig_toggles|glnk|glt_*|gltexp_*|gst|ua_
0Salesforce|BAYEAX_BROWSER|BrowserId|BrowserId_sec|CookieConsentPolicy*|FedAuth|Host-ERIC_PROD-|PreferredLanguage|QCQQ|RRetURL|RRetURL2|SUCSP|SUPRM|SetupDomainProbePassed|WelcomePanel|_KMPage*|_KnowledgePageDispatcher*|_KnowledgePageFilter*|_KnowledgePageFilterArticleArticleType*|_KnowledgePageFilterArticlePublishStatus*|_KnowledgePageFilterArticleValidationStatus*|_KnowledgePageFilterLanguage*|_KnowledgePageFilterMyDraftArticleType*|_KnowledgePageFilterMyDraftPublishStatus*|_KnowledgePageFilterMyDraftValidationStatus*|_KnowledgePageSortFieldArticle*|_KnowledgePageSortFieldMyDraft*|__Host-ERIC_PROD-*|_spring_KmMlAnyoneDraftArticlesList*|_spring_KmMlArchivedArticlesList*|_spring_KmMlMyDraftArticlesList*|_spring_KmMlMyDraftTranslationsList*|_spring_KmMlPublishedArticlesList*|_spring_KmMlPublishedTranslationsList*|activeView|alohaEpt|caPanelState|clientSrc|cookieSettingVerified|cordovaVersion|cqcid|csssid|csssid_Client|devOverrideCsrfToken|force-proxy-stream|force-stream|gTalkCollapsed|guest_uuid_essential_*|hideDevelopmentTools|hideFilesWarningModal|hideIdentityDialog|idccsrf|ideaToggle|iotcontextsplashdisable|lastlist|liveagent_invite_rejected_|liveagent_sid|lloopch_loid|pc-unit|promptTestMod|redirectionWarning|renderCtx|rsid|rsid2|schgtclose|sfdc-stream|sfdc_lv2|showNewBuilderWarningMessage|sid_Client|ssostartpage|useStandbyUrl|webact
0Shopify|Secure_customer_sig|_ab|_cmp_a|_customer_account_shop_sessions|_secure_account_session_id|_secure_session_id|_shopify_country|_shopify_essential|_shopify_essential_*|_shopify_m|_shopify_tm|_shopify_tw|_shopify_u|_storefront_u|_tracking_consent|card_update_verification_id|cart_currency|cart_sig|cart_ts|cart_ver|checkout_prefill|checkout_queue_token|checkout_session_lookup|checkout_session_token*|checkout_session_token_*|checkout_token|checkout_worker_session|customer_account_locale|customer_account_new_login|customer_account_preview|customer_payment_method|customer_shop_pay_agreement|discount_code|dynamic_checkout_shown_on_cart|hide_shopify_pay_for_checkout|identity-state|identity-state-*|identity_customer_account_number|keep_alive|locale_bar_accepted|login_with_shop_finalize|master_device_id|pay_update_intent_id|preview_theme|previous_step|profile_preview_token|remember_me|shop_pay_accelerated|shopify-editor-unconfirmed-settings|shopify_pay|shopify_pay_redirect|storefront_digest
0Stonly|_csrf
0Stripe|__stripe_mid|__stripe_sid
0Supabase|sb-
0TYPO3|Typo3InstallTool|be_lastLoginProvider|be_typo_user|fe_typo_user
0Termly|__tlbcpv|__tltpl_*|__tluid
0Trustpilot|csrf-canary
0Unknown|XSRF-TOKEN
0Vercel|_vercel_*
0Wix.com|ForceFlashSite|SSR-caching|TS01*|_wixCIDX|_wix_browser_sess|bSession|client-session-bind|consent-policy|fedops.logger.sessionId|server-session-bind|smSession|wixLanguage
0WooCommerce|store_notice*|woocommerce_cart_hash|woocommerce_dismissed_suggestions__*|woocommerce_items_in_cart|woocommerce_recently_viewed|woocommerce_snooze_suggestions__*|wp_woocommerce_session_*
0WordPress|codexToken|codexUserId|codexUserName|comment_author_*|comment_author_url_*|devicePixelRatio|jetpackState|jpp_math_pass|showComments|stnojs|tix_view_token|trac_form_token|trac_session|wordpress_logged_in_*|wordpress_test_cookie|wp-postpass_*|wp-saving-post|wp-settings-*|wp-settings-time-*|wp_lang|wporg_locale|wporg_logged_in|wporg_sec
0X|csrf_same_site|csrf_same_site_set
0Xenforo|xf_consent|xf_csrf|xf_dbWriteForced|xf_emoji_usage|xf_from_search|xf_inline_mod_*|xf_language_id|xf_ls|xf_notice_dismiss|xf_push_notice_dismiss|xf_push_subscription_updated|xf_session|xf_style_id|xf_tfa_trust|xf_toggle|xf_user
0ZOHO|ZCAMPAIGN_CSRF_TOKEN
0f5 BIG-IP|BIGipServer*
0nopCommerce|NOPCOMMERCE.AUTH|Nop.customer|NopCommerce.RecentlyViewedProducts
0phpMyAdmin|phpMyAdmin|pmaAuth-*|pmaUser-*|pma_lang
0vBulletin|bbcpsessionhash|bblastactivity|bblastvisit|bbnp_notices_displayed|bbpassword|bbsessionhash|bbsitebuilder_active|bbuserid`;

const CATEGORIES = ["necessary", "functional", "analytics", "advertising"];
let exact;
let lower;
let prefixes;
let lowerPrefixes;
function load() {
  exact = /* @__PURE__ */ new Map();
  lower = /* @__PURE__ */ new Map();
  prefixes = [];
  for (const line of OCD.split("\n")) {
    const names = line.split("|");
    const c = { category: CATEGORIES[+line[0]], vendor: names[0].slice(1) };
    for (let i = 1; i < names.length; i++) {
      const n = names[i];
      if (n.endsWith("*")) prefixes.push([n.slice(0, -1), c]);
      else {
        exact.set(n, c);
        const l = n.toLowerCase();
        if (!lower.has(l)) lower.set(l, c);
      }
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  lowerPrefixes = prefixes.map(([p, c]) => [p.toLowerCase(), c]);
}
function byPrefix(list, name) {
  for (const [p, c] of list) if (name.startsWith(p)) return c;
}
function classifyCookie(name) {
  if (!exact) load();
  const l = name.toLowerCase();
  const c = exact.get(name) || lower.get(l) || byPrefix(prefixes, name) || byPrefix(lowerPrefixes, l);
  return c && { category: c.category, vendor: c.vendor };
}

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
Plausible Insights O\xDC|https://plausible.io/privacy|plausible
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
const VENDORS = /* @__PURE__ */ Object.create(null);
for (const line of (D + "\n" + W).split("\n")) {
  const [vendor, privacyPolicyUrl, names] = line.split("|");
  const v = { vendor, privacyPolicyUrl };
  for (const n of names.split(" ")) VENDORS[n] = v;
}

export { CATALOGUE, VENDORS, classifyCookie };

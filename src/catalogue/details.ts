// The catalogue's cookies and storage keys (src/catalogue/index.ts holds its categories and
// hosts, src/catalogue/titles.ts its titles and lifetimes). Only the clean-up and the declaration
// read them, and bundle this file: the first stage does not carry it.
//
//   name|cookies|storage
//
// One line per catalogue service that writes any, in the catalogue's order
// (test/unit/catalogue.test.ts); a service without a line writes nothing the page can read.
// cookies, storage: space-separated; a trailing `*` makes a prefix.
//
// Only those the vendor's script writes on the site's own origin, which the page can read and
// src/blocking/clean.ts deletes when the service is refused. Those on the vendor's own domain
// (YouTube's PREF, doubleclick's IDE and test_cookie, Meta's datr, the Maps NID) are out of the
// page's reach: listing them would only make the clean-up delete a site cookie of the same name.
// Their duration still counts in the lifetime (titles.ts). Opt-out and privacy-mode flags
// (`__kla_off`, `_cs_optout`, `_vis_opt_out`, `optimizelyOptOut`, `pa_privacy`, Pardot's
// `pi_opt_in`, `dw_dnt`…) never match a service that can be refused, so that refusing it never
// deletes an earlier opt-out.
import type { ResolvedConfig } from '../core/types';

const D = `ga4|_ga _ga_*|
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

/** Catalogue service → [cookies, storage], for the services that write any. */
export function stored(): Record<string, [string[], string[]]> {
  // No prototype, so that a service named `constructor` finds nothing here (as src/core/dict.ts;
  // not imported, so that this file needs no module of the first stage).
  const out: Record<string, [string[], string[]]> = Object.create(null);
  for (const line of D.split('\n')) {
    const [name, cookies, storage] = line.split('|');
    out[name] = [cookies ? cookies.split(' ') : [], storage ? storage.split(' ') : []];
  }
  return out;
}

/**
 * Gives the services of a resolved config the cookies and storage keys the site's config did not
 * (src/core/config.ts leaves them out for catalogue services): what the site gave, `[]` included,
 * always wins; a service the catalogue gives none has `[]`. Fills in place; running it again
 * changes nothing.
 */
export function withStored(cfg: ResolvedConfig): ResolvedConfig {
  const d = stored();
  for (const n in cfg.services) {
    const s = cfg.services[n];
    const x = d[n] || [[], []];
    s.cookies ??= x[0];
    s.storage ??= x[1];
  }
  return cfg;
}

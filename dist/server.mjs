class ConsentryError extends Error {
  constructor(message) {
    super("Consentry: " + message);
    this.name = "ConsentryError";
  }
}
function show(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  const t = typeof v;
  if (t === "string") {
    const s = v;
    return JSON.stringify(s.length > 40 ? s.slice(0, 40) + "\u2026" : s);
  }
  if (t === "number" || t === "boolean") return String(v);
  if (t === "object") return "an object";
  return t;
}
function bad(key, expected, got) {
  return new ConsentryError(`${key}: expected ${expected}, received ${show(got)}`);
}

const D = `gtm|n|Google Tag Manager||www.googletagmanager.com/gtm.js||
ga4|a|Google Analytics 4|2 years|www.googletagmanager.com/gtag/ www.google-analytics.com/g/ region1.google-analytics.com analytics.google.com|_ga _ga_*|
ga-universal|a|Universal Analytics|2 years|ssl.google-analytics.com www.google-analytics.com/analytics www.google-analytics.com/ga.js www.google-analytics.com/collect|_ga _gid _gat* _dc_gtm_* _gac_* AMP_TOKEN __utm*|
firebase|a|Firebase Analytics|2 years|firebase.googleapis.com firebaseinstallations.googleapis.com firebaselogging-pa.googleapis.com|_ga _ga_*|
google-ads|m||13 months|doubleclick.net googleadservices.com googlesyndication.com googletagservices.com adservice.google.com www.google.com/pagead/|_gcl_* __gads __gpi __eoi|_gcl_ls
google-maps|f||13 months|www.google.com/maps maps.google.com maps.googleapis.com maps.gstatic.com khms0.googleapis.com streetviewpixels-pa.googleapis.com||
youtube|m|YouTube|8 months|youtube.com youtube-nocookie.com ytimg.com yt3.ggpht.com googlevideo.com||
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
dailymotion|m|||www.dailymotion.com/embed geo.dailymotion.com dmcdn.net||
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
avis-verifies|f|Avis V\xE9rifi\xE9s||avis-verifies.com||
yotpo|f|||yotpo.com||
bazaarvoice|f||20 years|bazaarvoice.com|BVBRANDID BVBRANDSID|`;
const CATEGORY = { n: "necessary", f: "functional", a: "analytics", m: "advertising" };
const CATALOGUE = {};
for (const line of D.split("\n")) {
  const [name, c, title, lifetime, hosts, cookies, storage] = line.split("|");
  const s = {
    category: CATEGORY[c],
    title: title || name.replace(/(^|-)(.)/g, (_, d, x) => (d && " ") + x.toUpperCase())
  };
  if (lifetime) s.lifetime = lifetime;
  if (hosts) s.hosts = hosts.split(" ");
  if (cookies) s.cookies = cookies.split(" ");
  if (storage) s.storage = storage.split(" ");
  CATALOGUE[name] = s;
}

const NECESSARY = "necessary";
const DEFAULT_CATEGORIES = [NECESSARY, "functional", "analytics", "advertising"];
const MAX_DAYS = 395;
const NAME = /^[a-z][a-z0-9_-]{0,39}$/;
const LANG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function obj(key, v) {
  if (!isObj(v)) throw bad(key, "an object", v);
  return v;
}
function keys(key, o, allowed) {
  for (const k in o) {
    if (allowed.indexOf(k) < 0) {
      throw new ConsentryError(`${key}.${k}: unknown key; expected one of ${allowed.join(", ")}`);
    }
  }
}
function bool(key, v, d) {
  if (v === void 0) return d;
  if (typeof v !== "boolean") throw bad(key, "true or false", v);
  return v;
}
function int(key, v, min, max, d) {
  if (v === void 0) return d;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    throw bad(key, `a whole number from ${min} to ${max}`, v);
  }
  return v;
}
function str(key, v, re, what = "a string") {
  if (v === void 0) return void 0;
  if (typeof v !== "string" || re && !re.test(v)) throw bad(key, what, v);
  return v;
}
function oneOf(key, v, list, d) {
  if (v === void 0) return d;
  if (list.indexOf(v) < 0) throw bad(key, "one of " + list.map((x) => `"${x}"`).join(", "), v);
  return v;
}
function strings(key, v) {
  if (v === void 0) return void 0;
  if (!Array.isArray(v)) throw bad(key, "an array of strings", v);
  v.forEach((s, i) => {
    if (typeof s !== "string" || !s) throw bad(`${key}[${i}]`, "a non-empty string", s);
  });
  return v.slice();
}
function text(key, v) {
  if (v === void 0 || typeof v === "string") return v;
  const o = obj(key, v);
  for (const l in o) {
    if (!LANG.test(l)) throw bad(`${key}.${l}`, 'a language code such as "fr"', l);
    if (typeof o[l] !== "string") throw bad(`${key}.${l}`, "a string", o[l]);
  }
  return o;
}
function url(key, v) {
  const s = str(key, v);
  if (s !== void 0 && /^\s*[a-z][a-z0-9+.-]*:/i.test(s) && !/^\s*https?:/i.test(s)) {
    throw bad(key, "an http(s) or relative URL", v);
  }
  return s;
}
const TOP = [
  "revision",
  "privacyPolicyUrl",
  "expiresDays",
  "categories",
  "services",
  "language",
  "translations",
  "autoblock",
  "guard",
  "reloadOnWithdraw",
  "consentMode",
  "gpc",
  "cookie",
  "nonce",
  "ui",
  "uiUrl"
];
function category(key, name, v) {
  keys(key, v, ["title", "description", "revision", "readOnly"]);
  const readOnly = bool(key + ".readOnly", v.readOnly, name === NECESSARY);
  if (name === NECESSARY && !readOnly) throw bad(key + ".readOnly", "true (necessary is always on)", false);
  return {
    name,
    title: text(key + ".title", v.title),
    description: text(key + ".description", v.description),
    revision: int(key + ".revision", v.revision, 0, 1e9),
    readOnly,
    services: []
  };
}
function service(key, name, v, base) {
  keys(key, v, ["category", "title", "description", "hosts", "cookies", "storage", "lifetime"]);
  const cat = v.category === void 0 && base ? base.category : str(key + ".category", v.category, NAME, "a category name");
  if (!cat) throw bad(key + ".category", "a category name", v.category);
  return {
    name,
    category: cat,
    title: text(key + ".title", v.title) ?? base?.title,
    description: text(key + ".description", v.description) ?? base?.description,
    hosts: strings(key + ".hosts", v.hosts) ?? base?.hosts ?? [],
    cookies: strings(key + ".cookies", v.cookies) ?? base?.cookies ?? [],
    storage: strings(key + ".storage", v.storage) ?? base?.storage ?? [],
    lifetime: text(key + ".lifetime", v.lifetime) ?? base?.lifetime
  };
}
function resolveConfig(input) {
  const c = input === void 0 || input === null ? {} : obj("config", input);
  keys("config", c, TOP);
  const cats = [];
  const byName = {};
  const given = c.categories === void 0 ? {} : obj("config.categories", c.categories);
  const add = (name, v) => {
    const key = "config.categories." + name;
    if (v === false) {
      if (name === NECESSARY) throw bad(key, "an object (necessary cannot be removed)", v);
      return;
    }
    const cat = category(key, name, v === void 0 ? {} : obj(key, v));
    cats.push(cat);
    byName[name] = cat;
  };
  for (const n of DEFAULT_CATEGORIES) add(n, given[n]);
  for (const n in given) {
    if (DEFAULT_CATEGORIES.indexOf(n) >= 0) continue;
    if (!NAME.test(n)) throw bad("config.categories", "category names of a-z, 0-9, - and _", n);
    add(n, given[n]);
  }
  const services = {};
  for (const n in CATALOGUE) {
    const s = CATALOGUE[n];
    services[n] = {
      name: n,
      category: s.category,
      title: s.title,
      description: s.description,
      hosts: s.hosts || [],
      cookies: s.cookies || [],
      storage: s.storage || [],
      lifetime: s.lifetime
    };
  }
  const svc = c.services === void 0 ? {} : obj("config.services", c.services);
  for (const n in svc) {
    const key = "config.services." + n;
    if (!NAME.test(n)) throw bad("config.services", "service names of a-z, 0-9, - and _", n);
    const v = svc[n];
    if (v === false) {
      delete services[n];
      continue;
    }
    const s = service(key, n, obj(key, v), CATALOGUE[n]);
    if (!byName[s.category]) {
      throw bad(key + ".category", "one of " + cats.map((x) => `"${x.name}"`).join(", "), s.category);
    }
    s.site = true;
    services[n] = s;
  }
  for (const n in services) byName[services[n].category]?.services.push(n);
  const tr = c.translations === void 0 ? {} : obj("config.translations", c.translations);
  for (const l in tr) {
    if (!LANG.test(l)) throw bad("config.translations", 'language codes such as "fr"', l);
    const t = obj("config.translations." + l, tr[l]);
    for (const k in t) if (typeof t[k] !== "string") throw bad(`config.translations.${l}.${k}`, "a string", t[k]);
  }
  let cm = { mode: "basic", waitForUpdate: 500 };
  if (c.consentMode === false) cm = false;
  else if (c.consentMode !== void 0) {
    const m = obj("config.consentMode", c.consentMode);
    keys("config.consentMode", m, ["mode", "waitForUpdate", "region", "adsDataRedaction", "urlPassthrough"]);
    cm = {
      mode: oneOf("config.consentMode.mode", m.mode, ["basic", "advanced"], "basic"),
      waitForUpdate: int("config.consentMode.waitForUpdate", m.waitForUpdate, 0, 6e4, 500),
      region: strings("config.consentMode.region", m.region),
      adsDataRedaction: m.adsDataRedaction === void 0 ? void 0 : bool("config.consentMode.adsDataRedaction", m.adsDataRedaction, false),
      urlPassthrough: m.urlPassthrough === void 0 ? void 0 : bool("config.consentMode.urlPassthrough", m.urlPassthrough, false)
    };
  }
  const ck = c.cookie === void 0 ? {} : obj("config.cookie", c.cookie);
  keys("config.cookie", ck, ["name", "domain", "path"]);
  const ui = c.ui === void 0 ? {} : obj("config.ui", c.ui);
  keys("config.ui", ui, ["layout", "position", "theme", "floatingButton", "injectCss", "autoShow"]);
  return {
    revision: int("config.revision", c.revision, 0, 1e9, 0),
    privacyPolicyUrl: url("config.privacyPolicyUrl", c.privacyPolicyUrl),
    expiresDays: int("config.expiresDays", c.expiresDays, 1, MAX_DAYS, 182),
    categories: cats,
    services,
    language: str("config.language", c.language, LANG, 'a language code such as "fr"'),
    translations: tr,
    autoblock: bool("config.autoblock", c.autoblock, true),
    guard: bool("config.guard", c.guard, false),
    reloadOnWithdraw: bool("config.reloadOnWithdraw", c.reloadOnWithdraw, false),
    consentMode: cm,
    gpc: bool("config.gpc", c.gpc, true),
    cookie: {
      name: str("config.cookie.name", ck.name, /^[A-Za-z0-9_-]{1,64}$/, "a cookie name of letters, digits, - and _") || "consentry",
      domain: str("config.cookie.domain", ck.domain, /^\.?[a-z0-9.-]+$/i, 'a domain such as "example.com"')?.replace(/^\./, ""),
      path: str("config.cookie.path", ck.path, /^\/[^;\s]*$/, 'a path starting with "/"') || "/"
    },
    nonce: str("config.nonce", c.nonce, /^[A-Za-z0-9+/=_-]+$/, "a nonce of base64 characters"),
    ui: {
      layout: oneOf("config.ui.layout", ui.layout, ["bar", "box"], "box"),
      position: oneOf("config.ui.position", ui.position, ["bottom", "top", "bottom-left", "bottom-right", "center"], "bottom"),
      theme: oneOf("config.ui.theme", ui.theme, ["light", "dark", "auto"], "auto"),
      floatingButton: bool("config.ui.floatingButton", ui.floatingButton, false),
      injectCss: bool("config.ui.injectCss", ui.injectCss, true),
      autoShow: bool("config.ui.autoShow", ui.autoShow, true)
    },
    uiUrl: url("config.uiUrl", c.uiUrl)
  };
}

const SCHEMA = 2;
const DAY = 864e5;
const METHODS = ["accept-all", "reject-all", "custom", "dismiss"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = /^[a-z][a-z0-9_-]{0,39}$/;
const LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const isDate = (s) => typeof s === "string" && !isNaN(Date.parse(s)) && new Date(Date.parse(s)).toISOString() === s;
function boolMap(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  for (const k in v) if (!KEY.test(k) || typeof v[k] !== "boolean") return false;
  return true;
}
function numMap(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  for (const k in v) {
    const n = v[k];
    if (!KEY.test(k) || typeof n !== "number" || !Number.isInteger(n) || n < 0) return false;
  }
  return true;
}
function valid(r) {
  return !!r && r.schema === SCHEMA && typeof r.id === "string" && UUID.test(r.id) && Number.isInteger(r.revision) && r.revision >= 0 && numMap(r.revisions) && boolMap(r.categories) && r.categories[NECESSARY] === true && boolMap(r.services) && METHODS.indexOf(r.method) >= 0 && isDate(r.createdAt) && isDate(r.updatedAt) && isDate(r.expiresAt) && Date.parse(r.createdAt) <= Date.parse(r.updatedAt) && Date.parse(r.updatedAt) < Date.parse(r.expiresAt) && typeof r.locale === "string" && LOCALE.test(r.locale) && typeof r.gpc === "boolean";
}
function staleCategories(r, cfg) {
  const out = [];
  for (const c of cfg.categories) {
    if (c.revision !== void 0 && !c.readOnly && (r.revisions[c.name] ?? 0) < c.revision) out.push(c.name);
  }
  return out;
}
function current(r, cfg, now = Date.now()) {
  return !!r && r.revision >= cfg.revision && Date.parse(r.expiresAt) > now && Date.parse(r.updatedAt) - now < DAY;
}
const M = "acrd";
function fnv(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(36);
}
function unpack(s, num) {
  const o = {};
  if (!s) return o;
  for (const e of s.split(".")) {
    const i = e.indexOf(":");
    const k = e.slice(0, i);
    const v = e.slice(i + 1);
    if (i < 1 || !KEY.test(k) || !/^\d{1,10}$/.test(v)) return null;
    o[k] = num ? +v : v === "1" ? true : v === "0" ? false : null;
    if (o[k] === null) return null;
  }
  return o;
}
function serviceDefault(r, cfg, name) {
  const s = cfg.services[name];
  return !!(s && r.categories[s.category]);
}
function decode(v, cfg) {
  try {
    const p = v.split("~");
    if (p.length !== 13 || p[0] !== "v" + SCHEMA || fnv(p.slice(0, 12).join("~")) !== p[12]) return null;
    const date = (s) => /^[0-9a-z]{1,10}$/.test(s) ? new Date(parseInt(s, 36)).toISOString() : "";
    const categories = unpack(p[9], false);
    const dev = unpack(p[10], false);
    const revisions = unpack(p[11], true);
    if (!categories || !dev || !revisions || !/^\d{1,10}$/.test(p[2]) || !/^[01]$/.test(p[8])) return null;
    const r = {
      schema: SCHEMA,
      id: p[1],
      revision: +p[2],
      revisions,
      categories,
      services: {},
      method: METHODS[M.indexOf(p[3])],
      createdAt: date(p[4]),
      updatedAt: date(p[5]),
      expiresAt: date(p[6]),
      locale: p[7],
      gpc: p[8] === "1"
    };
    if (p[3].length !== 1) return null;
    if (cfg) for (const k in cfg.services) r.services[k] = serviceDefault(r, cfg, k);
    Object.assign(r.services, dev);
    return valid(r) ? r : null;
  } catch {
    return null;
  }
}

function readCookie(name, jar = document.cookie) {
  for (const part of jar.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return void 0;
      }
    }
  }
  return void 0;
}

function header(h, name) {
  if (typeof h.get === "function") return h.get(name) ?? void 0;
  const v = h[name] ?? h[name.toLowerCase()];
  return Array.isArray(v) ? v.join("; ") : v;
}
function readConsent(input, options = {}) {
  const cfg = options.config !== void 0 ? resolveConfig(options.config) : void 0;
  const name = options.cookieName || cfg?.cookie.name || "consentry";
  let jar;
  let gpcHeader = false;
  if (typeof input === "string") jar = input;
  else if (input && typeof input === "object" && input.headers) {
    jar = header(input.headers, "cookie");
    gpcHeader = (header(input.headers, "sec-gpc") || "").trim() === "1";
  }
  if (!jar) return null;
  const raw = readCookie(name, jar);
  if (!raw) return null;
  const r = decode(raw, cfg);
  const revision = options.revision ?? cfg?.revision ?? 0;
  if (!r || !current(r, { ...cfg || resolveConfig(), revision }, options.now)) return null;
  const categories = { ...r.categories };
  const services = { ...r.services };
  const off = (cat) => {
    categories[cat] = false;
    if (cfg) for (const s of cfg.categories.find((c) => c.name === cat)?.services || []) services[s] = false;
    else for (const s in services) services[s] = false;
  };
  if (cfg) for (const c of staleCategories(r, cfg)) off(c);
  if (gpcHeader && categories.advertising) off("advertising");
  return {
    id: r.id,
    method: r.method,
    revision: r.revision,
    updatedAt: r.updatedAt,
    expiresAt: r.expiresAt,
    categories,
    services,
    gpc: r.gpc || gpcHeader
  };
}

export { readConsent };
//# sourceMappingURL=server.mjs.map

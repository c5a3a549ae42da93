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

const dict = () => /* @__PURE__ */ Object.create(null);
const has = Object.prototype.hasOwnProperty;
const own = (o, k) => o && has.call(o, k) ? o[k] : void 0;

const quoted = (list) => list.map((x) => `"${x}"`).join(", ");
const EXPECTED = {
  object: "an object",
  bool: "true or false",
  int: ([min, max]) => `a whole number from ${min} to ${max}`,
  string: "a string",
  oneOf: (list) => "one of " + quoted(list),
  strings: "an array of strings",
  nonEmpty: "a non-empty string",
  lang: 'a language code such as "fr"',
  langs: 'language codes such as "fr"',
  link: "an http(s), mailto: or relative URL",
  url: "an http(s) or relative URL",
  reload: 'true, false or "auto"',
  keepNecessary: "an object (necessary cannot be removed)",
  necessaryOn: "true (necessary is always on)",
  category: "a category name",
  categoryNames: "category names of a-z, 0-9, - and _",
  serviceNames: "service names of a-z, 0-9, - and _",
  cookieName: "a cookie name of letters, digits, - and _",
  domain: 'a domain such as "example.com"',
  path: 'a path starting with "/"',
  nonce: "a nonce of base64 characters",
  policy: 'a Trusted Types policy name other than "default"',
  /** Not an expectation: a key no rule knows (the detail lists the known ones). */
  unknown: ""
};
function line([key, code, got, detail]) {
  if (code === "unknown") return `${key}: unknown key; expected one of ${detail.join(", ")}`;
  const e = EXPECTED[code];
  return `${key}: expected ${typeof e === "function" ? e(detail) : e}, received ${show(got)}`;
}
function explain(list) {
  const problems = list.map(line);
  return {
    message: problems.length === 1 ? problems[0] : `config: ${problems.length} problems (no banner shows and trackers stay blocked until they are fixed):
- ${problems.join("\n- ")}`,
    problems
  };
}

const D$3 = `gtm|n|www.googletagmanager.com/gtm.js
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
const CATEGORY$1 = { n: "necessary", f: "functional", a: "analytics", m: "advertising" };
const CATALOGUE = dict();
for (const line of D$3.split("\n")) {
  const [name, c, hosts] = line.split("|");
  const s = { category: CATEGORY$1[c] };
  if (hosts) s.hosts = hosts.split(" ");
  CATALOGUE[name] = s;
}

const NECESSARY = "necessary";

const DEFAULT_CATEGORIES = [NECESSARY, "functional", "analytics", "advertising"];
const MAX_DAYS = 395;
const NAME = /^[a-z][a-z0-9_-]{0,39}$/;
const LANG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
let found = [];
const bad = (key, expected, got, detail) => [key, expected, got, detail];
function no(p, d) {
  found.push(p);
  return d;
}
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function obj(key, v) {
  return isObj(v) ? v : no(bad(key, "object", v), {});
}
const names = (o) => Object.keys(o);
function keys(key, o, allowed) {
  for (const k of names(o)) {
    if (allowed.indexOf(k) < 0) no(bad(`${key}.${k}`, "unknown", 0, allowed), 0);
  }
}
function bool(key, v, d) {
  if (v === void 0) return d;
  return typeof v === "boolean" ? v : no(bad(key, "bool", v), d);
}
function int(key, v, min, max, d) {
  if (v === void 0) return d;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    return no(bad(key, "int", v, [min, max]), d);
  }
  return v;
}
function str(key, v, re, what = "string") {
  if (v === void 0) return void 0;
  if (typeof v !== "string" || re && !re.test(v)) return no(bad(key, what, v), void 0);
  return v;
}
function oneOf(key, v, list, d) {
  if (v === void 0) return d;
  if (list.indexOf(v) < 0) return no(bad(key, "oneOf", v, list), d);
  return v;
}
function strings(key, v) {
  if (v === void 0) return void 0;
  if (!Array.isArray(v)) return no(bad(key, "strings", v), void 0);
  const n = found.length;
  v.forEach((s, i) => {
    if (typeof s !== "string" || !s) no(bad(`${key}[${i}]`, "nonEmpty", s), 0);
  });
  return found.length > n ? void 0 : v.slice();
}
function text(key, v) {
  if (v === void 0 || typeof v === "string") return v;
  const o = obj(key, v);
  const t = dict();
  for (const l of names(o)) {
    if (!LANG.test(l)) no(bad(`${key}.${l}`, "lang", l), 0);
    else if (typeof o[l] !== "string") no(bad(`${key}.${l}`, "string", o[l]), 0);
    else t[l] = o[l];
  }
  return t;
}
const pageBase = () => typeof document !== "undefined" && document.baseURI || "https://localhost/";
function url(key, v, mailto = false) {
  const s = str(key, v);
  if (s === void 0) return s;
  let p = "";
  try {
    p = new URL(s, pageBase()).protocol;
  } catch {
  }
  if (p === "http:" || p === "https:" || mailto && p === "mailto:") return s;
  return no(bad(key, mailto ? "link" : "url", v), void 0);
}
function folder(key, v) {
  const s = url(key, v);
  return s === void 0 || /\/$/.test(s) ? s : s + "/";
}
function reloadMode(key, v) {
  if (v === void 0 || v === "auto") return "auto";
  return typeof v === "boolean" ? v : no(bad(key, "reload", v), "auto");
}
const yes = (d) => (key, v) => bool(key, v, d);
const whole = (min, max, d) => (key, v) => int(key, v, min, max, d);
const like = (re, what, d) => (key, v) => str(key, v, re, what) ?? d;
const choice = (list, d) => (key, v) => oneOf(key, v, list, d);
const link = (key, v) => url(key, v, true);
function group(key, v, rules) {
  const o = v === void 0 ? {} : obj(key, v);
  keys(key, o, Object.keys(rules));
  return fields(key, o, rules);
}
function fields(key, o, rules) {
  const out = {};
  for (const k in rules) {
    const r = rules[k];
    if (r) out[k] = r(key + "." + k, o[k]);
  }
  return out;
}
const TOP = {
  revision: whole(0, 1e9, 0),
  privacyPolicyUrl: link,
  expiresDays: whole(1, MAX_DAYS, 182),
  categories: 0,
  services: 0,
  language: like(LANG, "lang"),
  translations: 0,
  autoblock: yes(true),
  guard: yes(false),
  reloadOnWithdraw: reloadMode,
  consentMode: 0,
  gpc: yes(true),
  cookie: (key, v) => group(key, v, {
    name: like(/^[A-Za-z0-9_-]{1,64}$/, "cookieName", "consentry"),
    domain: (k, d) => str(k, d, /^\.?[a-z0-9.-]+$/i, "domain")?.replace(/^\./, ""),
    path: like(/^\/[^;\s]*$/, "path", "/")
  }),
  nonce: like(/^[A-Za-z0-9+/=_-]+$/, "nonce"),
  // The grammar of a name in the `trusted-types` directive; "default" would make Consentry's
  // policy the one the browser runs every plain string of the page through.
  trustedTypesPolicy: like(/^(?!default$)[\w#=/@.%-]+$/, "policy", "consentry"),
  ui: (key, v) => group(key, v, {
    layout: choice(["bar", "box"], "box"),
    position: choice(["bottom", "top", "bottom-left", "bottom-right", "center"], "bottom"),
    theme: choice(["light", "dark", "auto"], "auto"),
    floatingButton: yes(false),
    injectCss: yes(true),
    autoShow: yes(true)
  }),
  baseUrl: (key, v) => folder(key, v),
  uiUrl: (key, v) => url(key, v)
};
const MODE = {
  mode: choice(["basic", "advanced"], "basic"),
  waitForUpdate: whole(0, 6e4, 500),
  region: strings,
  adsDataRedaction: yes(),
  urlPassthrough: yes()
};
const CATEGORY = { title: text, description: text, revision: whole(0, 1e9), readOnly: yes() };
function lifetimes(key, v) {
  if (v === void 0) return v;
  const o = obj(key, v);
  for (const k in o) text(`${key}.${k}`, o[k]);
  return o;
}
function category(key, name, v) {
  const c = group(key, v, CATEGORY);
  const readOnly = c.readOnly ?? name === NECESSARY;
  if (name === NECESSARY && !readOnly) no(bad(key + ".readOnly", "necessaryOn", false), 0);
  return { ...c, name, readOnly: readOnly || name === NECESSARY, services: [] };
}
function service(key, name, v, base) {
  keys(key, v, ["category", "title", "description", "hosts", "cookies", "storage", "lifetime", "lifetimes", "vendor", "privacyPolicyUrl"]);
  const cat = v.category === void 0 && base ? base.category : str(key + ".category", v.category, NAME, "category");
  if (!cat) {
    if (v.category === void 0) no(bad(key + ".category", "category", v.category), 0);
    return void 0;
  }
  const none = () => base ? void 0 : [];
  return {
    name,
    category: cat,
    title: text(key + ".title", v.title),
    description: text(key + ".description", v.description),
    hosts: strings(key + ".hosts", v.hosts) ?? base?.hosts ?? [],
    cookies: strings(key + ".cookies", v.cookies) ?? none(),
    storage: strings(key + ".storage", v.storage) ?? none(),
    lifetime: text(key + ".lifetime", v.lifetime),
    lifetimes: lifetimes(key + ".lifetimes", v.lifetimes),
    vendor: str(key + ".vendor", v.vendor),
    // A vendor's privacy contact may be an address, as the site's own may.
    privacyPolicyUrl: url(key + ".privacyPolicyUrl", v.privacyPolicyUrl, true)
  };
}
function checkConfig(input) {
  const outer = found;
  found = [];
  try {
    return { config: resolve(input), problems: found };
  } finally {
    found = outer;
  }
}
const configError = (e) => Object.assign(new ConsentryError(e.message), { problems: e.problems });
function resolveConfig(input) {
  const { config, problems } = checkConfig(input);
  if (problems.length) throw configError(explain(problems));
  return config;
}
function resolve(input) {
  const c = input === void 0 || input === null ? {} : obj("config", input);
  keys("config", c, Object.keys(TOP));
  const cats = [];
  const byName = dict();
  const given = c.categories === void 0 ? {} : obj("config.categories", c.categories);
  const add = (name, v) => {
    const key = "config.categories." + name;
    if (v === false && name === NECESSARY) no(bad(key, "keepNecessary", v), 0);
    else if (v === false) return;
    const cat = category(key, name, v === false ? void 0 : v);
    cats.push(cat);
    byName[name] = cat;
  };
  for (const n of DEFAULT_CATEGORIES) add(n, own(given, n));
  for (const n of names(given)) {
    if (DEFAULT_CATEGORIES.indexOf(n) >= 0) continue;
    if (!NAME.test(n)) no(bad("config.categories", "categoryNames", n), 0);
    else add(n, given[n]);
  }
  const services = dict();
  for (const n in CATALOGUE) {
    const s = CATALOGUE[n];
    services[n] = { name: n, category: s.category, hosts: s.hosts || [] };
  }
  const svc = c.services === void 0 ? {} : obj("config.services", c.services);
  for (const n of names(svc)) {
    const key = "config.services." + n;
    if (!NAME.test(n)) {
      no(bad("config.services", "serviceNames", n), 0);
      continue;
    }
    const v = svc[n];
    if (v === false) {
      delete services[n];
      continue;
    }
    if (!isObj(v)) {
      no(bad(key, "object", v), 0);
      continue;
    }
    const s = service(key, n, v, CATALOGUE[n]);
    if (!s) continue;
    if (!byName[s.category]) {
      no(bad(key + ".category", "oneOf", s.category, cats.map((x) => x.name)), 0);
      continue;
    }
    s.site = true;
    services[n] = s;
  }
  for (const n in services) byName[services[n].category]?.services.push(n);
  const tr = c.translations === void 0 ? {} : obj("config.translations", c.translations);
  const translations = dict();
  for (const l of names(tr)) {
    if (!LANG.test(l)) {
      no(bad("config.translations", "langs", l), 0);
      continue;
    }
    const t = obj("config.translations." + l, tr[l]);
    const out = translations[l] = dict();
    for (const k of names(t)) {
      if (typeof t[k] !== "string") no(bad(`config.translations.${l}.${k}`, "string", t[k]), 0);
      else out[k] = t[k];
    }
  }
  const consentMode = c.consentMode === false ? false : group("config.consentMode", c.consentMode, MODE);
  return { ...fields("config", c, TOP), categories: cats, services, translations, consentMode };
}

const LANGS = ["en", "fr", "de", "es", "it", "nl", "pt", "pl", "ar"];

var ar = {
  bannerTitle: "\u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0639\u0644\u0649 \u0647\u0630\u0627 \u0627\u0644\u0645\u0648\u0642\u0639",
  bannerText: "\u0646\u0633\u062A\u062E\u062F\u0645 \u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0644\u062A\u0634\u063A\u064A\u0644 \u0647\u0630\u0627 \u0627\u0644\u0645\u0648\u0642\u0639. \u0648\u0628\u0645\u0648\u0627\u0641\u0642\u062A\u0643\u060C \u0646\u0633\u062A\u062E\u062F\u0645\u0647\u0627 \u0646\u062D\u0646 \u0648\u0634\u0631\u0643\u0627\u0624\u0646\u0627 \u0623\u064A\u0636\u064B\u0627 \u0644\u062A\u0630\u0643\u0651\u0631 \u0625\u0639\u062F\u0627\u062F\u0627\u062A\u0643 \u0648\u0642\u064A\u0627\u0633 \u0639\u062F\u062F \u0627\u0644\u0632\u0648\u0627\u0631 \u0648\u0639\u0631\u0636 \u0625\u0639\u0644\u0627\u0646\u0627\u062A \u062A\u0646\u0627\u0633\u0628\u0643. \u0625\u063A\u0644\u0627\u0642 \u0647\u0630\u0647 \u0627\u0644\u0631\u0633\u0627\u0644\u0629 \u064A\u0639\u0646\u064A \u0631\u0641\u0636 \u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0627\u0644\u0627\u062E\u062A\u064A\u0627\u0631\u064A\u0629 \u0647\u0630\u0647. \u0648\u064A\u0645\u0643\u0646\u0643 \u062A\u063A\u064A\u064A\u0631 \u0631\u0623\u064A\u0643 \u0641\u064A \u0623\u064A \u0648\u0642\u062A.",
  privacyPolicy: "\u0633\u064A\u0627\u0633\u0629 \u0627\u0644\u062E\u0635\u0648\u0635\u064A\u0629",
  acceptAll: "\u0642\u0628\u0648\u0644 \u0627\u0644\u0643\u0644",
  rejectAll: "\u0631\u0641\u0636 \u0627\u0644\u0643\u0644",
  customize: "\u062A\u062E\u0635\u064A\u0635",
  closeBanner: "\u0625\u063A\u0644\u0627\u0642 \u0648\u0631\u0641\u0636 \u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0627\u0644\u0627\u062E\u062A\u064A\u0627\u0631\u064A\u0629",
  stale: "\u063A\u064A\u0651\u0631\u0646\u0627 \u0637\u0631\u064A\u0642\u0629 \u0627\u0633\u062A\u062E\u062F\u0627\u0645\u0646\u0627 \u0644\u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0644\u0647\u0630\u0647 \u0627\u0644\u0623\u063A\u0631\u0627\u0636: {list}. \u064A\u064F\u0631\u062C\u0649 \u0627\u0644\u0627\u062E\u062A\u064A\u0627\u0631 \u0645\u0646 \u062C\u062F\u064A\u062F \u0644\u0647\u0627\u060C \u0648\u0633\u062A\u0628\u0642\u0649 \u0627\u062E\u062A\u064A\u0627\u0631\u0627\u062A\u0643 \u0627\u0644\u0623\u062E\u0631\u0649 \u0643\u0645\u0627 \u0647\u064A.",
  gpcBanner: "\u0623\u0631\u0633\u0644 \u0645\u062A\u0635\u0641\u062D\u0643 \u0625\u0634\u0627\u0631\u0629 \xAB\u0627\u0644\u062A\u062D\u0643\u0645 \u0627\u0644\u0639\u0627\u0644\u0645\u064A \u0641\u064A \u0627\u0644\u062E\u0635\u0648\u0635\u064A\u0629\xBB (Global Privacy Control)\u060C \u0644\u0630\u0644\u0643 \u062A\u0628\u0642\u0649 \u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0627\u0644\u0625\u0639\u0644\u0627\u0646\u064A\u0629 \u0645\u0639\u0637\u0651\u0644\u0629 \u0645\u0627 \u0644\u0645 \u062A\u0641\u0639\u0651\u0644\u0647\u0627 \u0628\u0646\u0641\u0633\u0643.",
  prefsTitle: "\u062A\u0641\u0636\u064A\u0644\u0627\u062A \u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637",
  prefsText: "\u0627\u062E\u062A\u0631 \u0627\u0644\u0623\u063A\u0631\u0627\u0636 \u0627\u0644\u062A\u064A \u062A\u0633\u0645\u062D \u0628\u0647\u0627. \u0646\u062D\u062A\u0641\u0638 \u0628\u0627\u062E\u062A\u064A\u0627\u0631\u0643 \u0645\u062F\u0629 {days} \u064A\u0648\u0645\u064B\u0627\u060C \u0648\u064A\u0645\u0643\u0646\u0643 \u062A\u063A\u064A\u064A\u0631\u0647 \u0641\u064A \u0623\u064A \u0648\u0642\u062A \u0645\u0646 \u0631\u0627\u0628\u0637 \xAB\u062A\u0641\u0636\u064A\u0644\u0627\u062A \u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637\xBB.",
  closePrefs: "\u0625\u063A\u0644\u0627\u0642 \u062F\u0648\u0646 \u062D\u0641\u0638",
  save: "\u062D\u0641\u0638 \u0627\u0644\u0627\u062E\u062A\u064A\u0627\u0631\u0627\u062A",
  alwaysOn: "\u0645\u0641\u0639\u0651\u0644\u0629 \u062F\u0627\u0626\u0645\u064B\u0627",
  services: "\u0627\u0644\u062E\u062F\u0645\u0627\u062A ({n})",
  partly: "\u0645\u0641\u0639\u0651\u0644 \u062C\u0632\u0626\u064A\u064B\u0627 ({n} \u0645\u0646 {m} \u062E\u062F\u0645\u0627\u062A)",
  lifetime: "\u0645\u062F\u0629 \u0627\u0644\u0627\u062D\u062A\u0641\u0627\u0638 \u0628\u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637: {t}",
  session: "\u062D\u062A\u0649 \u0646\u0647\u0627\u064A\u0629 \u0627\u0644\u0632\u064A\u0627\u0631\u0629",
  gpcNote: "\u0646\u062D\u062A\u0631\u0645 \u0625\u0634\u0627\u0631\u0629 \xAB\u0627\u0644\u062A\u062D\u0643\u0645 \u0627\u0644\u0639\u0627\u0644\u0645\u064A \u0641\u064A \u0627\u0644\u062E\u0635\u0648\u0635\u064A\u0629\xBB \u0627\u0644\u0635\u0627\u062F\u0631\u0629 \u0639\u0646 \u0645\u062A\u0635\u0641\u062D\u0643: \u062A\u0628\u0642\u0649 \u0627\u0644\u0625\u0639\u0644\u0627\u0646\u0627\u062A \u0645\u0639\u0637\u0651\u0644\u0629 \u0645\u0627 \u0644\u0645 \u062A\u0641\u0639\u0651\u0644\u0647\u0627 \u0647\u0646\u0627.",
  necessaryTitle: "\u0636\u0631\u0648\u0631\u064A\u0629 \u0644\u0644\u063A\u0627\u064A\u0629",
  necessaryText: "\u0644\u0627\u0632\u0645\u0629 \u0644\u0639\u0645\u0644 \u0627\u0644\u0645\u0648\u0642\u0639: \u0627\u0644\u0623\u0645\u0627\u0646 \u0648\u0633\u0644\u0629 \u0627\u0644\u0645\u0634\u062A\u0631\u064A\u0627\u062A \u0648\u062A\u0633\u062C\u064A\u0644 \u0627\u0644\u062F\u062E\u0648\u0644 \u0648\u062D\u0641\u0638 \u0647\u0630\u0627 \u0627\u0644\u0627\u062E\u062A\u064A\u0627\u0631. \u0644\u0627 \u064A\u0645\u0643\u0646 \u062A\u0639\u0637\u064A\u0644\u0647\u0627.",
  functionalTitle: "\u0648\u0638\u064A\u0641\u064A\u0629",
  functionalText: "\u062A\u062A\u0630\u0643\u0651\u0631 \u0625\u0639\u062F\u0627\u062F\u0627\u062A\u0643\u060C \u0645\u062B\u0644 \u0627\u0644\u0644\u063A\u0629 \u0623\u0648 \u0627\u0644\u0645\u0646\u0637\u0642\u0629\u060C \u0648\u062A\u0639\u0631\u0636 \u0645\u062D\u062A\u0648\u0649 \u0645\u0646 \u0645\u0632\u0648\u0651\u062F\u064A\u0646 \u0622\u062E\u0631\u064A\u0646\u060C \u0645\u062B\u0644 \u0645\u0642\u0627\u0637\u0639 \u0627\u0644\u0641\u064A\u062F\u064A\u0648 \u0648\u0627\u0644\u062E\u0631\u0627\u0626\u0637 \u0648\u0627\u0644\u062F\u0631\u062F\u0634\u0629\u060C \u0627\u0644\u0630\u064A\u0646 \u064A\u0636\u0639\u0648\u0646 \u0639\u0646\u062F\u0626\u0630\u064D \u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0627\u0644\u062E\u0627\u0635\u0629 \u0628\u0647\u0645.",
  analyticsTitle: "\u062A\u062D\u0644\u064A\u0644\u064A\u0629",
  analyticsText: "\u062A\u062D\u0635\u064A \u0627\u0644\u0632\u064A\u0627\u0631\u0627\u062A \u0648\u062A\u0628\u064A\u0651\u0646 \u0627\u0644\u0635\u0641\u062D\u0627\u062A \u0627\u0644\u062A\u064A \u062A\u064F\u062A\u0635\u0641\u064E\u0651\u062D\u060C \u0644\u0646\u062A\u0645\u0643\u0651\u0646 \u0645\u0646 \u062A\u062D\u0633\u064A\u0646 \u0627\u0644\u0645\u0648\u0642\u0639.",
  advertisingTitle: "\u0625\u0639\u0644\u0627\u0646\u064A\u0629",
  advertisingText: "\u062A\u062A\u064A\u062D \u0644\u0646\u0627 \u0648\u0644\u0634\u0631\u0643\u0627\u0626\u0646\u0627 \u0641\u064A \u0627\u0644\u0625\u0639\u0644\u0627\u0646 \u0639\u0631\u0636 \u0625\u0639\u0644\u0627\u0646\u0627\u062A \u062A\u0646\u0627\u0633\u0628 \u0627\u0647\u062A\u0645\u0627\u0645\u0627\u062A\u0643 \u0648\u0642\u064A\u0627\u0633 \u0641\u0639\u0627\u0644\u064A\u062A\u0647\u0627\u060C \u0647\u0646\u0627 \u0648\u0639\u0644\u0649 \u0645\u0648\u0627\u0642\u0639 \u0623\u062E\u0631\u0649."
};

var de = {
  bannerTitle: "Cookies auf dieser Website",
  bannerText: "Wir verwenden Cookies, damit diese Website funktioniert. Mit Ihrer Einwilligung nutzen wir und unsere Partner sie au\xDFerdem, um Ihre Einstellungen zu speichern, die Nutzung der Website zu messen und Ihnen passende Werbung zu zeigen. Wenn Sie diese Meldung schlie\xDFen, lehnen Sie diese optionalen Cookies ab. Sie k\xF6nnen Ihre Entscheidung jederzeit \xE4ndern.",
  privacyPolicy: "Datenschutzerkl\xE4rung",
  acceptAll: "Alle akzeptieren",
  rejectAll: "Alle ablehnen",
  customize: "Anpassen",
  closeBanner: "Schlie\xDFen und optionale Cookies ablehnen",
  stale: "Wir haben die Verwendung von Cookies f\xFCr diese Zwecke ge\xE4ndert: {list}. Bitte entscheiden Sie daf\xFCr neu; Ihre \xFCbrigen Einstellungen bleiben erhalten.",
  gpcBanner: "Ihr Browser hat ein Global-Privacy-Control-Signal gesendet. Werbe-Cookies bleiben deshalb deaktiviert, solange Sie sie nicht selbst aktivieren.",
  prefsTitle: "Cookie-Einstellungen",
  prefsText: "W\xE4hlen Sie, welche Zwecke Sie erlauben. Wir speichern Ihre Auswahl {days} Tage lang; Sie k\xF6nnen sie jederzeit \xFCber den Link \u201ECookie-Einstellungen\u201C \xE4ndern.",
  closePrefs: "Schlie\xDFen, ohne zu speichern",
  save: "Auswahl speichern",
  alwaysOn: "Immer aktiv",
  services: "Dienste ({n})",
  partly: "Teilweise an ({n} von {m} Diensten)",
  lifetime: "Speicherdauer der Cookies: {t}",
  session: "bis zum Ende des Besuchs",
  gpcNote: "Das Global-Privacy-Control-Signal Ihres Browsers wird beachtet: Werbung bleibt deaktiviert, solange Sie sie hier nicht aktivieren.",
  necessaryTitle: "Unbedingt erforderlich",
  necessaryText: "F\xFCr den Betrieb der Website n\xF6tig: Sicherheit, Warenkorb, Anmeldung und das Speichern dieser Auswahl. Sie lassen sich nicht deaktivieren.",
  functionalTitle: "Funktional",
  functionalText: "Speichern Ihre Einstellungen wie Sprache oder Region und zeigen Inhalte anderer Anbieter, etwa Videos, Karten und Chat, die dann ihre eigenen Cookies setzen.",
  analyticsTitle: "Statistik",
  analyticsText: "Z\xE4hlen Besuche und zeigen, welche Seiten genutzt werden, damit wir die Website verbessern k\xF6nnen.",
  advertisingTitle: "Werbung",
  advertisingText: "Erm\xF6glichen uns und unseren Werbepartnern, Ihnen Anzeigen passend zu Ihren Interessen zu zeigen und deren Wirkung zu messen \u2013 hier und auf anderen Websites."
};

var en$1 = {
  bannerTitle: "Cookies on this site",
  bannerText: "We use cookies to run this site. With your permission, we and our partners also use them to remember your settings, measure our audience and show you relevant ads. Closing this message refuses these optional cookies. You can change your mind at any time.",
  privacyPolicy: "Privacy policy",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  customize: "Customize",
  closeBanner: "Close and refuse optional cookies",
  stale: "We changed how we use cookies for: {list}. Please choose again for these; your other choices are kept.",
  gpcBanner: "Your browser sent a Global Privacy Control signal, so advertising cookies stay off unless you turn them on.",
  prefsTitle: "Cookie preferences",
  prefsText: "Choose which purposes you allow. We keep your choice for {days} days, and you can change it at any time from the \u201CCookie preferences\u201D link.",
  closePrefs: "Close without saving",
  save: "Save choices",
  alwaysOn: "Always on",
  services: "Services ({n})",
  partly: "Partly on ({n} of {m} services)",
  lifetime: "Cookies kept for {t}",
  session: "the visit only",
  gpcNote: "Your browser\u2019s Global Privacy Control signal is honoured: advertising stays off unless you turn it on here.",
  necessaryTitle: "Strictly necessary",
  necessaryText: "Needed for the site to work: security, your basket, signing in and remembering this choice. They cannot be turned off.",
  functionalTitle: "Functional",
  functionalText: "Remember your settings, such as language or region, and show content from other providers, such as videos, maps and chat, which then set their own cookies.",
  analyticsTitle: "Analytics",
  analyticsText: "Count visits and see which pages are used, so that we can improve the site.",
  advertisingTitle: "Advertising",
  advertisingText: "Let us and our advertising partners show you ads based on your interests and measure how well they work, here and on other sites."
};

var es = {
  bannerTitle: "Cookies en este sitio",
  bannerText: "Usamos cookies para que este sitio funcione. Si nos das permiso, nosotros y nuestros socios tambi\xE9n las usamos para recordar tus ajustes, medir nuestra audiencia y mostrarte anuncios relevantes. Si cierras este mensaje, rechazas estas cookies opcionales. Puedes cambiar de opini\xF3n en cualquier momento.",
  privacyPolicy: "Pol\xEDtica de privacidad",
  acceptAll: "Aceptar todo",
  rejectAll: "Rechazar todo",
  customize: "Personalizar",
  closeBanner: "Cerrar y rechazar las cookies opcionales",
  stale: "Hemos cambiado el uso de cookies para: {list}. Vuelve a elegir para estas finalidades; el resto de tus opciones se mantiene.",
  gpcBanner: "Tu navegador ha enviado una se\xF1al Global Privacy Control, as\xED que las cookies publicitarias seguir\xE1n desactivadas salvo que t\xFA las actives.",
  prefsTitle: "Preferencias de cookies",
  prefsText: "Elige qu\xE9 finalidades permites. Guardamos tu elecci\xF3n durante {days} d\xEDas y puedes cambiarla en cualquier momento desde el enlace \xABPreferencias de cookies\xBB.",
  closePrefs: "Cerrar sin guardar",
  save: "Guardar mis opciones",
  alwaysOn: "Siempre activas",
  services: "Servicios ({n})",
  partly: "Activado en parte ({n} de {m} servicios)",
  lifetime: "Las cookies se guardan durante {t}",
  session: "la visita",
  gpcNote: "Respetamos la se\xF1al Global Privacy Control de tu navegador: la publicidad seguir\xE1 desactivada salvo que la actives aqu\xED.",
  necessaryTitle: "Estrictamente necesarias",
  necessaryText: "Imprescindibles para que el sitio funcione: seguridad, cesta de la compra, inicio de sesi\xF3n y el registro de esta elecci\xF3n. No se pueden desactivar.",
  functionalTitle: "Funcionales",
  functionalText: "Recuerdan tus ajustes, como el idioma o la regi\xF3n, y muestran contenidos de otros proveedores, como v\xEDdeos, mapas y chat, que instalan entonces sus propias cookies.",
  analyticsTitle: "Anal\xEDtica",
  analyticsText: "Cuentan las visitas y muestran qu\xE9 p\xE1ginas se consultan, para que podamos mejorar el sitio.",
  advertisingTitle: "Publicidad",
  advertisingText: "Permiten que nosotros y nuestros socios publicitarios te mostremos anuncios seg\xFAn tus intereses y midamos su eficacia, aqu\xED y en otros sitios."
};

var fr = {
  bannerTitle: "Les cookies sur ce site",
  bannerText: "Nous utilisons des cookies pour faire fonctionner ce site. Avec votre accord, nos partenaires et nous les utilisons aussi pour m\xE9moriser vos r\xE9glages, mesurer notre audience et vous montrer des publicit\xE9s pertinentes. Fermer ce message revient \xE0 refuser ces cookies facultatifs. Vous pouvez changer d\u2019avis \xE0 tout moment.",
  privacyPolicy: "Politique de confidentialit\xE9",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  customize: "Personnaliser",
  closeBanner: "Fermer et refuser les cookies facultatifs",
  stale: "Nous avons modifi\xE9 notre usage des cookies pour\xA0: {list}. Merci de choisir \xE0 nouveau pour ces finalit\xE9s\xA0; vos autres choix sont conserv\xE9s.",
  gpcBanner: "Votre navigateur a envoy\xE9 un signal Global Privacy Control\xA0: les cookies publicitaires restent d\xE9sactiv\xE9s, sauf si vous les activez.",
  prefsTitle: "Pr\xE9f\xE9rences de cookies",
  prefsText: "Choisissez les finalit\xE9s que vous acceptez. Nous conservons votre choix pendant {days}\xA0jours, et vous pouvez le modifier \xE0 tout moment gr\xE2ce au lien \xAB\xA0Pr\xE9f\xE9rences de cookies\xA0\xBB.",
  closePrefs: "Fermer sans enregistrer",
  save: "Enregistrer mes choix",
  alwaysOn: "Toujours actifs",
  services: "Services ({n})",
  partly: "Partiellement activ\xE9 ({n} services sur {m})",
  lifetime: "Cookies conserv\xE9s pendant {t}",
  session: "la dur\xE9e de la visite",
  gpcNote: "Le signal Global Privacy Control de votre navigateur est respect\xE9\xA0: la publicit\xE9 reste d\xE9sactiv\xE9e, sauf si vous l\u2019activez ici.",
  necessaryTitle: "Strictement n\xE9cessaires",
  necessaryText: "Indispensables au fonctionnement du site\xA0: s\xE9curit\xE9, panier, connexion et m\xE9morisation de ce choix. Ils ne peuvent pas \xEAtre d\xE9sactiv\xE9s.",
  functionalTitle: "Fonctionnels",
  functionalText: "M\xE9morisent vos r\xE9glages, comme la langue ou la r\xE9gion, et affichent des contenus d\u2019autres fournisseurs, comme les vid\xE9os, les cartes ou le chat, qui d\xE9posent alors leurs propres cookies.",
  analyticsTitle: "Mesure d\u2019audience",
  analyticsText: "Comptent les visites et indiquent quelles pages sont consult\xE9es, pour nous aider \xE0 am\xE9liorer le site.",
  advertisingTitle: "Publicit\xE9",
  advertisingText: "Permettent \xE0 nos partenaires publicitaires et \xE0 nous-m\xEAmes de vous montrer des annonces adapt\xE9es \xE0 vos centres d\u2019int\xE9r\xEAt et d\u2019en mesurer l\u2019efficacit\xE9, ici et sur d\u2019autres sites."
};

var it = {
  bannerTitle: "Cookie su questo sito",
  bannerText: "Usiamo i cookie per far funzionare questo sito. Con il tuo consenso, noi e i nostri partner li usiamo anche per ricordare le tue impostazioni, misurare il nostro pubblico e mostrarti annunci pertinenti. Chiudendo questo messaggio rifiuti questi cookie facoltativi. Puoi cambiare idea in qualsiasi momento.",
  privacyPolicy: "Informativa sulla privacy",
  acceptAll: "Accetta tutti",
  rejectAll: "Rifiuta tutti",
  customize: "Personalizza",
  closeBanner: "Chiudi e rifiuta i cookie facoltativi",
  stale: "Abbiamo cambiato il modo in cui usiamo i cookie per: {list}. Scegli di nuovo per queste finalit\xE0; le altre tue scelte restano invariate.",
  gpcBanner: "Il tuo browser ha inviato un segnale Global Privacy Control: i cookie pubblicitari restano disattivati, a meno che non sia tu ad attivarli.",
  prefsTitle: "Preferenze sui cookie",
  prefsText: "Scegli quali finalit\xE0 consentire. Conserviamo la tua scelta per {days} giorni e puoi modificarla in qualsiasi momento dal link \xABPreferenze sui cookie\xBB.",
  closePrefs: "Chiudi senza salvare",
  save: "Salva le scelte",
  alwaysOn: "Sempre attivi",
  services: "Servizi ({n})",
  partly: "Attivo in parte ({n} servizi su {m})",
  lifetime: "Cookie conservati per {t}",
  session: "la sola durata della visita",
  gpcNote: "Il segnale Global Privacy Control del tuo browser viene rispettato: la pubblicit\xE0 resta disattivata, a meno che tu non la attivi qui.",
  necessaryTitle: "Strettamente necessari",
  necessaryText: "Indispensabili per il funzionamento del sito: sicurezza, carrello, accesso all\u2019account e memorizzazione di questa scelta. Non possono essere disattivati.",
  functionalTitle: "Funzionali",
  functionalText: "Ricordano le tue impostazioni, come la lingua o il paese, e mostrano contenuti di altri fornitori, come video, mappe e chat, che impostano poi i propri cookie.",
  analyticsTitle: "Statistiche",
  analyticsText: "Contano le visite e mostrano quali pagine vengono consultate, per aiutarci a migliorare il sito.",
  advertisingTitle: "Pubblicit\xE0",
  advertisingText: "Permettono a noi e ai nostri partner pubblicitari di mostrarti annunci in base ai tuoi interessi e di misurarne l\u2019efficacia, qui e su altri siti."
};

var nl = {
  bannerTitle: "Cookies op deze website",
  bannerText: "We gebruiken cookies om deze website te laten werken. Met je toestemming gebruiken wij en onze partners ze ook om je instellingen te onthouden, ons bezoek te meten en je relevante advertenties te tonen. Als je dit bericht sluit, weiger je deze optionele cookies. Je kunt je keuze altijd wijzigen.",
  privacyPolicy: "Privacyverklaring",
  acceptAll: "Alles accepteren",
  rejectAll: "Alles weigeren",
  customize: "Aanpassen",
  closeBanner: "Sluiten en optionele cookies weigeren",
  stale: "We hebben het gebruik van cookies gewijzigd voor: {list}. Kies hiervoor opnieuw; je andere keuzes blijven behouden.",
  gpcBanner: "Je browser heeft een Global Privacy Control-signaal verstuurd. Advertentiecookies blijven daarom uit, tenzij je ze zelf aanzet.",
  prefsTitle: "Cookievoorkeuren",
  prefsText: "Kies welke doeleinden je toestaat. We bewaren je keuze {days} dagen en je kunt die altijd wijzigen via de link \u2018Cookievoorkeuren\u2019.",
  closePrefs: "Sluiten zonder op te slaan",
  save: "Keuzes opslaan",
  alwaysOn: "Altijd aan",
  services: "Diensten ({n})",
  partly: "Gedeeltelijk aan ({n} van {m} diensten)",
  lifetime: "Cookies worden {t} bewaard",
  session: "alleen tijdens het bezoek",
  gpcNote: "Het Global Privacy Control-signaal van je browser wordt gerespecteerd: advertenties blijven uit, tenzij je ze hier aanzet.",
  necessaryTitle: "Strikt noodzakelijk",
  necessaryText: "Nodig om de website te laten werken: beveiliging, je winkelmandje, inloggen en het onthouden van deze keuze. Deze kunnen niet worden uitgezet.",
  functionalTitle: "Functioneel",
  functionalText: "Onthouden je instellingen, zoals taal of regio, en tonen inhoud van andere aanbieders, zoals video\u2019s, kaarten en chat, die dan hun eigen cookies plaatsen.",
  analyticsTitle: "Statistieken",
  analyticsText: "Tellen bezoeken en laten zien welke pagina\u2019s worden bekeken, zodat we de website kunnen verbeteren.",
  advertisingTitle: "Advertenties",
  advertisingText: "Laten ons en onze advertentiepartners advertenties tonen die passen bij je interesses en meten hoe goed ze werken, hier en op andere websites."
};

var pl = {
  bannerTitle: "Pliki cookie w tym serwisie",
  bannerText: "U\u017Cywamy plik\xF3w cookie, aby ten serwis dzia\u0142a\u0142. Za Twoj\u0105 zgod\u0105 my i nasi partnerzy u\u017Cywamy ich tak\u017Ce do zapami\u0119tywania Twoich ustawie\u0144, mierzenia ogl\u0105dalno\u015Bci i wy\u015Bwietlania dopasowanych reklam. Zamkni\u0119cie tego komunikatu oznacza odmow\u0119 tych opcjonalnych plik\xF3w cookie. W ka\u017Cdej chwili mo\u017Cesz zmieni\u0107 zdanie.",
  privacyPolicy: "Polityka prywatno\u015Bci",
  acceptAll: "Zaakceptuj wszystkie",
  rejectAll: "Odrzu\u0107 wszystkie",
  customize: "Dostosuj",
  closeBanner: "Zamknij i odrzu\u0107 opcjonalne pliki cookie",
  stale: "Zmienili\u015Bmy spos\xF3b u\u017Cywania plik\xF3w cookie w tych celach: {list}. Wybierz ponownie dla tych cel\xF3w; pozosta\u0142e wybory zostaj\u0105 zachowane.",
  gpcBanner: "Twoja przegl\u0105darka wys\u0142a\u0142a sygna\u0142 Global Privacy Control, dlatego reklamowe pliki cookie pozostan\u0105 wy\u0142\u0105czone, chyba \u017Ce je w\u0142\u0105czysz.",
  prefsTitle: "Ustawienia plik\xF3w cookie",
  prefsText: "Wybierz, na kt\xF3re cele si\u0119 zgadzasz. Przechowujemy Tw\xF3j wyb\xF3r przez {days} dni i w ka\u017Cdej chwili mo\u017Cesz go zmieni\u0107 za pomoc\u0105 linku \u201EUstawienia plik\xF3w cookie\u201D.",
  closePrefs: "Zamknij bez zapisywania",
  save: "Zapisz wyb\xF3r",
  alwaysOn: "Zawsze w\u0142\u0105czone",
  services: "Us\u0142ugi ({n})",
  partly: "Cz\u0119\u015Bciowo w\u0142\u0105czone ({n} z {m} us\u0142ug)",
  lifetime: "Czas przechowywania plik\xF3w cookie: {t}",
  session: "do ko\u0144ca wizyty",
  gpcNote: "Respektujemy sygna\u0142 Global Privacy Control Twojej przegl\u0105darki: reklamy pozostan\u0105 wy\u0142\u0105czone, chyba \u017Ce w\u0142\u0105czysz je tutaj.",
  necessaryTitle: "Niezb\u0119dne",
  necessaryText: "Potrzebne do dzia\u0142ania serwisu: bezpiecze\u0144stwo, koszyk, logowanie i zapami\u0119tanie tego wyboru. Nie mo\u017Cna ich wy\u0142\u0105czy\u0107.",
  functionalTitle: "Funkcjonalne",
  functionalText: "Zapami\u0119tuj\u0105 Twoje ustawienia, takie jak j\u0119zyk czy region, i wy\u015Bwietlaj\u0105 tre\u015Bci innych dostawc\xF3w, np. filmy, mapy i czat, kt\xF3rzy zapisuj\u0105 wtedy w\u0142asne pliki cookie.",
  analyticsTitle: "Analityczne",
  analyticsText: "Licz\u0105 odwiedziny i pokazuj\u0105, kt\xF3re strony s\u0105 przegl\u0105dane, aby\u015Bmy mogli ulepsza\u0107 serwis.",
  advertisingTitle: "Reklamowe",
  advertisingText: "Pozwalaj\u0105 nam i naszym partnerom reklamowym wy\u015Bwietla\u0107 reklamy dopasowane do Twoich zainteresowa\u0144 i mierzy\u0107 ich skuteczno\u015B\u0107 \u2013 tutaj i w innych serwisach."
};

var pt = {
  bannerTitle: "Cookies neste site",
  bannerText: "Utilizamos cookies para o funcionamento deste site. Com a sua autoriza\xE7\xE3o, n\xF3s e os nossos parceiros tamb\xE9m os utilizamos para memorizar as suas defini\xE7\xF5es, medir a nossa audi\xEAncia e mostrar-lhe an\xFAncios relevantes. Fechar esta mensagem equivale a recusar estes cookies opcionais. Pode mudar de ideias a qualquer momento.",
  privacyPolicy: "Pol\xEDtica de privacidade",
  acceptAll: "Aceitar tudo",
  rejectAll: "Rejeitar tudo",
  customize: "Personalizar",
  closeBanner: "Fechar e recusar os cookies opcionais",
  stale: "Alter\xE1mos a forma como utilizamos cookies para: {list}. Escolha novamente para estas finalidades; as suas outras escolhas mant\xEAm-se.",
  gpcBanner: "O seu navegador enviou um sinal Global Privacy Control, por isso os cookies de publicidade ficam desativados, a menos que os ative.",
  prefsTitle: "Prefer\xEAncias de cookies",
  prefsText: "Escolha as finalidades que autoriza. Guardamos a sua escolha durante {days} dias e pode alter\xE1-la a qualquer momento atrav\xE9s da liga\xE7\xE3o \xABPrefer\xEAncias de cookies\xBB.",
  closePrefs: "Fechar sem guardar",
  save: "Guardar escolhas",
  alwaysOn: "Sempre ativos",
  services: "Servi\xE7os ({n})",
  partly: "Parcialmente ativo ({n} de {m} servi\xE7os)",
  lifetime: "Cookies guardados durante {t}",
  session: "a visita",
  gpcNote: "O sinal Global Privacy Control do seu navegador \xE9 respeitado: a publicidade fica desativada, a menos que a ative aqui.",
  necessaryTitle: "Estritamente necess\xE1rios",
  necessaryText: "Indispens\xE1veis ao funcionamento do site: seguran\xE7a, carrinho de compras, in\xEDcio de sess\xE3o e memoriza\xE7\xE3o desta escolha. N\xE3o podem ser desativados.",
  functionalTitle: "Funcionais",
  functionalText: "Memorizam as suas defini\xE7\xF5es, como o idioma ou a regi\xE3o, e mostram conte\xFAdos de outros fornecedores, como v\xEDdeos, mapas e chat, que colocam ent\xE3o os seus pr\xF3prios cookies.",
  analyticsTitle: "Estat\xEDsticas",
  analyticsText: "Contam as visitas e mostram que p\xE1ginas s\xE3o consultadas, para podermos melhorar o site.",
  advertisingTitle: "Publicidade",
  advertisingText: "Permitem que n\xF3s e os nossos parceiros de publicidade lhe mostremos an\xFAncios de acordo com os seus interesses e me\xE7amos a sua efic\xE1cia, aqui e noutros sites."
};

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
function withStored(cfg) {
  const d = stored();
  for (const n in cfg.services) {
    const s = cfg.services[n];
    const x = d[n] || [[], []];
    s.cookies ??= x[0];
    s.storage ??= x[1];
  }
  return cfg;
}

const LIFETIMES = {
  "AMCVS_*": "session",
  "AMCV_*": "2 years",
  "AMP_*": "1 year",
  "BVBRANDID": "20 years",
  "BVBRANDSID": "20 years",
  "DYID": "1 year",
  "DYSES": "session",
  "TawkConnectionTime": "session",
  "_CEFT": "1 year",
  "__eoi": "3 months",
  "__exponea_etc__": "3 years",
  "__exponea_time2__": "1 day",
  "__gpi": "13 months",
  "__hssc": "30 minutes",
  "__hssrc": "session",
  "__hstc": "13 months",
  "__kla_id": "2 years",
  "__livechat": "3 years",
  "__lotl": "180 days",
  "__lotr": "180 days",
  "__qca": "1 year",
  "__stripe_mid": "1 year",
  "__stripe_sid": "30 minutes",
  "__zlcmid": "1 year",
  "__zlcprivacy": "1 year",
  "_clck": "1 year",
  "_clsk": "session",
  "_cmp_a": "1 day",
  "_cs_c": "13 months",
  "_cs_cvars": "session",
  "_cs_ex": "30 days",
  "_cs_id": "13 months",
  "_cs_rl": "1 year",
  "_cs_s": "1 year",
  "_dc_gtm_*": "1 minute",
  "_derived_epik": "1 year",
  "_dycmc": "30 days",
  "_dycnst": "30 days",
  "_dycst": "30 days",
  "_dyid": "30 days",
  "_dyid_server": "1 year",
  "_dyjsession": "session",
  "_epik": "1 year",
  "_fbc": "2 years",
  "_fbp": "4 months",
  "_ga": "2 years",
  "_ga_*": "2 years",
  "_gac_*": "90 days",
  "_gat*": "1 minute",
  "_gid": "24 hours",
  "_landing_page": "2 years",
  "_orig_referrer": "2 years",
  "_pcid": "13 months",
  "_pctx": "13 months",
  "_pin_unauth": "1 day",
  "_pk_id.*": "13 months",
  "_pk_ses.*": "30 minutes",
  "_rdt_uuid": "90 days",
  "_rp_uid": "30 days",
  "_schn": "1 day",
  "_scid": "1 year",
  "_scid_r": "13 months",
  "_secure_session_id": "session",
  "_shopify_essential": "1 year",
  "_shopify_s": "2 years",
  "_shopify_sa_p": "30 minutes",
  "_shopify_sa_t": "2 years",
  "_shopify_y": "2 years",
  "_tracking_consent": "2 years",
  "_tt_enable_cookie": "389 days",
  "_ttp": "389 days",
  "_vis_opt_exp_*": "100 days",
  "_vis_opt_s": "100 days",
  "_vis_opt_test_cookie": "100 days",
  "ac_enable_tracking": "29 days",
  "amplitude_id*": "1 year",
  "cart_currency": "14 days",
  "cart_sig": "14 days",
  "cart_ts": "14 days",
  "cebs": "session",
  "checkout_session_token*": "3 weeks",
  "cqcid": "1 year",
  "drift_*": "2 years",
  "dy_fs_page": "session",
  "hubspotutk": "13 months",
  "igodigitalst_*": "1 hour",
  "igodigitalstdomain": "1 hour",
  "igodigitaltc2": "10 years",
  "keep_alive": "14 weeks",
  "li_fat_id": "30 days",
  "localization": "2 weeks",
  "mc_cid": "14 days",
  "mc_eid": "14 days",
  "mc_landing_site": "14 days",
  "messagesUtk": "13 months",
  "mp_*": "1 year",
  "optimizelyDomainTestCookie": "6 months",
  "optimizelyEndUserId": "6 months",
  "optimizelyRedirectData": "5 seconds",
  "pa_uid": "2 years",
  "pa_user": "13 months",
  "prism_*": "30 days",
  "s_cc": "session",
  "s_ecid": "2 years",
  "s_fid": "5 years",
  "s_ppv": "session",
  "s_sq": "session",
  "s_tp": "session",
  "s_vi*": "2 years",
  "stg_externalReferrer": "session",
  "stg_last_interaction": "365 days",
  "stg_pk_campaign": "session",
  "stg_returning_visitor": "365 days",
  "stg_traffic_source_priority": "30 minutes",
  "stg_utm_campaign": "session",
  "tawkUUID": "10 years",
  "ttcsid*": "1 year",
  "visitor_id*": "1 year"
};

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
function withTitles(cfg) {
  const t = titles();
  for (const n in cfg.services) {
    const s = cfg.services[n];
    const x = t[n];
    if (x) {
      s.title ??= x[0];
      s.lifetime ??= x[1] || void 0;
    }
  }
  return cfg;
}

const D$1 = `Google|https://business.safety.google/privacy/|gtm ga4 ga-universal firebase google-ads google-maps youtube recaptcha
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
for (const line of (D$1 + "\n" + W).split("\n")) {
  const [vendor, privacyPolicyUrl, names] = line.split("|");
  const v = { vendor, privacyPolicyUrl };
  for (const n of names.split(" ")) VENDORS[n] = v;
}

const KINDS = {
  tags: ["Loads the other tags the site uses; it sets no cookie by itself.", "Charge les autres balises utilis\xE9es par le site\xA0; il ne d\xE9pose aucun cookie par lui-m\xEAme."],
  audience: ["Measures the audience: how many people visit, where they come from and which pages they view.", "Mesure l\u2019audience\xA0: nombre de visiteurs, provenance et pages consult\xE9es."],
  events: ["Records what visitors do on the site (pages, clicks, actions) so that the site\u2019s team can see how it is used.", "Enregistre ce que font les visiteurs sur le site (pages, clics, actions) pour que l\u2019\xE9quipe du site voie comment il est utilis\xE9."],
  replay: ["Records clicks, scrolling and mouse movements (heatmaps, session recordings) to show how pages are used.", "Enregistre les clics, le d\xE9filement et les mouvements de la souris (cartes de chaleur, enregistrements de sessions) pour montrer comment les pages sont utilis\xE9es."],
  testing: ["Shows different versions of a page to different visitors to find out which works better.", "Pr\xE9sente diff\xE9rentes versions d\u2019une page selon les visiteurs pour savoir laquelle fonctionne le mieux."],
  personalise: ["Personalises the products and content shown, based on the pages you view.", "Personnalise les produits et contenus affich\xE9s selon les pages que vous consultez."],
  monitoring: ["Measures page speed and errors so that the site keeps working well.", "Mesure la vitesse des pages et les erreurs pour que le site continue de bien fonctionner."],
  adtag: ["Measures which ads bring visits and purchases, and lets the vendor show this site\u2019s ads to its visitors on other sites and apps.", "Mesure quelles publicit\xE9s am\xE8nent des visites et des achats, et permet au fournisseur de montrer les annonces de ce site \xE0 ses visiteurs sur d\u2019autres sites et applications."],
  adnetwork: ["Advertising network: shows ads based on the pages you have viewed, here and on other sites, and measures their results.", "R\xE9seau publicitaire\xA0: affiche des annonces selon les pages que vous avez consult\xE9es, ici et sur d\u2019autres sites, et en mesure les r\xE9sultats."],
  affiliate: ["Affiliate marketing: records which partner site sent you here, so that the partner is paid for the sale.", "Affiliation\xA0: enregistre quel site partenaire vous a envoy\xE9 ici, pour que ce partenaire soit r\xE9mun\xE9r\xE9 sur la vente."],
  email: ["Marketing e-mails: links your visits to your e-mail address to send you offers and measure the campaigns.", "E-mails marketing\xA0: relie vos visites \xE0 votre adresse e-mail pour vous envoyer des offres et mesurer les campagnes."],
  popup: ["Shows sign-up and offer pop-ups and measures how they perform.", "Affiche des fen\xEAtres d\u2019inscription et d\u2019offres, et mesure leurs r\xE9sultats."],
  social: ["Shows posts from a social network on this site; the network can see that you viewed the page.", "Affiche des publications d\u2019un r\xE9seau social sur ce site\xA0; le r\xE9seau peut savoir que vous avez consult\xE9 la page."],
  video: ["Plays the videos embedded in the site.", "Lit les vid\xE9os int\xE9gr\xE9es au site."],
  maps: ["Shows interactive maps.", "Affiche des cartes interactives."],
  captcha: ["Protects forms against spam and abuse by telling people from automated programs.", "Prot\xE8ge les formulaires contre le spam et les abus en distinguant les personnes des programmes automatiques."],
  shop: ["Runs the shop: basket, checkout, signing in and security.", "Fait fonctionner la boutique\xA0: panier, commande, connexion et s\xE9curit\xE9."],
  payment: ["Processes payments and detects fraud.", "Traite les paiements et d\xE9tecte la fraude."],
  chat: ["Customer service chat and help.", "Chat et aide du service client."],
  forms: ["Shows the site\u2019s forms and sends what you enter to the site\u2019s team.", "Affiche les formulaires du site et transmet ce que vous y saisissez \xE0 l\u2019\xE9quipe du site."],
  reviews: ["Shows customer reviews and ratings.", "Affiche les avis et les notes des clients."]
};
const D = `tags gtm
audience ga4 ga-universal firebase matomo piwik-pro piano-analytics plausible cloudflare-insights adobe-analytics yandex-metrica shopify-analytics
events amplitude mixpanel segment heap
replay clarity hotjar contentsquare fullstory mouseflow smartlook lucky-orange crazy-egg
testing optimizely vwo ab-tasty kameleoon
personalise dynamic-yield salesforce-einstein
monitoring new-relic datadog-rum
adtag google-ads meta-pixel tiktok-pixel pinterest snapchat-pixel linkedin-insight x-pixel reddit-pixel microsoft-uet
adnetwork criteo taboola outbrain quantcast adroll rtb-house trade-desk
affiliate awin rakuten tradedoubler
email klaviyo brevo mailchimp hubspot salesforce-mc activecampaign bloomreach
popup sleeknote
social facebook instagram tiktok-embed x-embed
video youtube vimeo dailymotion
maps google-maps
captcha recaptcha
shop shopify salesforce-cc
payment stripe paypal adyen klarna
chat zendesk brevo-chat intercom crisp tawk livechat drift tidio gorgias iadvize hubspot-chat
forms hubspot-forms
reviews trustpilot avis-verifies yotpo bazaarvoice`;
const DESCRIPTIONS = {};
for (const line of D.split("\n")) {
  const [kind, ...names] = line.split(" ");
  const [en, fr] = KINDS[kind];
  for (const n of names) DESCRIPTIONS[n] = { en, fr };
}

const en = {
  intro: "For each purpose: the services this site uses, what they do, the cookies and other data they store on your device and for how long, and your current choice, which you can change here.",
  written: "For each purpose: the services this site uses, what they do, and the cookies and other data they store on your device, with how long they keep them.",
  provider: "Provider",
  policy: "Privacy policy of {v}",
  hosts: "Loaded from",
  caption: "Cookies and storage: {s}",
  name: "Name",
  type: "Type",
  lifetime: "Lifetime",
  party: "Set by",
  first: "This site (first-party)",
  third: "Another site (third-party)",
  cookie: "Cookie",
  storage: "Browser storage",
  vendorCookies: "Cookies of {v} on its own domains",
  upTo: "up to {t}",
  sessionLife: "session",
  unknown: "Not stated",
  choice: "Your choice:",
  allowed: "Allowed",
  refused: "Refused",
  none: "Not chosen yet",
  always: "Always on",
  allow: "Allow",
  allowName: "Allow {s}",
  met: "Detected on this page",
  change: "Change my cookie choices",
  own: "Your cookie choice",
  ownText: "Keeps the choice you made about cookies on this site, so that you are not asked again at every visit.",
  site: "This site",
  source: "Some lifetimes come from the Open Cookie Database (Apache License 2.0)."
};
const WORDS = {
  en,
  fr: {
    intro: "Pour chaque finalit\xE9\xA0: les services utilis\xE9s par ce site, ce qu\u2019ils font, les cookies et autres donn\xE9es qu\u2019ils enregistrent sur votre appareil et pour combien de temps, ainsi que votre choix actuel, que vous pouvez modifier ici.",
    written: "Pour chaque finalit\xE9\xA0: les services utilis\xE9s par ce site, ce qu\u2019ils font, ainsi que les cookies et autres donn\xE9es qu\u2019ils enregistrent sur votre appareil, avec leur dur\xE9e de conservation.",
    provider: "Fournisseur",
    policy: "Politique de confidentialit\xE9 de {v}",
    hosts: "Charg\xE9 depuis",
    caption: "Cookies et stockage\xA0: {s}",
    name: "Nom",
    type: "Type",
    lifetime: "Conservation",
    party: "D\xE9pos\xE9 par",
    first: "Ce site (cookie interne)",
    third: "Un autre site (cookie tiers)",
    cookie: "Cookie",
    storage: "Stockage du navigateur",
    vendorCookies: "Cookies de {v} sur ses propres domaines",
    upTo: "jusqu\u2019\xE0 {t}",
    sessionLife: "session",
    unknown: "Non pr\xE9cis\xE9e",
    choice: "Votre choix\xA0:",
    allowed: "Autoris\xE9",
    refused: "Refus\xE9",
    none: "Pas encore choisi",
    always: "Toujours actif",
    allow: "Autoriser",
    allowName: "Autoriser {s}",
    met: "D\xE9tect\xE9 sur cette page",
    change: "Modifier mes choix de cookies",
    own: "Votre choix en mati\xE8re de cookies",
    ownText: "Conserve le choix que vous avez fait concernant les cookies de ce site, pour ne pas vous le redemander \xE0 chaque visite.",
    site: "Ce site",
    source: "Certaines dur\xE9es proviennent de l\u2019Open Cookie Database (licence Apache 2.0)."
  },
  de: {
    intro: "F\xFCr jeden Zweck: die Dienste, die diese Website nutzt, was sie tun, welche Cookies und anderen Daten sie wie lange auf Ihrem Ger\xE4t speichern, und Ihre aktuelle Auswahl, die Sie hier \xE4ndern k\xF6nnen.",
    written: "F\xFCr jeden Zweck: die Dienste, die diese Website nutzt, was sie tun, und welche Cookies und anderen Daten sie wie lange auf Ihrem Ger\xE4t speichern.",
    provider: "Anbieter",
    policy: "Datenschutzerkl\xE4rung von {v}",
    hosts: "Geladen von",
    caption: "Cookies und Speicher: {s}",
    name: "Name",
    type: "Art",
    lifetime: "Speicherdauer",
    party: "Gesetzt von",
    first: "Diese Website (Erstanbieter)",
    third: "Andere Website (Drittanbieter)",
    cookie: "Cookie",
    storage: "Browserspeicher",
    vendorCookies: "Cookies von {v} auf eigenen Domains",
    upTo: "bis zu {t}",
    sessionLife: "Sitzung",
    unknown: "Nicht angegeben",
    choice: "Ihre Auswahl:",
    allowed: "Erlaubt",
    refused: "Abgelehnt",
    none: "Noch nicht gew\xE4hlt",
    always: "Immer aktiv",
    allow: "Erlauben",
    allowName: "{s} erlauben",
    met: "Auf dieser Seite erkannt",
    change: "Cookie-Auswahl \xE4ndern",
    own: "Ihre Cookie-Auswahl",
    ownText: "Speichert Ihre Auswahl zu Cookies auf dieser Website, damit Sie nicht bei jedem Besuch erneut gefragt werden.",
    site: "Diese Website",
    source: "Einige Speicherdauern stammen aus der Open Cookie Database (Apache-Lizenz 2.0)."
  },
  es: {
    intro: "Para cada finalidad: los servicios que usa este sitio, qu\xE9 hacen, las cookies y otros datos que guardan en tu dispositivo y durante cu\xE1nto tiempo, y tu elecci\xF3n actual, que puedes cambiar aqu\xED.",
    written: "Para cada finalidad: los servicios que usa este sitio, qu\xE9 hacen y las cookies y otros datos que guardan en tu dispositivo, con el tiempo que los conservan.",
    provider: "Proveedor",
    policy: "Pol\xEDtica de privacidad de {v}",
    hosts: "Se carga desde",
    caption: "Cookies y almacenamiento: {s}",
    name: "Nombre",
    type: "Tipo",
    lifetime: "Duraci\xF3n",
    party: "Instalada por",
    first: "Este sitio (propia)",
    third: "Otro sitio (de terceros)",
    cookie: "Cookie",
    storage: "Almacenamiento del navegador",
    vendorCookies: "Cookies de {v} en sus propios dominios",
    upTo: "hasta {t}",
    sessionLife: "sesi\xF3n",
    unknown: "No indicada",
    choice: "Tu elecci\xF3n:",
    allowed: "Permitido",
    refused: "Rechazado",
    none: "Sin elegir todav\xEDa",
    always: "Siempre activo",
    allow: "Permitir",
    allowName: "Permitir {s}",
    met: "Detectado en esta p\xE1gina",
    change: "Cambiar mis preferencias de cookies",
    own: "Tu elecci\xF3n sobre cookies",
    ownText: "Guarda la elecci\xF3n que hiciste sobre las cookies de este sitio, para no volver a preguntarte en cada visita.",
    site: "Este sitio",
    source: "Algunas duraciones proceden de la Open Cookie Database (licencia Apache 2.0)."
  },
  it: {
    intro: "Per ogni finalit\xE0: i servizi usati da questo sito, che cosa fanno, i cookie e gli altri dati che salvano sul tuo dispositivo e per quanto tempo, e la tua scelta attuale, che puoi modificare qui.",
    written: "Per ogni finalit\xE0: i servizi usati da questo sito, che cosa fanno e i cookie e gli altri dati che salvano sul tuo dispositivo, con la loro durata.",
    provider: "Fornitore",
    policy: "Informativa sulla privacy di {v}",
    hosts: "Caricato da",
    caption: "Cookie e archiviazione: {s}",
    name: "Nome",
    type: "Tipo",
    lifetime: "Durata",
    party: "Impostato da",
    first: "Questo sito (di prima parte)",
    third: "Un altro sito (di terza parte)",
    cookie: "Cookie",
    storage: "Archiviazione del browser",
    vendorCookies: "Cookie di {v} sui propri domini",
    upTo: "fino a {t}",
    sessionLife: "sessione",
    unknown: "Non indicata",
    choice: "La tua scelta:",
    allowed: "Consentito",
    refused: "Rifiutato",
    none: "Non ancora scelto",
    always: "Sempre attivo",
    allow: "Consenti",
    allowName: "Consenti {s}",
    met: "Rilevato in questa pagina",
    change: "Modifica le mie scelte sui cookie",
    own: "La tua scelta sui cookie",
    ownText: "Conserva la scelta che hai fatto sui cookie di questo sito, per non chiedertela di nuovo a ogni visita.",
    site: "Questo sito",
    source: "Alcune durate provengono dall\u2019Open Cookie Database (licenza Apache 2.0)."
  },
  nl: {
    intro: "Per doel: de diensten die deze site gebruikt, wat ze doen, welke cookies en andere gegevens ze op je apparaat opslaan en hoe lang, en je huidige keuze, die je hier kunt wijzigen.",
    written: "Per doel: de diensten die deze site gebruikt, wat ze doen, en welke cookies en andere gegevens ze op je apparaat opslaan en hoe lang.",
    provider: "Aanbieder",
    policy: "Privacybeleid van {v}",
    hosts: "Geladen van",
    caption: "Cookies en opslag: {s}",
    name: "Naam",
    type: "Soort",
    lifetime: "Bewaartermijn",
    party: "Geplaatst door",
    first: "Deze site (first-party)",
    third: "Een andere site (third-party)",
    cookie: "Cookie",
    storage: "Browseropslag",
    vendorCookies: "Cookies van {v} op eigen domeinen",
    upTo: "tot {t}",
    sessionLife: "sessie",
    unknown: "Niet vermeld",
    choice: "Je keuze:",
    allowed: "Toegestaan",
    refused: "Geweigerd",
    none: "Nog niet gekozen",
    always: "Altijd aan",
    allow: "Toestaan",
    allowName: "{s} toestaan",
    met: "Op deze pagina gevonden",
    change: "Mijn cookiekeuzes wijzigen",
    own: "Je cookiekeuze",
    ownText: "Onthoudt je keuze over cookies op deze site, zodat we het je niet bij elk bezoek opnieuw vragen.",
    site: "Deze site",
    source: "Sommige bewaartermijnen komen uit de Open Cookie Database (Apache-licentie 2.0)."
  },
  pt: {
    intro: "Para cada finalidade: os servi\xE7os que este site utiliza, o que fazem, os cookies e outros dados que guardam no seu dispositivo e durante quanto tempo, e a sua escolha atual, que pode alterar aqui.",
    written: "Para cada finalidade: os servi\xE7os que este site utiliza, o que fazem e os cookies e outros dados que guardam no seu dispositivo, com o tempo durante o qual os conservam.",
    provider: "Fornecedor",
    policy: "Pol\xEDtica de privacidade de {v}",
    hosts: "Carregado a partir de",
    caption: "Cookies e armazenamento: {s}",
    name: "Nome",
    type: "Tipo",
    lifetime: "Dura\xE7\xE3o",
    party: "Definido por",
    first: "Este site (pr\xF3prio)",
    third: "Outro site (de terceiros)",
    cookie: "Cookie",
    storage: "Armazenamento do navegador",
    vendorCookies: "Cookies de {v} nos seus pr\xF3prios dom\xEDnios",
    upTo: "at\xE9 {t}",
    sessionLife: "sess\xE3o",
    unknown: "N\xE3o indicada",
    choice: "A sua escolha:",
    allowed: "Permitido",
    refused: "Recusado",
    none: "Ainda n\xE3o escolhido",
    always: "Sempre ativo",
    allow: "Permitir",
    allowName: "Permitir {s}",
    met: "Detetado nesta p\xE1gina",
    change: "Alterar as minhas escolhas de cookies",
    own: "A sua escolha sobre cookies",
    ownText: "Guarda a escolha que fez sobre os cookies deste site, para n\xE3o voltar a perguntar em cada visita.",
    site: "Este site",
    source: "Algumas dura\xE7\xF5es prov\xEAm da Open Cookie Database (licen\xE7a Apache 2.0)."
  },
  pl: {
    intro: "Dla ka\u017Cdego celu: us\u0142ugi, z kt\xF3rych korzysta ta witryna, do czego s\u0142u\u017C\u0105, jakie pliki cookie i inne dane zapisuj\u0105 na Twoim urz\u0105dzeniu i na jak d\u0142ugo, oraz Tw\xF3j obecny wyb\xF3r, kt\xF3ry mo\u017Cesz tu zmieni\u0107.",
    written: "Dla ka\u017Cdego celu: us\u0142ugi, z kt\xF3rych korzysta ta witryna, do czego s\u0142u\u017C\u0105 oraz jakie pliki cookie i inne dane zapisuj\u0105 na Twoim urz\u0105dzeniu i na jak d\u0142ugo.",
    provider: "Dostawca",
    policy: "Polityka prywatno\u015Bci: {v}",
    hosts: "Wczytywane z",
    caption: "Pliki cookie i pami\u0119\u0107: {s}",
    name: "Nazwa",
    type: "Rodzaj",
    lifetime: "Okres przechowywania",
    party: "Zapisuje",
    first: "Ta witryna (w\u0142asne)",
    third: "Inna witryna (podmiot\xF3w trzecich)",
    cookie: "Plik cookie",
    storage: "Pami\u0119\u0107 przegl\u0105darki",
    vendorCookies: "Pliki cookie dostawcy {v} w jego w\u0142asnych domenach",
    upTo: "do {t}",
    sessionLife: "sesja",
    unknown: "Nie podano",
    choice: "Tw\xF3j wyb\xF3r:",
    allowed: "Dozwolone",
    refused: "Odrzucone",
    none: "Jeszcze nie wybrano",
    always: "Zawsze w\u0142\u0105czone",
    allow: "Zezw\xF3l",
    allowName: "Zezw\xF3l: {s}",
    met: "Wykryto na tej stronie",
    change: "Zmie\u0144 moje ustawienia plik\xF3w cookie",
    own: "Tw\xF3j wyb\xF3r dotycz\u0105cy plik\xF3w cookie",
    ownText: "Zapami\u0119tuje Tw\xF3j wyb\xF3r dotycz\u0105cy plik\xF3w cookie w tej witrynie, aby nie pyta\u0107 o niego przy ka\u017Cdej wizycie.",
    site: "Ta witryna",
    source: "Niekt\xF3re okresy przechowywania pochodz\u0105 z Open Cookie Database (licencja Apache 2.0)."
  },
  ar: {
    intro: "\u0644\u0643\u0644 \u063A\u0631\u0636: \u0627\u0644\u062E\u062F\u0645\u0627\u062A \u0627\u0644\u062A\u064A \u064A\u0633\u062A\u062E\u062F\u0645\u0647\u0627 \u0647\u0630\u0627 \u0627\u0644\u0645\u0648\u0642\u0639\u060C \u0648\u0645\u0627 \u062A\u0642\u0648\u0645 \u0628\u0647\u060C \u0648\u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0648\u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A \u0627\u0644\u0623\u062E\u0631\u0649 \u0627\u0644\u062A\u064A \u062A\u062D\u0641\u0638\u0647\u0627 \u0639\u0644\u0649 \u062C\u0647\u0627\u0632\u0643 \u0648\u0645\u062F\u0629 \u062D\u0641\u0638\u0647\u0627\u060C \u0648\u0627\u062E\u062A\u064A\u0627\u0631\u0643 \u0627\u0644\u062D\u0627\u0644\u064A \u0627\u0644\u0630\u064A \u064A\u0645\u0643\u0646\u0643 \u062A\u063A\u064A\u064A\u0631\u0647 \u0647\u0646\u0627.",
    written: "\u0644\u0643\u0644 \u063A\u0631\u0636: \u0627\u0644\u062E\u062F\u0645\u0627\u062A \u0627\u0644\u062A\u064A \u064A\u0633\u062A\u062E\u062F\u0645\u0647\u0627 \u0647\u0630\u0627 \u0627\u0644\u0645\u0648\u0642\u0639\u060C \u0648\u0645\u0627 \u062A\u0642\u0648\u0645 \u0628\u0647\u060C \u0648\u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0648\u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A \u0627\u0644\u0623\u062E\u0631\u0649 \u0627\u0644\u062A\u064A \u062A\u062D\u0641\u0638\u0647\u0627 \u0639\u0644\u0649 \u062C\u0647\u0627\u0632\u0643 \u0648\u0645\u062F\u0629 \u062D\u0641\u0638\u0647\u0627.",
    provider: "\u0627\u0644\u0645\u0632\u0648\u0651\u062F",
    policy: "\u0633\u064A\u0627\u0633\u0629 \u0627\u0644\u062E\u0635\u0648\u0635\u064A\u0629 \u0644\u062F\u0649 {v}",
    hosts: "\u064A\u064F\u062D\u0645\u064E\u0651\u0644 \u0645\u0646",
    caption: "\u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0648\u0627\u0644\u062A\u062E\u0632\u064A\u0646: {s}",
    name: "\u0627\u0644\u0627\u0633\u0645",
    type: "\u0627\u0644\u0646\u0648\u0639",
    lifetime: "\u0645\u062F\u0629 \u0627\u0644\u062D\u0641\u0638",
    party: "\u064A\u0636\u0639\u0647",
    first: "\u0647\u0630\u0627 \u0627\u0644\u0645\u0648\u0642\u0639 (\u0637\u0631\u0641 \u0623\u0648\u0644)",
    third: "\u0645\u0648\u0642\u0639 \u0622\u062E\u0631 (\u0637\u0631\u0641 \u062B\u0627\u0644\u062B)",
    cookie: "\u0645\u0644\u0641 \u062A\u0639\u0631\u064A\u0641 \u0627\u0631\u062A\u0628\u0627\u0637",
    storage: "\u062A\u062E\u0632\u064A\u0646 \u0627\u0644\u0645\u062A\u0635\u0641\u062D",
    vendorCookies: "\u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0644\u062F\u0649 {v} \u0639\u0644\u0649 \u0646\u0637\u0627\u0642\u0627\u062A\u0647",
    upTo: "\u062D\u062A\u0649 {t}",
    sessionLife: "\u0627\u0644\u062C\u0644\u0633\u0629",
    unknown: "\u063A\u064A\u0631 \u0645\u0630\u0643\u0648\u0631\u0629",
    choice: "\u0627\u062E\u062A\u064A\u0627\u0631\u0643:",
    allowed: "\u0645\u0633\u0645\u0648\u062D",
    refused: "\u0645\u0631\u0641\u0648\u0636",
    none: "\u0644\u0645 \u062A\u062E\u062A\u0631 \u0628\u0639\u062F",
    always: "\u0645\u0641\u0639\u0651\u0644 \u062F\u0627\u0626\u0645\u064B\u0627",
    allow: "\u0627\u0644\u0633\u0645\u0627\u062D",
    allowName: "\u0627\u0644\u0633\u0645\u0627\u062D \u0628\u0640 {s}",
    met: "\u0631\u064F\u0635\u062F \u0641\u064A \u0647\u0630\u0647 \u0627\u0644\u0635\u0641\u062D\u0629",
    change: "\u062A\u063A\u064A\u064A\u0631 \u0627\u062E\u062A\u064A\u0627\u0631\u0627\u062A\u064A \u0644\u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637",
    own: "\u0627\u062E\u062A\u064A\u0627\u0631\u0643 \u0628\u0634\u0623\u0646 \u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637",
    ownText: "\u064A\u062D\u0641\u0638 \u0627\u062E\u062A\u064A\u0627\u0631\u0643 \u0628\u0634\u0623\u0646 \u0645\u0644\u0641\u0627\u062A \u062A\u0639\u0631\u064A\u0641 \u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 \u0641\u064A \u0647\u0630\u0627 \u0627\u0644\u0645\u0648\u0642\u0639\u060C \u062D\u062A\u0649 \u0644\u0627 \u0646\u0633\u0623\u0644\u0643 \u0645\u062C\u062F\u062F\u064B\u0627 \u0641\u064A \u0643\u0644 \u0632\u064A\u0627\u0631\u0629.",
    site: "\u0647\u0630\u0627 \u0627\u0644\u0645\u0648\u0642\u0639",
    source: "\u0628\u0639\u0636 \u0627\u0644\u0645\u062F\u062F \u0645\u0623\u062E\u0648\u0630\u0629 \u0645\u0646 Open Cookie Database (\u0631\u062E\u0635\u0629 Apache 2.0)."
  }
};

const put = (s, x) => s.replace(/\{(\w)\}/g, (m, k) => x[k] ?? m);
function withVendor(s, vendor, lang) {
  const t = s.replace("{v}", () => (lang == "fr" ? "\0" : "") + vendor);
  return t.replace(/ de \u0000(?=[AEIOUYÉÈÊaeiouyéèê])/, " d\u2019").replace("\0", "");
}
const policyText = (w, vendor, lang) => withVendor(w.policy, vendor, lang);
const partyText = (e, w) => e.kind == "storage" ? w.site : e.party == "first" ? w.first : w.third;
function pick(t, lang) {
  return t && typeof t != "string" ? t[lang] || t.en || Object.values(t)[0] : t;
}
function formatLifetime(s, lang, w) {
  const m = /^\s*(?:(session)|(\d+)\s*(second|minute|hour|day|week|month|year)s?)\s*$/i.exec(s);
  if (!m) return s;
  if (m[1]) return w.sessionLife;
  try {
    return new Intl.NumberFormat(lang, { style: "unit", unit: m[3].toLowerCase(), unitDisplay: "long" }).format(+m[2]);
  } catch {
    return s;
  }
}
const shown = (n) => n.replace(/\*$/, /[_.-]\*$/.test(n) ? "<id>" : "\u2026");
function declaration(i) {
  const cfg = withStored(withTitles(i.cfg));
  const lang = i.lang;
  const w = { ...en$1, ...WORDS.en, ...i.strings, ...WORDS[lang], ...cfg.translations[lang] };
  const seen = i.seen || [];
  let ocd = false;
  const life = (raw, fromOcd) => {
    if (!raw) return { lifetimeText: w.unknown };
    if (fromOcd) ocd = true;
    return { lifetime: raw, lifetimeText: formatLifetime(raw, lang, w), ...fromOcd ? { ocd: true } : {} };
  };
  const answer = (name, readOnly) => i.record === void 0 ? {} : { granted: readOnly || i.record && !!i.granted?.(name) };
  const purposes = cfg.categories.map((c) => {
    const title = pick(c.title, lang) || w[c.name + "Title"] || c.name;
    const description = pick(c.description, lang) || w[c.name + "Text"] || "";
    const services = [];
    if (c.name === "necessary") {
      const k = cfg.cookie;
      const days = cfg.expiresDays + " days";
      services.push({
        name: "consentry",
        title: w.own,
        vendor: w.site,
        description: w.ownText,
        hosts: [],
        entries: [
          { name: (i.https && !k.domain && k.path === "/" ? "__Host-" : "") + k.name, kind: "cookie", party: "first", ...life(days) },
          { name: "consentry", kind: "storage", party: "first", ...life(days) }
        ],
        declared: true,
        met: false,
        readOnly: true,
        ...answer("", true)
      });
    }
    for (const n of c.services) {
      const s = cfg.services[n];
      const met = seen.indexOf(n) >= 0;
      if (!s.site && !met) continue;
      const known = VENDORS[n];
      const own = DESCRIPTIONS[n] ? void 0 : pick(s.lifetime, lang);
      const per = (k) => pick(s.lifetimes?.[k], lang);
      const entries = s.cookies.map((k) => ({
        name: shown(k),
        kind: "cookie",
        party: "first",
        ...per(k) ? life(per(k)) : LIFETIMES[k] ? life(LIFETIMES[k], true) : life(own)
      }));
      for (const k of s.storage) entries.push({ name: shown(k), kind: "storage", party: "first", ...life(per(k)) });
      const title2 = pick(s.title, lang) || n;
      const vendor = s.vendor || known?.vendor;
      const longest = pick(s.lifetime, lang);
      if (s.hosts.length && longest && !entries.length) {
        entries.push({ name: withVendor(w.vendorCookies, vendor || title2, lang), kind: "cookie", party: "third", lifetime: longest, lifetimeText: put(w.upTo, { t: formatLifetime(longest, lang, w) }) });
      }
      const d = s.description;
      services.push({
        name: n,
        title: title2,
        vendor,
        privacyPolicyUrl: s.privacyPolicyUrl || (s.vendor ? void 0 : known?.privacyPolicyUrl),
        description: typeof d == "object" && d[lang] || DESCRIPTIONS[n]?.[lang] || pick(d, lang) || description,
        hosts: s.hosts.slice(),
        entries,
        declared: !!s.site,
        met,
        readOnly: c.readOnly,
        ...answer(n, c.readOnly)
      });
    }
    return { name: c.name, title, description, readOnly: c.readOnly, services };
  }).filter((p) => p.services.length);
  return { language: lang, dir: lang == "ar" ? "rtl" : "ltr", purposes, ...ocd ? { source: w.source } : {} };
}

const words = (d) => ({ ...WORDS.en, ...WORDS[d.language] });
const colon = (d) => d.language == "fr" ? "\xA0: " : ": ";
const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function toHtml(d, level = 2) {
  const w = words(d);
  const h = (n, s) => `<h${n}>${esc(s)}</h${n}>`;
  const out = [`<div class="consentry-declaration" lang="${esc(d.language)}" dir="${d.dir}">`, `<p>${esc(w.written)}</p>`];
  for (const p of d.purposes) {
    out.push(h(level, p.title));
    if (p.description) out.push(`<p>${esc(p.description)}</p>`);
    for (const s of p.services) {
      out.push("<section>", h(level + 1, s.title));
      if (s.description) out.push(`<p>${esc(s.description)}</p>`);
      if (s.vendor) {
        const link = s.privacyPolicyUrl ? ` \xB7 <a href="${esc(s.privacyPolicyUrl)}">${esc(policyText(w, s.vendor, d.language))}</a>` : "";
        out.push(`<p>${esc(w.provider + colon(d) + s.vendor)}${link}</p>`);
      }
      if (s.hosts.length) out.push(`<p>${esc(w.hosts + colon(d) + s.hosts.join(", "))}</p>`);
      if (s.entries.length) {
        out.push(`<table><caption>${esc(put(w.caption, { s: s.title }))}</caption>`);
        out.push("<thead><tr>" + [w.name, w.type, w.lifetime, w.party].map((x) => `<th scope="col">${esc(x)}</th>`).join("") + "</tr></thead><tbody>");
        for (const r of rows(s, w)) out.push(`<tr><th scope="row">${esc(r[0])}</th>${r.slice(1).map((x) => `<td>${esc(x)}</td>`).join("")}</tr>`);
        out.push("</tbody></table>");
      }
      out.push("</section>");
    }
  }
  if (d.source) out.push(`<p>${esc(d.source)}</p>`);
  out.push("</div>");
  return out.join("\n") + "\n";
}
function toMarkdown(d, level = 2) {
  const w = words(d);
  const md = (s) => s.replace(/[\\`*_[\]<>|#]/g, "\\$&");
  const out = [md(w.written), ""];
  for (const p of d.purposes) {
    out.push("#".repeat(level) + " " + md(p.title), "");
    if (p.description) out.push(md(p.description), "");
    for (const s of p.services) {
      out.push("#".repeat(level + 1) + " " + md(s.title), "");
      if (s.description) out.push(md(s.description), "");
      if (s.vendor) out.push(md(w.provider + colon(d) + s.vendor) + (s.privacyPolicyUrl ? ` \xB7 [${md(policyText(w, s.vendor, d.language))}](<${s.privacyPolicyUrl.replace(/[<>\s]/g, encodeURIComponent)}>)` : ""), "");
      if (s.hosts.length) out.push(md(w.hosts) + colon(d) + s.hosts.map((x) => "`" + x.replace(/`/g, "") + "`").join(", "), "");
      if (s.entries.length) {
        out.push(`| ${[w.name, w.type, w.lifetime, w.party].map(md).join(" | ")} |`, "| --- | --- | --- | --- |");
        for (const r of rows(s, w)) out.push(`| ${["`" + r[0].replace(/`/g, "") + "`", ...r.slice(1).map(md)].join(" | ")} |`);
        out.push("");
      }
    }
  }
  if (d.source) out.push(md(d.source), "");
  return out.join("\n");
}
function rows(s, w) {
  return s.entries.map((e) => [e.name, e.kind == "cookie" ? w.cookie : w.storage, e.lifetimeText, partyText(e, w)]);
}

const STRINGS = { ar, de, en: en$1, es, fr, it, nl, pl, pt };
function declarationFor(config, lang) {
  const cfg = resolveConfig(config);
  const l = (lang || cfg.language || "en").toLowerCase().split("-")[0];
  if (LANGS.indexOf(l) < 0) throw new Error(`unknown language "${lang}"; expected one of ${LANGS.join(", ")}`);
  return declaration({ cfg, lang: l, strings: STRINGS[l], https: true });
}

export { LANGS, declarationFor, toHtml, toMarkdown };

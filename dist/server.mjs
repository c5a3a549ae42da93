import { RewritingStream } from 'parse5-html-rewriting-stream';
import { Transform, pipeline, Readable, PassThrough } from 'node:stream';
import zlib from 'node:zlib';

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

const dict = () => /* @__PURE__ */ Object.create(null);
const has = Object.prototype.hasOwnProperty;
const own = (o, k) => o && has.call(o, k) ? o[k] : void 0;

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
const CATEGORY$1 = { n: "necessary", f: "functional", a: "analytics", m: "advertising" };
const CATALOGUE = dict();
for (const line of D.split("\n")) {
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
    if (c.revision !== void 0 && !c.readOnly && (own(r.revisions, c.name) ?? 0) < c.revision) out.push(c.name);
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
  return !!(s && own(r.categories, s.category));
}
function decode(v, cfg) {
  const c = decodeCopy(v, cfg);
  return c && c.record;
}
function decodeCopy(v, cfg) {
  try {
    const p = v.split("~");
    if (p.length !== 13 || p[0] !== "v" + SCHEMA || fnv(p.slice(0, 12).join("~")) !== p[12]) return null;
    const date = (s) => /^[0-9a-z]{1,10}$/.test(s) ? new Date(parseInt(s, 36)).toISOString() : "";
    const categories = unpack(p[9], false);
    const dev = unpack(p[10], false);
    const revisions = unpack(p[11], true);
    if (!categories || !dev || !revisions || !/^\d{1,10}$/.test(p[2]) || !/^[01]$/.test(p[8])) return null;
    const m = p[3].toLowerCase();
    const r = {
      schema: SCHEMA,
      id: p[1],
      revision: +p[2],
      revisions,
      categories,
      services: {},
      method: METHODS[M.indexOf(m)],
      createdAt: date(p[4]),
      updatedAt: date(p[5]),
      expiresAt: date(p[6]),
      locale: p[7],
      gpc: p[8] === "1"
    };
    if (p[3].length !== 1) return null;
    if (cfg) for (const k in cfg.services) r.services[k] = serviceDefault(r, cfg, k);
    Object.assign(r.services, dev);
    return valid(r) ? { record: r, summary: m !== p[3] } : null;
  } catch {
    return null;
  }
}
function grants(r) {
  let n = 0;
  for (const k in r.categories) if (k !== NECESSARY && r.categories[k]) n++;
  for (const k in r.services) if (r.services[k]) n++;
  return n;
}
function key(r) {
  const m = (o) => Object.keys(o).sort().map((k) => k + +o[k]).join();
  return [r.id, r.method, m(r.categories), m(r.services), r.gpc].join("|");
}
function wins(a, b) {
  if (!b) return true;
  const t = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  if (t) return t > 0;
  const g = grants(b) - grants(a);
  if (g) return g > 0;
  return key(a) <= key(b);
}
function meet(list) {
  let top = null;
  for (const r of list) if (wins(r, top)) top = r;
  if (!top || list.length < 2) return top;
  const out = { ...top, categories: { ...top.categories }, services: { ...top.services } };
  for (const r of list) {
    for (const k in r.categories) out.categories[k] = !!own(out.categories, k);
    for (const k in r.services) out.services[k] = !!own(out.services, k);
  }
  for (const r of list) {
    for (const k in out.categories) out.categories[k] = out.categories[k] && !!own(r.categories, k);
    for (const k in out.services) out.services[k] = out.services[k] && !!own(r.services, k);
    if (r.method !== out.method) out.method = "custom";
    out.gpc = out.gpc && r.gpc;
  }
  out.categories[NECESSARY] = true;
  return out;
}

const HOST = "__Host-";
function cookieJar() {
  try {
    return document.cookie;
  } catch {
    return "";
  }
}
function readCookies(name, jar = cookieJar()) {
  const out = [];
  for (const part of jar.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        out.push(decodeURIComponent(part.slice(i + 1).trim()));
      } catch {
        out.push("");
      }
    }
  }
  return out;
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
  const revision = options.revision ?? cfg?.revision ?? 0;
  const site = { ...cfg || resolveConfig(), revision };
  const copies = [];
  for (const raw of readCookies(HOST + name, jar).concat(readCookies(name, jar))) {
    const r2 = decode(raw, cfg);
    if (!r2 || !current(r2, site, options.now)) return null;
    copies.push(r2);
  }
  const r = meet(copies);
  if (!r) return null;
  const categories = { ...r.categories };
  const services = { ...r.services };
  const members = cfg || resolveConfig();
  for (const k in services) {
    if (services[k]) continue;
    const s = members.services[k];
    if (s) {
      if (own(categories, s.category) && !members.categories.find((c) => c.name === s.category)?.readOnly) partly(s.category);
    } else for (const c in categories) if (c !== "necessary" && categories[c]) partly(c);
  }
  function partly(cat) {
    categories[cat] = false;
    if (!cfg) {
      for (const n of members.categories.find((c) => c.name === cat)?.services || []) if (own(services, n) === void 0) services[n] = true;
    }
  }
  const off = (cat) => {
    categories[cat] = false;
    for (const n of members.categories.find((c) => c.name === cat)?.services || []) services[n] = false;
    if (!cfg) {
      for (const n in services) if (!members.services[n]) services[n] = false;
    }
  };
  if (cfg) for (const c of staleCategories(r, cfg)) off(c);
  if (gpcHeader && !r.gpc) off("advertising");
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

function domains(h) {
  const l = [h];
  for (let i; (i = h.indexOf(".")) >= 0; ) l.push(h = h.slice(i + 1));
  return l;
}

let table;
const LOCAL = /^(?![/\\][/\\\t\n\r])(data:|blob:|[\w.-]*([/?#]|$))/i;
const URL_ATTRS = {
  script: ["src"],
  iframe: ["src"],
  // A <frame> made by code loads its `src` outside a <frameset> too.
  frame: ["src"],
  img: ["src", "srcset"],
  input: ["src"],
  link: ["href", "imagesrcset"],
  // A <base> loads nothing, but every relative URL of its document resolves against it: one that
  // points at a tracker's host is held, so that `<img src="a.gif">` never reaches that host.
  base: ["href"],
  object: ["data"],
  embed: ["src"],
  // SVG's (the HTML parser makes an <image> outside <svg> an <img>).
  image: ["href"]
};
const SVG_URL_ATTRS = { image: ["href", "xlink:href"], script: ["href", "xlink:href"] };
function hostTable(k) {
  const t = dict();
  for (const n in k.services) {
    for (const h of k.services[n].hosts) {
      const [, d, p] = /^([^/]*)(.*)/.exec(h.toLowerCase().replace(/^[a-z]+:\/\/|^\*\./, ""));
      (t[d] ||= []).push([p, n]);
    }
  }
  for (const d in t) t[d].sort((a, b) => b[0].length - a[0].length);
  return t;
}
function find(h, path, t = table) {
  const q = path.toLowerCase();
  for (const d of domains(h)) for (const [p, s] of t[d] || []) if (q.startsWith(p)) return s;
  return "";
}
function signalled(cfg, s) {
  const m = cfg && cfg.consentMode;
  return !!m && m.mode === "advanced" && (s === "ga4" || s === "google-ads" || s === "gtm");
}

const URLS = URL_ATTRS;
const HTML_NS = "http://www.w3.org/1999/xhtml";
const SVG_NS = "http://www.w3.org/2000/svg";
const nameOf = (a) => a.prefix ? a.prefix + ":" + a.name : a.name;
const SRCSET = { srcset: 1, imagesrcset: 1 };
const CAT = "data-category";
const resolved = /* @__PURE__ */ new WeakMap();
let catalogue;
function prepare(config) {
  if (!config) return catalogue ||= withTable(resolveConfig());
  let r = resolved.get(config);
  if (!r) resolved.set(config, r = withTable(resolveConfig(config)));
  return r;
}
function withTable(cfg) {
  return { cfg, table: hostTable(cfg) };
}
function runs(cfg, consent, s) {
  const cat = cfg.categories.find((c) => c.name === cfg.services[s].category);
  if (!cat) return false;
  if (cat.readOnly || signalled(cfg, s)) return true;
  if (!consent || !own(consent.categories, cat.name)) return false;
  const v = own(consent.services, s);
  return v === void 0 ? true : v;
}
function plan(config, consent) {
  const { cfg, table } = prepare(config);
  const held = dict();
  const names = [];
  for (const s in cfg.services) {
    if (!runs(cfg, consent, s)) {
      held[s] = true;
      names.push(s);
    }
  }
  return { cfg, table, held, key: names.sort().join(" ") };
}
function srcsetUrls(v) {
  const out = [];
  const n = v.length;
  let i = 0;
  const space = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === "\f";
  while (i < n) {
    while (i < n && (space(v[i]) || v[i] === ",")) i++;
    const start = i;
    while (i < n && !space(v[i])) i++;
    let url = v.slice(start, i);
    if (url.endsWith(",")) url = url.replace(/,+$/, "");
    else {
      let depth = 0;
      while (i < n && (v[i] !== "," || depth)) {
        if (v[i] === "(") depth++;
        else if (v[i] === ")" && depth) depth--;
        i++;
      }
    }
    if (url) out.push(url);
  }
  return out;
}
const quote = (v) => '"' + v.replace(/&/g, "&amp;").replace(/"/g, "&quot;") + '"';
function heldTag(p, tag, raw, s, at, names) {
  const loc = tag.location;
  let out = /^<[^\s/>]+/.exec(raw)[0];
  if (tag.tagName === "script") out += ' type="text/plain"';
  out += ` ${CAT}=${quote(p.cfg.services[s].category)} data-service=${quote(s)}`;
  for (const a of tag.attrs) {
    const n = nameOf(a);
    const l = loc.attrs && loc.attrs[n];
    let text = l ? raw.slice(l.startOffset - at, l.endOffset - at) : n + "=" + quote(a.value);
    if (names.indexOf(n) >= 0 || n === "type" && tag.tagName === "script") {
      if (n === "xlink:href") {
        if (tag.attrs.some((b) => nameOf(b) === "href")) continue;
        text = text.slice(6);
      }
      text = "data-" + text;
    }
    out += " " + text;
  }
  return out + (tag.selfClosing ? /=[^"']*$/.test(out) ? " />" : "/>" : ">");
}
class Tokens extends RewritingStream {
  constructor() {
    super(...arguments);
    /** Where the last complete token ends (an offset in the whole document). */
    this.done = 0;
    /** A start tag, with the URL attributes its element fetches from in its namespace. */
    this.tag = () => {
    };
  }
  feed(chunk, last) {
    if (last) this.lastChunkWritten = true;
    this._transformChunk(chunk);
  }
  at(t) {
    if (t.location) this.done = t.location.endOffset;
  }
  onStartTag(t) {
    const ns = this.parserFeedbackSimulator.namespaceStack[0];
    this.tag(t, ns === HTML_NS ? URLS[t.tagName] : ns === SVG_NS ? SVG_URL_ATTRS[t.tagName] : void 0);
    this.at(t);
  }
  onEndTag(t) {
    this.at(t);
  }
  onComment(t) {
    this.at(t);
  }
  onDoctype(t) {
    this.at(t);
  }
  onCharacter(t) {
    this.at(t);
  }
  onWhitespaceCharacter(t) {
    this.at(t);
  }
  onNullCharacter(t) {
    this.at(t);
  }
}
class Rewriter {
  constructor(p, url) {
    this.p = p;
    /** The source not sent yet, from offset `from` of the document. */
    this.src = "";
    this.from = 0;
    this.out = "";
    /** Whether relative URLs may reach a listed host (a service lists the page's own host). */
    this.own = false;
    this.sawBase = false;
    this.t = new Tokens();
    /** Services held in this document, in the order met. */
    this.found = [];
    this.setBase(url === void 0 ? void 0 : String(url));
    this.t.tag = (tag, names) => this.startTag(tag, names);
  }
  setBase(b) {
    this.base = b;
    let h = "";
    try {
      h = b ? new URL(b).hostname : "";
    } catch {
      this.base = void 0;
    }
    this.own = !!h && domains(h).some((d) => this.p.table[d]);
  }
  /** The held service a start tag's URLs belong to, or ''. */
  held(tag, names) {
    for (const a of tag.attrs) {
      if (names.indexOf(nameOf(a)) < 0) continue;
      for (const u of SRCSET[a.name] ? srcsetUrls(a.value) : [a.value]) {
        if (!this.own && LOCAL.test(u)) continue;
        let url;
        try {
          url = new URL(u, this.base);
        } catch {
          continue;
        }
        const s = find(url.hostname, url.pathname, this.p.table);
        if (s && this.p.held[s]) return s;
      }
    }
    return "";
  }
  startTag(tag, names) {
    if (tag.tagName === "base" && !this.sawBase) {
      for (const a of tag.attrs) {
        if (a.name !== "href") continue;
        this.sawBase = true;
        try {
          this.setBase(new URL(a.value, this.base).href);
        } catch {
        }
      }
    }
    if (names) {
      for (const a of tag.attrs) if (a.name === CAT) return;
      const s = this.held(tag, names);
      if (!s) return;
      if (this.found.indexOf(s) < 0) this.found.push(s);
      const loc = tag.location;
      const raw = this.src.slice(loc.startOffset - this.from, loc.endOffset - this.from);
      this.out += this.src.slice(0, loc.startOffset - this.from) + heldTag(this.p, tag, raw, s, loc.startOffset, names);
      this.src = this.src.slice(loc.endOffset - this.from);
      this.from = loc.endOffset;
    }
  }
  /** The output so far, up to the end of the last complete token. */
  flush(all) {
    const n = all ? this.src.length : this.t.done - this.from;
    let o = this.out;
    if (n > 0) {
      o += this.src.slice(0, n);
      this.src = this.src.slice(n);
      this.from += n;
    }
    this.out = "";
    return o;
  }
  /** Rewrites the next piece of the document; returns the output ready so far. */
  write(chunk) {
    this.src += chunk;
    this.t.feed(chunk, false);
    return this.flush(false);
  }
  /** Ends the document; returns the rest of the output. */
  end() {
    this.t.feed("", true);
    return this.flush(true);
  }
}
function blockTrackers(html, options) {
  const p = plan(options.config, options.consent ?? null);
  if (!p.key) return html;
  const r = new Rewriter(p, options.url);
  return r.write(html) + r.end();
}

const UNREADABLE = { "utf-16le": 1, "utf-16be": 1, "iso-2022-jp": 1, replacement: 1 };
function charsetOf(contentType) {
  if (!contentType) return "";
  for (const part of contentType.split(";").slice(1)) {
    const i = part.indexOf("=");
    if (i < 0 || part.slice(0, i).trim().toLowerCase() !== "charset") continue;
    return part.slice(i + 1).trim().replace(/^"|"$/g, "");
  }
  return "";
}
function readableCharset(charset) {
  if (!charset) return true;
  let enc;
  try {
    enc = new TextDecoder(charset).encoding;
  } catch {
    return /^x-user-defined$/i.test(charset.trim());
  }
  return !UNREADABLE[enc];
}
const latin1 = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
class Pipe {
  constructor(p, contentType, url) {
    this.first = true;
    this.r = p.key && readableCharset(charsetOf(contentType)) ? new Rewriter(p, url) : null;
  }
  bytes(b) {
    if (this.first && b.length) {
      this.first = false;
      if (b.length >= 2 && (b[0] === 254 && b[1] === 255 || b[0] === 255 && b[1] === 254)) this.r = null;
    }
    return this.r ? Buffer.from(this.r.write(latin1(b)), "latin1") : b;
  }
  text(s) {
    return this.r ? this.r.write(s) : s;
  }
  endBytes() {
    const rest = this.r ? this.r.end() : "";
    return rest ? Buffer.from(rest, "latin1") : null;
  }
  endText() {
    return this.r ? this.r.end() : "";
  }
}
function blockTrackersStream(options) {
  return webStage(plan(options.config, options.consent ?? null), options.contentType, options.url);
}
function webStage(p, contentType, url) {
  const pipe = new Pipe(p, contentType, url);
  let text;
  return new TransformStream({
    transform(chunk, c) {
      text ??= typeof chunk === "string";
      if (text !== (typeof chunk === "string")) throw new TypeError("blockTrackersStream: a stream is either bytes or strings, not both");
      const out = typeof chunk === "string" ? pipe.text(chunk) : pipe.bytes(chunk);
      if (out.length) c.enqueue(out);
    },
    flush(c) {
      const out = text ? pipe.endText() : pipe.endBytes();
      if (out && out.length) c.enqueue(out);
    }
  });
}
function blockTrackersNodeStream(options) {
  return nodeStage(plan(options.config, options.consent ?? null), options.contentType, options.url);
}
function nodeStage(p, contentType, url) {
  const pipe = new Pipe(p, contentType, url);
  return new Transform({
    transform(chunk, _enc, done) {
      try {
        const out = pipe.bytes(chunk);
        done(null, out.length ? out : void 0);
      } catch (e) {
        done(e);
      }
    },
    flush(done) {
      try {
        done(null, pipe.endBytes() ?? void 0);
      } catch (e) {
        done(e);
      }
    }
  });
}

const Z = zlib.constants;
const CODECS = {
  gzip: [() => zlib.createGunzip(), () => zlib.createGzip({ flush: Z.Z_SYNC_FLUSH })],
  "x-gzip": [() => zlib.createGunzip(), () => zlib.createGzip({ flush: Z.Z_SYNC_FLUSH })],
  deflate: [() => zlib.createInflate(), () => zlib.createDeflate({ flush: Z.Z_SYNC_FLUSH })],
  br: [() => zlib.createBrotliDecompress(), () => zlib.createBrotliCompress({ flush: Z.BROTLI_OPERATION_FLUSH })]
};
function isHtml(contentType) {
  return typeof contentType === "string" && contentType.split(";")[0].trim().toLowerCase() === "text/html";
}
function addVary(v) {
  const have = (Array.isArray(v) ? v.join(",") : v ? String(v) : "").split(",").map((x) => x.trim()).filter(Boolean);
  if (have.indexOf("*") >= 0) return "*";
  for (const h of ["Cookie", "Sec-GPC"]) if (!have.some((x) => x.toLowerCase() === h.toLowerCase())) have.push(h);
  return have.join(", ");
}
function etagSuffix(p) {
  let h = 2166136261;
  for (let i = 0; i < p.key.length; i++) h = Math.imul(h ^ p.key.charCodeAt(i), 16777619);
  return "-cs" + (h >>> 0).toString(36);
}
function varyEtag(etag, suffix) {
  const m = /^(W\/)?"(.*)"$/.exec(etag.trim());
  return m ? `${m[1] || ""}"${m[2]}${suffix}"` : "";
}
function restoreIfNoneMatch(v, suffix) {
  return v.split(",").map((t) => {
    const s = t.trim();
    return s.endsWith(suffix + '"') ? s.slice(0, s.length - suffix.length - 1) + '"' : s;
  }).join(", ");
}
function consentOf(req, o) {
  return readConsent(req, { config: o.config, cookieName: o.cookieName });
}
function reporter(o) {
  const told = /* @__PURE__ */ new Set();
  const say = o.onReport || ((m) => console.warn(m));
  return (enc) => {
    if (told.has(enc)) return;
    told.add(enc);
    say(`consentry: HTML sent with Content-Encoding "${enc}" passes without server-side blocking (only gzip, deflate and br are read); the browser build still holds what it can.`);
  };
}
function encodingOf(v) {
  const e = (Array.isArray(v) ? v.join(",") : v ? String(v) : "").trim().toLowerCase();
  return e === "identity" ? "" : e;
}
function stages(enc, p, contentType, url) {
  const r = nodeStage(p, contentType, url);
  if (!enc) return [r];
  const [dec, encd] = CODECS[enc];
  return [dec(), r, encd()];
}
const noBody = (method, status) => method === "HEAD" || status < 200 || status === 204 || status === 304;
function consentryMiddleware(options = {}) {
  prepare(options.config);
  const report = reporter(options);
  return function consentry(req, res, next) {
    let p;
    try {
      p = plan(options.config, consentOf(req, options));
    } catch (e) {
      return next(e);
    }
    const suffix = etagSuffix(p);
    const inm = req.headers["if-none-match"];
    if (typeof inm === "string" && p.key) req.headers["if-none-match"] = restoreIfNoneMatch(inm, suffix);
    const R = res;
    const writeHead = res.writeHead, write = res.write, end = res.end;
    let decided = false;
    let input = null;
    function decide() {
      if (decided) return;
      decided = true;
      const type = res.getHeader("content-type");
      if (!isHtml(type) || noBody(req.method, res.statusCode)) return;
      res.setHeader("Vary", addVary(res.getHeader("vary")));
      if (!p.key) return;
      const enc = encodingOf(res.getHeader("content-encoding"));
      if (enc && !CODECS[enc]) return report(enc);
      res.removeHeader("content-length");
      const etag = res.getHeader("etag");
      if (etag !== void 0) {
        const v = varyEtag(String(etag), suffix);
        if (v) res.setHeader("ETag", v);
        else res.removeHeader("etag");
      }
      const host = req.headers.host || "localhost";
      const url = `${req.socket?.encrypted ? "https" : "http"}://${host}${req.url || "/"}`;
      const list = stages(enc, p, String(type), url);
      input = new PassThrough();
      const out = list[list.length - 1];
      pipeline([input, ...list], (err) => {
        if (err) res.destroy(err);
      });
      out.on("data", (b) => {
        if (!write.call(res, b)) {
          out.pause();
          res.once("drain", () => out.resume());
        }
      });
      out.on("end", () => end.call(res));
      input.on("drain", () => res.emit("drain"));
    }
    R.writeHead = function(status, a, b) {
      const headers = typeof a === "string" ? b : a;
      if (Array.isArray(headers)) {
        if (Array.isArray(headers[0])) for (const [k, v] of headers) res.setHeader(k, v);
        else for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1]);
      } else if (headers) {
        for (const k in headers) if (headers[k] !== void 0) res.setHeader(k, headers[k]);
      }
      res.statusCode = status;
      if (typeof a === "string") res.statusMessage = a;
      decide();
      return writeHead.call(res, status);
    };
    const start = () => {
      if (!res.headersSent) R._implicitHeader ? R._implicitHeader() : res.writeHead(res.statusCode);
    };
    R.write = function(chunk, enc, cb) {
      start();
      if (!input) return write.apply(res, arguments);
      if (typeof enc === "function") [cb, enc] = [enc, void 0];
      return input.write(typeof chunk === "string" ? Buffer.from(chunk, enc || "utf8") : chunk, cb);
    };
    R.end = function(chunk, enc, cb) {
      if (!res.headersSent && !decided) {
        start();
      }
      if (!input) return end.apply(res, arguments);
      if (typeof chunk === "function") [cb, chunk] = [chunk, void 0];
      if (typeof enc === "function") [cb, enc] = [enc, void 0];
      if (chunk !== void 0 && chunk !== null) input.write(typeof chunk === "string" ? Buffer.from(chunk, enc || "utf8") : chunk);
      if (typeof cb === "function") res.once("finish", cb);
      input.end();
      return res;
    };
    next();
  };
}
function withConsentry(handler, options = {}) {
  prepare(options.config);
  const report = reporter(options);
  return async (request, ...rest) => {
    const p = plan(options.config, consentOf(request, options));
    const suffix = etagSuffix(p);
    const inm = request.headers.get("if-none-match");
    if (inm && p.key && inm.includes(suffix)) {
      const h = new Headers(request.headers);
      h.set("if-none-match", restoreIfNoneMatch(inm, suffix));
      request = new Request(request, { headers: h });
    }
    const res = await handler(request, ...rest);
    const type = res.headers.get("content-type");
    if (!isHtml(type) || noBody(request.method, res.status) || !res.body) return res;
    const headers = new Headers(res.headers);
    headers.set("Vary", addVary(headers.get("vary")));
    const init = { status: res.status, statusText: res.statusText, headers };
    if (!p.key) return new Response(res.body, init);
    const enc = encodingOf(headers.get("content-encoding"));
    if (enc && !CODECS[enc]) {
      report(enc);
      return new Response(res.body, init);
    }
    headers.delete("content-length");
    const etag = headers.get("etag");
    if (etag) {
      const v = varyEtag(etag, suffix);
      if (v) headers.set("etag", v);
      else headers.delete("etag");
    }
    if (!enc) {
      const t = webStage(p, type, request.url);
      return new Response(res.body.pipeThrough(t), init);
    }
    const list = stages(enc, p, String(type), request.url);
    const out = list[list.length - 1];
    pipeline([Readable.fromWeb(res.body), ...list], () => {
    });
    return new Response(Readable.toWeb(out), init);
  };
}

export { blockTrackers, blockTrackersNodeStream, blockTrackersStream, consentryMiddleware, readConsent, withConsentry };
//# sourceMappingURL=server.mjs.map

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

const CATALOGUE = {
  ga4: {
    category: "analytics",
    title: "Google Analytics 4",
    hosts: ["www.googletagmanager.com/gtag/", "www.google-analytics.com", "region1.google-analytics.com", "analytics.google.com"],
    cookies: ["_ga", "_ga_*"]
  },
  "meta-pixel": {
    category: "advertising",
    title: "Meta Pixel",
    hosts: ["connect.facebook.net", "www.facebook.com/tr"],
    cookies: ["_fbp", "_fbc"]
  }
};

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

function header(h, name) {
  if (typeof h.get === "function") return h.get(name) ?? void 0;
  const v = h[name] ?? h[name.toLowerCase()];
  return Array.isArray(v) ? v.join("; ") : v;
}
function cookieValue(jar, name) {
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
  const raw = cookieValue(jar, name);
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
